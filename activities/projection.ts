import type { Prisma, PrismaClient } from '../prisma/client';
import type { CaseDocument, CaseEvent, CaseState, NeedRegistration } from '../shared/needCase';
import { needWorkflowId } from '../shared/needCase';
import { failIfRefused } from './databaseFailures';
import { noteAnswers } from './inAppNotifier';

const dateOrNull = (iso: string | null) => (iso ? new Date(iso) : null);

function queueRow(state: CaseState, event: CaseEvent) {
  return {
    status: state.status,
    organisationId: state.organisationId,
    assigneeId: state.assigneeId,
    acceptDueAt: dateOrNull(state.acceptDueAt),
    resolveDueAt: dateOrNull(state.resolveDueAt),
    activeDueAt: dateOrNull(state.activeDueAt),
    escalationLevel: state.escalationLevel,
    supportDate: dateOrNull(state.supportDate),
    report: state.report,
    rejectionReason: state.rejectionReason,
    rejectionComment: state.rejectionComment,
    closedAt: dateOrNull(state.closedAt),
    projectionSeq: event.seq,
    updatedAt: new Date(event.at),
  };
}

const documentRow = (needId: string, event: CaseEvent) => {
  const d = event.data.document as CaseDocument;
  return {
    id: d.id,
    needId,
    kind: d.kind,
    fileName: d.fileName,
    mimeType: d.mimeType,
    size: d.size,
    sha256: d.sha256,
    storageKey: d.storageKey,
    seriesId: d.seriesId ?? d.id,
    version: d.version ?? 1,
    uploadedById: event.actorId as string,
    uploadedAt: new Date(event.at),
  };
};

/**
 * The queue projection. Each call carries the whole case state after its numbered events, so
 * replays, retries and reordered deliveries converge: each event is inserted once (needId, seq)
 * and the row only moves forward (projectionSeq < seq of the last event). Data the database
 * refuses fails the activity for good instead of being retried forever (a NUL would wedge the case).
 */
export function createProjectionActivities({ prisma }: { prisma: PrismaClient }) {
  return {
    async recordCaseChange(input: { registration: NeedRegistration; events: CaseEvent[]; state: CaseState }): Promise<void> {
      const { registration: reg, events, state } = input;
      const last = events[events.length - 1];
      await prisma
        .$transaction(async (tx) => {
          await tx.need.createMany({
            data: {
              id: reg.needId,
              workflowId: needWorkflowId(reg.needId),
              personId: reg.personId,
              measureId: reg.measureId,
              municipalityId: reg.municipalityId,
              description: reg.description,
              registeredById: reg.registeredBy.userId,
              registeredAt: new Date(state.registeredAt),
              ...queueRow(state, last),
              projectionSeq: 0,
            },
            skipDuplicates: true,
          });
          // Before the events: the case-count trigger on NeedEvent reads the final row.
          await tx.need.updateMany({
            where: { id: reg.needId, projectionSeq: { lt: last.seq } },
            data: queueRow(state, last),
          });
          await tx.needEvent.createMany({
            data: events.map((event) => ({
              needId: reg.needId,
              seq: event.seq,
              type: event.type,
              actorId: event.actorId,
              at: new Date(event.at),
              data: event.data as Prisma.InputJsonObject,
            })),
            skipDuplicates: true,
          });
          const attached = events.filter((e) => e.type === 'DOCUMENT_ATTACHED');
          if (attached.length > 0) {
            await tx.document.createMany({ data: attached.map((e) => documentRow(reg.needId, e)), skipDuplicates: true });
          }
          for (const removal of events.filter((e) => e.type === 'DOCUMENT_REMOVED')) {
            await tx.document.updateMany({
              where: { id: removal.data.documentId as string, needId: reg.needId, deletedAt: null },
              data: { deletedAt: new Date(removal.at), deletedById: removal.actorId },
            });
          }
          await noteAnswers(tx, reg.needId, events, state);
        })
        .catch(failIfRefused);
    },
  };
}

export type ProjectionActivities = ReturnType<typeof createProjectionActivities>;
