import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { Actor } from '../../shared/needCase';
import { needWorkflowId } from '../../shared/needCase';
import type { ApiContext } from '../context';
import { loadNeed } from './view';

/** The business timeline of a case, as its workflow recorded it in the database. */
export async function needEvents(ctx: ApiContext, actor: Actor, needId: string) {
  await loadNeed(ctx.prisma, actor, needId);
  const events = await ctx.prisma.needEvent.findMany({ where: { needId }, orderBy: { seq: 'asc' } });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const actors = await ctx.prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, fullName: true } });
  const names = new Map(actors.map((a) => [a.id, a.fullName]));
  return events.map((e) => ({
    seq: e.seq,
    type: e.type,
    actorId: e.actorId,
    actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
    at: e.at.toISOString(),
    data: e.data as Record<string, unknown>,
  }));
}

/** The raw Temporal event history of the case's workflow, in Temporal's JSON form. */
export async function needWorkflowHistory(ctx: ApiContext, actor: Actor, needId: string): Promise<unknown> {
  await loadNeed(ctx.prisma, actor, needId);
  const history = await ctx.temporal.workflow.getHandle(needWorkflowId(needId)).fetchHistory();
  return JSON.parse(historyToJSON(history));
}
