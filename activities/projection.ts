import type { Prisma, PrismaClient } from '../prisma/client';
import type { CaseDocument, CaseEvent, CaseState, NeedRegistration } from '../shared/needCase';
import { needWorkflowId } from '../shared/needCase';

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

function documentRow(needId: string, event: CaseEvent) {
  const document = event.data.document as CaseDocument;
  return { ...document, needId, uploadedById: event.actorId as string, uploadedAt: new Date(event.at) };
}

/**
 * The queue projection. Each call carries the whole case state after one numbered event, so
 * replays, retries and reordered deliveries converge: the event is inserted once (needId, seq)
 * and the row only moves forward (projectionSeq < seq).
 */
export function createProjectionActivities({ prisma }: { prisma: PrismaClient }) {
  return {
    async recordCaseChange(input: { registration: NeedRegistration; event: CaseEvent; state: CaseState }): Promise<void> {
      const { registration: reg, event, state } = input;
      await prisma.$transaction(async (tx) => {
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
            ...queueRow(state, event),
            projectionSeq: 0,
          },
          skipDuplicates: true,
        });
        await tx.needEvent.createMany({
          data: {
            needId: reg.needId,
            seq: event.seq,
            type: event.type,
            actorId: event.actorId,
            at: new Date(event.at),
            data: event.data as Prisma.InputJsonObject,
          },
          skipDuplicates: true,
        });
        if (event.type === 'DOCUMENT_ATTACHED') {
          await tx.document.createMany({ data: documentRow(reg.needId, event), skipDuplicates: true });
        }
        await tx.need.updateMany({
          where: { id: reg.needId, projectionSeq: { lt: event.seq } },
          data: queueRow(state, event),
        });
      });
    },
  };
}

export type ProjectionActivities = ReturnType<typeof createProjectionActivities>;
