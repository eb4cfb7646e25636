import type { Prisma, PrismaClient } from '../../prisma/client';
import { localDate } from '../../shared/calendar/workingDays';
import { FINAL_STATUSES } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';
import { allowedActionsFor } from '../../workflows/caseRules';
import { needScope } from '../access/scopes';
import { caseActorFor } from '../access/subordinates';
import { documentView } from '../documents/documentView';
import { conflict, notFound } from '../http/errors';
import { caseNumber } from '../../shared/caseWording';

const needInclude = {
  person: {
    select: {
      id: true,
      lastName: true,
      firstName: true,
      middleName: true,
      birthDate: true,
      householdId: true,
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
  const { contacts, debts, incomes, birthDate, householdId: _household, ...name } = person;
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
function allowedActions(row: NeedRow, actor: Actor, now: Date, requiredDocuments: { code: string }[]) {
  return allowedActionsFor(actor, {
    state: {
      status: row.status,
      organisationId: row.organisationId,
      assigneeId: row.assigneeId,
      documents: row.documents.map((d) => ({ id: d.id, kind: d.kind, deletedAt: iso(d.deletedAt) })),
    },
    registration: { municipalityId: row.municipalityId },
    requiredDocuments: requiredDocuments.map((d) => d.code),
    today: localDate(now),
    claimByHolderRefused: true,
  });
}

/** What the case page names beside the projection: the people by name and when each stage began. */
export interface NeedSurroundings {
  names: Map<string, string>;
  stageEvents: { type: string; at: Date; data: unknown }[];
}

const STAGE_EVENTS = ['ROUTED', 'REROUTED', 'ACCEPTED', 'INFO_REQUESTED'];

const person = (names: Map<string, string>, id: string | null) => {
  const fullName = id ? names.get(id) : undefined;
  return id && fullName ? { id, fullName } : null;
};

/** The stage bar's dates: the latest entry into each stage (a rerouted case re-enters the queue). */
function stagesOf(row: NeedRow, events: NeedSurroundings['stageEvents']) {
  const last = (...types: string[]) => iso(events.filter((e) => types.includes(e.type)).at(-1)?.at ?? null);
  return {
    registeredAt: row.registeredAt.toISOString(),
    queuedAt: last('ROUTED', 'REROUTED'),
    acceptedAt: last('ACCEPTED'),
    waitingSince: row.status === 'WAITING_INFO' ? last('INFO_REQUESTED') : null,
    closedAt: iso(row.closedAt),
  };
}

/** While the case waits for information, what was asked (the answer dialog and the operator's inbox show it). */
function openQuestion(row: NeedRow, events: NeedSurroundings['stageEvents']): string | null {
  if (row.status !== 'WAITING_INFO') return null;
  const asked = events.filter((e) => e.type === 'INFO_REQUESTED').at(-1)?.data as { question?: unknown } | undefined;
  return typeof asked?.question === 'string' ? asked.question : null;
}

/** The case's own policy (issue 13): the documents of the measure's version it started with, when recorded. */
type StartedPolicy = { requiredDocuments: unknown; measureVersion: number } | null;

export function needView(
  row: NeedRow,
  actor: Actor,
  now = new Date(),
  around: NeedSurroundings = { names: new Map(), stageEvents: [] },
  policy: StartedPolicy = null,
) {
  const { requiredDocuments: current, relevantPassportSections, ...measure } = row.measure;
  const requiredDocuments = (policy?.requiredDocuments ?? current) as { code: string; name: string }[];
  return {
    id: row.id,
    number: caseNumber(row.id),
    assignee: person(around.names, row.assigneeId),
    registeredBy: person(around.names, row.registeredById),
    householdId: row.person.householdId,
    stages: stagesOf(row, around.stageEvents),
    question: openQuestion(row, around.stageEvents),
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
    requiredDocuments,
    measureVersion: policy?.measureVersion ?? null,
    documents: row.documents.map(documentView),
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: allowedActions(row, caseActorFor(actor, row), now, requiredDocuments),
  };
}

export type NeedView = ReturnType<typeof needView>;

/** The acting user as the case workflow sees them (a subordinate body acts for its parent, issue 13). */
export const caseActor = (actor: Actor, need: NeedView): Actor =>
  caseActorFor(actor, { organisationId: need.organisation.id, municipalityId: need.municipalityId });

export async function findNeed(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
  scope: Prisma.NeedWhereInput = {},
): Promise<NeedView | null> {
  const [row, policy] = await Promise.all([
    prisma.need.findFirst({ where: { AND: [{ id }, scope] }, include: needInclude }),
    prisma.needPolicy.findUnique({ where: { needId: id }, select: { requiredDocuments: true, measureVersion: true } }),
  ]);
  if (!row) return null;
  const people = [row.registeredById, ...(row.assigneeId ? [row.assigneeId] : [])];
  const [users, stageEvents] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: people } }, select: { id: true, fullName: true } }),
    prisma.needEvent.findMany({
      where: { needId: id, type: { in: STAGE_EVENTS } },
      orderBy: { seq: 'asc' },
      select: { type: true, at: true, data: true },
    }),
  ]);
  return needView(row, actor, new Date(), { names: new Map(users.map((u) => [u.id, u.fullName])), stageEvents }, policy);
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
