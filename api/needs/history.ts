import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { Actor } from '../../shared/needCase';
import { needWorkflowId } from '../../shared/needCase';
import type { ApiContext } from '../context';
import { loadNeed } from './view';

/** The business timeline of a case, as its workflow recorded it in the database. */
export async function needEvents(ctx: ApiContext, actor: Actor, needId: string) {
  await loadNeed(ctx.prisma, actor, needId);
  const events = await ctx.prisma.needEvent.findMany({ where: { needId }, orderBy: { seq: 'asc' } });
  // The acting people, and the people an entry is about: «Назначен исполнитель» says to whom, «Возвращено в очередь» from whom.
  const subjectOf = (data: Record<string, unknown>) =>
    typeof data.assigneeId === 'string' ? data.assigneeId : typeof data.from === 'string' ? data.from : null;
  const ids = events.flatMap((e) => [e.actorId, subjectOf(e.data as Record<string, unknown>)]);
  const people = [...new Set(ids.filter((id): id is string => id !== null))];
  const users = await ctx.prisma.user.findMany({ where: { id: { in: people } }, select: { id: true, fullName: true } });
  const names = new Map(users.map((a) => [a.id, a.fullName]));
  return events.map((e) => {
    const data = e.data as Record<string, unknown>;
    const subject = subjectOf(data);
    return {
      seq: e.seq,
      type: e.type,
      actorId: e.actorId,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      at: e.at.toISOString(),
      data: subject && names.has(subject) ? { ...data, assigneeName: names.get(subject) } : data,
    };
  });
}

/** The raw Temporal event history of the case's workflow, in Temporal's JSON form. */
export async function needWorkflowHistory(ctx: ApiContext, actor: Actor, needId: string): Promise<unknown> {
  await loadNeed(ctx.prisma, actor, needId);
  const history = await ctx.temporal.workflow.getHandle(needWorkflowId(needId)).fetchHistory();
  return JSON.parse(historyToJSON(history));
}
