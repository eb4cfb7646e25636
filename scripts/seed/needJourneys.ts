import { setTimeout as sleep } from 'node:timers/promises';
import { localDate } from '../../shared/calendar/workingDays';
import type { Actor } from '../../shared/needCase';
import { needWorkflowId } from '../../shared/needCase';
import { caseStateQuery } from '../../workflows/needCase';
import type { ApiContext } from '../../api/context';
import type { DocumentStore } from '../../api/documents/storage';
import { uploadCaseDocument } from '../../api/documents/upload';
import { performCaseAction } from '../../api/needs/actions';
import { registerNeed } from '../../api/needs/registration';
import type { DemoScenario } from '../../prisma/seed/data/demoScenarios';
import { demoDocumentPdf } from './demoDocument';

export interface NeedJourney {
  idempotencyKey: string;
  personId: string;
  measureId: string;
  description: string;
  targetStatus: DemoScenario['targetStatus'];
  /** The day the paper application was received, for a need entered late (so it is overdue now). */
  receivedAt?: string;
  operator: Actor;
  executor: Actor;
}

/**
 * Takes a demo need through the same services the API uses, from registration to its target
 * status. A need already past registration is left alone, so seeding twice changes nothing; a need
 * with a received date is registered as the back office enters a paper application, its deadlines
 * counted from that day, so it may arrive overdue and escalated.
 */
export async function walkNeed(ctx: ApiContext, store: DocumentStore, j: NeedJourney): Promise<void> {
  const { need, created } = await registerNeed(ctx, j.operator, j, j.idempotencyKey);
  if (!created || j.targetStatus === 'ASSIGNED') return;
  const act = (actor: Actor, action: Parameters<typeof performCaseAction>[3], body: object = {}) =>
    performCaseAction(ctx, actor, need.id, action, body);

  if (j.targetStatus === 'CANCELLED') return void (await act(j.operator, 'cancel', { reason: 'Гражданин отказался от помощи' }));
  if (j.targetStatus === 'REJECTED') {
    return void (await act(j.executor, 'reject', { reason: 'NOT_ELIGIBLE', comment: 'Доход семьи выше порога' }));
  }
  await act(j.executor, 'accept');
  if (j.receivedAt) await escalationsCaughtUp(ctx, need.id);
  if (j.targetStatus === 'WAITING_INFO') return void (await act(j.executor, 'requestInfo', { question: 'Приложите справку о доходах' }));
  if (j.targetStatus !== 'RESOLVED') return;
  for (const doc of need.requiredDocuments) {
    const bytes = await demoDocumentPdf(`${doc.code} ${need.id}`);
    const file = { buffer: bytes, size: bytes.length, originalname: `${doc.code}.pdf` } as Express.Multer.File;
    await uploadCaseDocument(ctx, store, j.executor, need.id, { kind: doc.code }, file);
  }
  await act(j.executor, 'resolve', { supportDate: localDate(new Date()), report: 'Поддержка оказана в полном объёме' });
}

/**
 * A late case accepted now is already past its resolve deadline: the escalations due fire just after
 * the answer. Waits until they are written, so the seed ends with the data settled.
 */
async function escalationsCaughtUp(ctx: ApiContext, needId: string): Promise<void> {
  const handle = ctx.temporal.workflow.getHandle(needWorkflowId(needId));
  for (;;) {
    const state = await handle.query(caseStateQuery);
    const next = state.alarms[0];
    const row = await ctx.prisma.need.findUniqueOrThrow({ where: { id: needId }, select: { projectionSeq: true } });
    if ((!next || new Date(next.at) > new Date()) && row.projectionSeq === state.seq) return;
    await sleep(100);
  }
}
