import type { Prisma, PrismaClient } from '../../prisma/client';
import { localDate } from '../../shared/calendar/workingDays';
import { FINAL_STATUSES } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';
import { allowedActionsFor } from '../../workflows/caseRules';
import { needScope } from '../access/scopes';
import { documentView } from '../documents/documentView';
import { conflict, notFound } from '../http/errors';

const needInclude = {
  person: {
    select: {
      id: true,
      lastName: true,
      firstName: true,
      middleName: true,
      birthDate: true,
      contacts: { select: { kind: true, value: true } },
      debts: { select: { kind: true, creditor: true, amount: true, since: true } },
      incomes: { select: { source: true, amount: true, period: true } },
    },
  },
  measure: { select: { id: true, code: true, name: true, kind: true, requiredDocuments: true, relevantPassportSections: true } },
  organisation: { select: { id: true, name: true, shortName: true } },
  documents: { orderBy: { uploadedAt: 'asc' } },
} satisfies Prisma.NeedInclude;

type NeedRow = Prisma.NeedGetPayload<{ include: typeof needInclude }>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Of the passport, a case shows only what its measure needs: the person and their contacts always,
 * debts and incomes only when the measure is about them (152-FZ: no more personal data than needed).
 */
function casePerson(person: NeedRow['person'], sections: string[]) {
  const { contacts, debts, incomes, birthDate, ...name } = person;
  return {
    ...name,
    birthDate: birthDate.toISOString().slice(0, 10),
    contacts,
    ...(sections.includes('DEBTS')
      ? { debts: debts.map((d) => ({ ...d, amount: d.amount.toFixed(2), since: d.since.toISOString().slice(0, 10) })) }
      : {}),
    ...(sections.includes('INCOMES') ? { incomes: incomes.map((i) => ({ ...i, amount: i.amount.toFixed(2) })) } : {}),
  };
}

/** What the actor may do to the case now, by the workflow's own rules applied to the projection. */
function allowedActions(row: NeedRow, actor: Actor, now: Date) {
  return allowedActionsFor(actor, {
    state: {
      status: row.status,
      organisationId: row.organisationId,
      assigneeId: row.assigneeId,
      documents: row.documents.map((d) => ({ id: d.id, kind: d.kind, deletedAt: iso(d.deletedAt) })),
    },
    registration: { municipalityId: row.municipalityId },
    requiredDocuments: (row.measure.requiredDocuments as { code: string }[]).map((d) => d.code),
    today: localDate(now),
    claimByHolderRefused: true,
  });
}

export function needView(row: NeedRow, actor: Actor, now = new Date()) {
  const { requiredDocuments, relevantPassportSections, ...measure } = row.measure;
  return {
    id: row.id,
    workflowId: row.workflowId,
    status: row.status,
    description: row.description,
    person: casePerson(row.person, relevantPassportSections),
    measure,
    organisation: row.organisation,
    municipalityId: row.municipalityId,
    registeredById: row.registeredById,
    assigneeId: row.assigneeId,
    registeredAt: row.registeredAt.toISOString(),
    acceptDueAt: iso(row.acceptDueAt),
    resolveDueAt: iso(row.resolveDueAt),
    activeDueAt: iso(row.activeDueAt),
    overdue: !FINAL_STATUSES.includes(row.status) && row.activeDueAt !== null && row.activeDueAt < now,
    escalationLevel: row.escalationLevel,
    supportDate: row.supportDate ? row.supportDate.toISOString().slice(0, 10) : null,
    report: row.report,
    rejectionReason: row.rejectionReason,
    rejectionComment: row.rejectionComment,
    closedAt: iso(row.closedAt),
    requiredDocuments: requiredDocuments as { code: string; name: string }[],
    documents: row.documents.map(documentView),
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: allowedActions(row, actor, now),
  };
}

export type NeedView = ReturnType<typeof needView>;

export async function findNeed(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
  scope: Prisma.NeedWhereInput = {},
): Promise<NeedView | null> {
  const row = await prisma.need.findFirst({ where: { AND: [{ id }, scope] }, include: needInclude });
  return row ? needView(row, actor) : null;
}

/** The need as the actor may see it; a need outside their scope does not exist for them (404). */
export async function loadNeed(prisma: PrismaClient, actor: Actor, id: string): Promise<NeedView> {
  const need = await findNeed(prisma, actor, id, needScope(actor));
  if (!need) throw notFound('Потребность');
  return need;
}

/** A case that still runs; a closed one has no workflow left to take actions. */
export async function loadOpenNeed(prisma: PrismaClient, actor: Actor, id: string): Promise<NeedView> {
  const need = await loadNeed(prisma, actor, id);
  if (FINAL_STATUSES.includes(need.status)) throw conflict('Дело закрыто: действия с ним больше невозможны');
  return need;
}
