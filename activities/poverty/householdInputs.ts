import type { Prisma, PrismaClient } from '../../prisma/client';
import type { HouseholdCategory } from '../../shared/domain';
import type { MemberInput, SubsistenceRow } from '../../shared/poverty/assessment';
import { kopecksOf } from '../../shared/poverty/money';
import { incomeMonths } from '../../shared/poverty/window';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** What the rules need of a stored household, read in one round of queries for a whole batch. */
export interface StoredHousehold {
  id: string;
  municipalityId: string;
  region: string;
  categories: HouseholdCategory[];
  members: MemberInput[];
  staleSince: Date | null;
}

type StoredSubsistenceRow = Awaited<ReturnType<PrismaClient['subsistenceMinimum']['findFirstOrThrow']>>;

/** A stored row of the subsistence-minimum table as the rules read it. */
export const subsistenceRowOf = (r: StoredSubsistenceRow): SubsistenceRow => ({
  id: r.id,
  region: r.region,
  effectiveFrom: day(r.effectiveFrom),
  group: r.group,
  amountKopecks: r.amountKopecks,
  actTitle: r.actTitle,
  actNumber: r.actNumber,
  actDate: r.actDate ? day(r.actDate) : null,
  confirmed: r.confirmed,
});

/** The whole subsistence-minimum table (a few rows per region and year). */
export async function loadSubsistenceTable(prisma: PrismaClient): Promise<SubsistenceRow[]> {
  const rows = await prisma.subsistenceMinimum.findMany({ orderBy: [{ region: 'asc' }, { effectiveFrom: 'asc' }] });
  return rows.map(subsistenceRowOf);
}

/** Households with their members and the incomes of the assessment window, in id order. */
export async function loadHouseholds(prisma: PrismaClient, where: Prisma.HouseholdWhereInput, date: string, take?: number) {
  const months = incomeMonths(date);
  const rows = await prisma.household.findMany({
    where,
    orderBy: { id: 'asc' },
    take,
    select: {
      id: true,
      municipalityId: true,
      categories: true,
      povertyStaleSince: true,
      municipality: { select: { region: true } },
      members: {
        orderBy: { birthDate: 'asc' },
        select: {
          id: true,
          lastName: true,
          firstName: true,
          middleName: true,
          birthDate: true,
          sex: true,
          categories: true,
          disabilityGroup: true,
          incomes: { where: { period: { in: months } }, select: { period: true, amount: true } },
        },
      },
    },
  });
  return rows.map((h): StoredHousehold => ({
    id: h.id,
    municipalityId: h.municipalityId,
    region: h.municipality.region,
    categories: h.categories,
    staleSince: h.povertyStaleSince,
    members: h.members.map((m) => ({
      key: m.id,
      personId: m.id,
      name: [m.lastName, m.firstName, m.middleName].filter(Boolean).join(' '),
      birthDate: day(m.birthDate),
      sex: m.sex,
      categories: m.categories,
      disabilityGroup: m.disabilityGroup,
      incomes: m.incomes.map((i) => ({ period: i.period, kopecks: kopecksOf(i.amount.toFixed(2)) })),
    })),
  }));
}
