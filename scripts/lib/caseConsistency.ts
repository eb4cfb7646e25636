import type { Client } from '@temporalio/client';
import type { PrismaClient } from '../../prisma/client';
import { needWorkflowId } from '../../shared/needCase';
import { caseStateQuery } from '../../workflows/needCase';

export interface CaseMismatch {
  needId: string;
  problem: string;
}

/**
 * Compares the given cases in PostgreSQL with their workflows: exactly one Need row per id, its
 * events numbered 1..n without a gap or a repeat, at most one CLAIMED, and the queue row's
 * status, assignee and last event number equal to the workflow's `caseState`.
 */
export async function caseMismatches(prisma: PrismaClient, temporal: Client, needIds: string[]): Promise<CaseMismatch[]> {
  const rows = await prisma.need.findMany({
    where: { id: { in: needIds } },
    select: { id: true, status: true, assigneeId: true, projectionSeq: true, events: { select: { seq: true, type: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const mismatches: CaseMismatch[] = [];
  const pending = [...needIds];
  const checkOne = async (needId: string) => {
    const row = byId.get(needId);
    if (!row) return void mismatches.push({ needId, problem: 'no Need row' });
    const seqs = row.events.map((e) => e.seq).sort((a, b) => a - b);
    if (seqs.some((seq, i) => seq !== i + 1)) mismatches.push({ needId, problem: `event numbers ${seqs.join(',')}` });
    const claims = row.events.filter((e) => e.type === 'CLAIMED').length;
    if (claims > 1) mismatches.push({ needId, problem: `${claims} CLAIMED events` });
    const state = await temporal.workflow.getHandle(needWorkflowId(needId)).query(caseStateQuery);
    const queue = { status: row.status, assigneeId: row.assigneeId, seq: row.projectionSeq };
    const workflow = { status: state.status, assigneeId: state.assigneeId, seq: state.seq };
    if (JSON.stringify(queue) !== JSON.stringify(workflow)) {
      mismatches.push({ needId, problem: `queue ${JSON.stringify(queue)} ≠ workflow ${JSON.stringify(workflow)}` });
    }
  };
  const worker = async () => {
    for (let id = pending.pop(); id; id = pending.pop()) await checkOne(id);
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return mismatches;
}
