import type { Prisma, PrismaClient } from '../../prisma/client';
import type { SituationDefinition } from './entitlements';
import type { HouseholdFacts } from './facts';
import { householdFacts } from './facts';
import type { EligibilityRule } from './rule';

/** Exactly what ./facts.ts reads from a passport. */
export const factsSelect = {
  id: true,
  municipalityId: true,
  categories: true,
  assessments: { where: { current: true }, select: { verdict: true, perCapitaIncomeKopecks: true, thresholdKopecks: true } },
  members: {
    select: {
      id: true,
      birthDate: true,
      sex: true,
      categories: true,
      disabilityGroup: true,
      needs: { select: { status: true, measure: { select: { code: true } } } },
    },
  },
} satisfies Prisma.HouseholdSelect;

/** The facts of the households matching `where` (a page of them: callers batch large runs by id). */
export async function loadHouseholdFacts(
  prisma: PrismaClient,
  where: Prisma.HouseholdWhereInput,
  today: string,
  page: { take?: number; cursorId?: string } = {},
): Promise<HouseholdFacts[]> {
  const rows = await prisma.household.findMany({
    where: page.cursorId ? { AND: [where, { id: { gt: page.cursorId } }] } : where,
    select: factsSelect,
    orderBy: { id: 'asc' },
    take: page.take,
  });
  return rows.map((row) => householdFacts(row, today));
}

/** The active life situations in their order, as the evaluation reads them. */
export async function loadSituations(prisma: PrismaClient, codes?: readonly string[]): Promise<SituationDefinition[]> {
  const rows = await prisma.lifeSituation.findMany({
    where: { active: true, ...(codes ? { code: { in: [...codes] } } : {}) },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
  });
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    subject: r.subject,
    rule: r.rule as unknown as EligibilityRule,
    measureCodes: r.measureCodes,
  }));
}
