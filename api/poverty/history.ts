import type { PrismaClient } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import type { Assessment } from '../../shared/schemas/poverty';
import { assessmentHouseholdScope } from '../access/scopes';
import { notFound } from '../http/errors';

/** A household's assessments, newest first: its trajectory. */
export async function householdAssessments(prisma: PrismaClient, actor: Actor, householdId: string, page: { skip: number; take: number }) {
  const household = await prisma.household.findFirst({
    where: { AND: [{ id: householdId }, assessmentHouseholdScope(actor)] },
    select: { id: true },
  });
  if (!household) throw notFound('Паспорт');
  const where = { householdId };
  const [rows, total] = await Promise.all([
    prisma.povertyAssessment.findMany({ where, orderBy: [{ assessedOn: 'desc' }, { createdAt: 'desc' }], ...page }),
    prisma.povertyAssessment.count({ where }),
  ]);
  const items = rows.map((r) => ({
    ...(r.inputs as unknown as Assessment),
    id: r.id,
    householdId: r.householdId,
    municipalityId: r.municipalityId,
    current: r.current,
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, total };
}
