import type { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import type { RegisterFilter, RegisterItem, RegisterSortField } from '../../shared/schemas/poverty';
import { divideHalfUp } from '../../shared/poverty/money';
import { registerScopeSql } from '../access/scopes';
import type { RegisterRow } from './registerSql';
import { registerConditions, registerPageSql } from './registerSql';

const day = (d: Date) => d.toISOString().slice(0, 10);

function registerItem(r: RegisterRow): RegisterItem {
  return {
    id: r.householdId,
    householdId: r.householdId,
    address: r.address,
    municipality: { id: r.municipalityId, name: r.municipalityName },
    applicant: r.applicantId
      ? { id: r.applicantId, lastName: r.lastName ?? '', firstName: r.firstName ?? '', middleName: r.middleName }
      : null,
    assessedOn: day(r.assessedOn),
    verdict: r.verdict,
    members: r.members,
    children: r.children,
    pensioners: r.pensioners,
    disabled: r.disabled,
    largeFamily: r.largeFamily,
    singleParent: r.singleParent,
    monthlyIncomeKopecks: Number(r.monthlyIncomeKopecks),
    perCapitaIncomeKopecks: r.perCapitaIncomeKopecks,
    thresholdKopecks: r.thresholdKopecks,
    depthKopecks: r.depthKopecks,
    depthBasisPoints: r.depthBasisPoints,
    deficitKopecks: Number(r.deficitKopecks),
  };
}

/** The register of low-income households: the current assessments, read from PostgreSQL. */
export function createRegisterService(prisma: PrismaClient) {
  return {
    async page(
      actor: Actor,
      filter: RegisterFilter,
      page: { sort: RegisterSortField; direction: 'ASC' | 'DESC'; skip: number; take: number },
    ): Promise<{ items: RegisterItem[]; total: number }> {
      const scope = registerScopeSql(actor);
      const conditions = registerConditions(filter);
      const [rows, [{ total }]] = await Promise.all([
        prisma.$queryRaw<RegisterRow[]>(registerPageSql(scope, conditions, page)),
        prisma.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "PovertyAssessment" a WHERE ${scope} AND ${conditions}`,
      ]);
      return { items: rows.map(registerItem), total: Number(total) };
    },

    /** Households and people in the register with these filters, their total and average monthly deficit and depth. */
    async summary(actor: Actor, filter: RegisterFilter) {
      const [row] = await prisma.$queryRaw<
        { households: bigint; people: bigint | null; deficit: Prisma.Decimal | null; depth: Prisma.Decimal | null }[]
      >`
        SELECT count(*) AS households, sum(a.members) AS people, sum(a."deficitKopecks") AS deficit,
               round(avg(a."depthBasisPoints")) AS depth
          FROM "PovertyAssessment" a WHERE ${registerScopeSql(actor)} AND ${registerConditions(filter)}`;
      const households = Number(row.households);
      const total = Number(row.deficit ?? 0);
      return {
        households,
        people: Number(row.people ?? 0),
        totalDeficitKopecks: total,
        averageDeficitKopecks: households === 0 ? 0 : divideHalfUp(total, households),
        averageDepthBasisPoints: Number(row.depth ?? 0),
      };
    },
  };
}
