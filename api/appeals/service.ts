import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import type { PrismaClient } from '../../prisma/client';
import { caseNumber } from '../../shared/caseWording';
import { FINAL_STATUSES } from '../../shared/domain';
import type { NeedStatus } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';
import { PLAN_TASK_MEASURE_CODE, PLAN_TASK_ONLY_IN_PLANS } from '../../shared/plans/plan';
import type { AppealStatus, appealCreateSchema } from '../../shared/schemas/appeal';
import type { z } from '../../shared/schemas/zod';
import { appealScope, householdScope } from '../access/scopes';
import type { ApiContext } from '../context';
import { notFound, unprocessable } from '../http/errors';
import { registerNeedWithId } from '../needs/registration';

const APPEAL_NAMESPACE = '0f7b5f7e-3c1a-4a51-9a7c-5d6c2b1f9e21';
type AppealInput = z.infer<typeof appealCreateSchema>;

export const appealNumber = (n: number) => `ЕО-${String(n).padStart(6, '0')}`;
const fullName = (p: { lastName: string; firstName: string; middleName: string | null }) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

/** The appeal's status follows its needs: in progress while any is open, then how they ended. */
export function appealStatus(statuses: string[]): AppealStatus {
  if (statuses.some((s) => !FINAL_STATUSES.includes(s as NeedStatus))) return 'IN_PROGRESS';
  const resolved = statuses.filter((s) => s === 'RESOLVED').length;
  if (resolved === statuses.length) return 'RESOLVED';
  return resolved > 0 ? 'PARTIALLY_RESOLVED' : 'NOT_RESOLVED';
}

/** The needs of one appeal get ids from the appeal id and their place in it: a retried request registers none twice. */
const needIdOf = (appealId: string, position: number) => uuidv5(`${appealId}:${position}`, APPEAL_NAMESPACE);

export async function loadAppeal(prisma: PrismaClient, actor: Actor, id: string) {
  const appeal = await prisma.appeal.findFirst({
    where: { AND: [{ id }, appealScope(actor)] },
    include: { needs: { orderBy: { position: 'asc' } } },
  });
  if (!appeal) throw notFound('Обращение');
  const needIds = appeal.needs.map((n) => n.needId);
  const [needs, household, applicant] = await Promise.all([
    prisma.need.findMany({
      where: { id: { in: needIds } },
      include: {
        person: { select: { id: true, lastName: true, firstName: true, middleName: true } },
        measure: { select: { id: true, name: true } },
        organisation: { select: { id: true, shortName: true, name: true } },
      },
    }),
    prisma.household.findUniqueOrThrow({ where: { id: appeal.householdId }, select: { address: true } }),
    prisma.person.findUniqueOrThrow({
      where: { id: appeal.applicantId },
      select: { id: true, lastName: true, firstName: true, middleName: true },
    }),
  ]);
  const byId = new Map(needs.map((n) => [n.id, n]));
  const rows = needIds.flatMap((id) => {
    const n = byId.get(id);
    return n
      ? [
          {
            needId: n.id,
            caseNumber: caseNumber(n.id),
            person: { id: n.person.id, fullName: fullName(n.person) },
            measure: n.measure,
            organisation: n.organisation,
            status: n.status as string,
            resolveDueAt: n.resolveDueAt?.toISOString() ?? null,
          },
        ]
      : [];
  });
  return {
    id: appeal.id,
    number: appealNumber(appeal.number),
    registeredAt: appeal.registeredAt.toISOString(),
    municipalityId: appeal.municipalityId,
    householdId: appeal.householdId,
    address: household.address,
    applicant: { id: applicant.id, fullName: fullName(applicant) },
    // A need whose registration has not finished yet counts as open.
    status: appealStatus([...rows.map((r) => r.status), ...(rows.length < needIds.length ? ['NEW'] : [])]),
    needs: rows,
  };
}

export type AppealView = Awaited<ReturnType<typeof loadAppeal>>;

/**
 * Registers an appeal once: the appeal and its needs are recorded first, then each need starts its
 * case workflow through the usual registration path. With an Idempotency-Key a retried request
 * finds the same appeal and the same need ids, so no need is registered twice.
 */
export async function registerAppeal(ctx: ApiContext, actor: Actor, input: AppealInput, idempotencyKey?: string) {
  const appealId = idempotencyKey ? uuidv5(`appeal:${actor.userId}:${idempotencyKey}`, APPEAL_NAMESPACE) : randomUUID();
  const household = await ctx.prisma.household.findFirst({
    where: { AND: [{ id: input.householdId }, householdScope(actor)] },
    include: { members: { select: { id: true } } },
  });
  if (!household) throw unprocessable({ householdId: 'Семья не найдена' });
  const members = new Set(household.members.map((m) => m.id));
  const measures = await ctx.prisma.supportMeasure.findMany({ where: { id: { in: input.needs.map((n) => n.measureId) }, active: true } });
  const fields: Record<string, string> = {};
  if (!members.has(input.applicantId)) fields.applicantId = 'Заявитель должен быть членом семьи';
  input.needs.forEach((n, i) => {
    if (!members.has(n.personId)) fields[`needs.${i}.personId`] = 'Не член этой семьи';
    const measure = measures.find((m) => m.id === n.measureId);
    if (!measure) fields[`needs.${i}.measureId`] = 'Мера поддержки не найдена';
    else if (measure.code === PLAN_TASK_MEASURE_CODE) fields[`needs.${i}.measureId`] = PLAN_TASK_ONLY_IN_PLANS;
  });
  if (Object.keys(fields).length) throw unprocessable(fields);

  const existing = await ctx.prisma.appeal.findUnique({ where: { id: appealId } });
  if (!existing) {
    await ctx.prisma.appeal.create({
      data: {
        id: appealId,
        householdId: household.id,
        applicantId: input.applicantId,
        municipalityId: household.municipalityId,
        registeredById: actor.userId,
        needs: { create: input.needs.map((_, position) => ({ needId: needIdOf(appealId, position), position })) },
      },
    });
  }
  // One at a time: each waits until its workflow has routed the need, as a single registration does.
  for (const [position, need] of input.needs.entries()) {
    await registerNeedWithId(ctx, actor, { ...need, receivedAt: input.receivedAt }, needIdOf(appealId, position));
  }
  return { appeal: await loadAppeal(ctx.prisma, actor, appealId), created: !existing };
}

export async function listAppeals(
  prisma: PrismaClient,
  actor: Actor,
  filter: { householdId?: string },
  page: { skip: number; take: number },
) {
  const where = { AND: [appealScope(actor), filter.householdId ? { householdId: filter.householdId } : {}] };
  const [rows, total] = await Promise.all([
    prisma.appeal.findMany({ where, orderBy: { number: 'desc' }, select: { id: true }, ...page }),
    prisma.appeal.count({ where }),
  ]);
  return { rows: await Promise.all(rows.map((r) => loadAppeal(prisma, actor, r.id))), total };
}
