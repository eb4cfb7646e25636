import { Prisma } from '../../prisma/client';
import { AGE_GROUPS, DEPTH_BANDS } from '../../shared/domain';
import type { RegisterFilter, RegisterSortField } from '../../shared/schemas/poverty';

const flag = (column: string, wanted: boolean | undefined, positive: 'count' | 'bool') => {
  if (wanted === undefined) return Prisma.sql`TRUE`;
  const col = Prisma.raw(`a."${column}"`);
  if (positive === 'bool') return wanted ? Prisma.sql`${col}` : Prisma.sql`NOT ${col}`;
  return wanted ? Prisma.sql`${col} > 0` : Prisma.sql`${col} = 0`;
};

/** Age in full years of "Person" p on the date of "PovertyAssessment" a (today for a household not yet assessed). */
export const ageOnAssessment = Prisma.sql`date_part('year', age(coalesce(a."assessedOn", current_date), p."birthDate"))`;

/** CASE over the dashboards' age groups. */
export const ageGroupCase = Prisma.sql`CASE ${Prisma.join(
  Object.entries(AGE_GROUPS).map(([name, [from, to]]) => Prisma.sql`WHEN ${ageOnAssessment} BETWEEN ${from} AND ${to} THEN ${name}`),
  ' ',
)} END`;

/** WHERE conditions of the register over the current assessments "PovertyAssessment" a. */
export function registerConditions(filter: RegisterFilter): Prisma.Sql {
  const verdicts = filter.verdict === undefined ? ['BELOW'] : Array.isArray(filter.verdict) ? filter.verdict : [filter.verdict];
  // One verdict (the usual case) as an equality, so the (current, verdict, depth) index gives the page in order.
  const verdict =
    verdicts.length === 1
      ? Prisma.sql`a.verdict = ${verdicts[0]}::"PovertyVerdict"`
      : Prisma.sql`a.verdict = ANY(${verdicts}::"PovertyVerdict"[])`;
  const parts: Prisma.Sql[] = [Prisma.sql`a.current`, verdict];
  if (filter.municipalityId) parts.push(Prisma.sql`a."municipalityId" = ${filter.municipalityId}::uuid`);
  if (filter.depthBand) {
    const [from, to] = DEPTH_BANDS[filter.depthBand];
    parts.push(Prisma.sql`a."depthBasisPoints" >= ${from} AND a."depthBasisPoints" < ${to}`);
  }
  parts.push(
    flag('children', filter.withChildren, 'count'),
    flag('largeFamily', filter.largeFamily, 'bool'),
    flag('singleParent', filter.singleParent, 'bool'),
    flag('pensioners', filter.withPensioners, 'count'),
    flag('disabled', filter.withDisabled, 'count'),
  );
  if (filter.ageGroup || filter.sex) {
    const [from, to] = filter.ageGroup ? AGE_GROUPS[filter.ageGroup] : [0, 200];
    const sex = filter.sex ? Prisma.sql`AND p.sex = ${filter.sex}::"Sex"` : Prisma.empty;
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Person" p WHERE p."householdId" = a."householdId" ${sex} AND ${ageOnAssessment} BETWEEN ${from} AND ${to})`,
    );
  }
  if (filter.q) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Household" hq WHERE hq.id = a."householdId" AND hq.address ILIKE ${`%${filter.q}%`})`);
  }
  return Prisma.join(parts, ' AND ');
}

export interface RegisterRow {
  id: string;
  householdId: string;
  address: string;
  municipalityId: string;
  municipalityName: string;
  applicantId: string | null;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  assessedOn: Date;
  verdict: 'BELOW' | 'NEAR' | 'ABOVE';
  members: number;
  children: number;
  pensioners: number;
  disabled: number;
  largeFamily: boolean;
  singleParent: boolean;
  monthlyIncomeKopecks: bigint;
  perCapitaIncomeKopecks: number;
  thresholdKopecks: number;
  depthKopecks: number;
  depthBasisPoints: number;
  deficitKopecks: bigint;
}

/** One page of the register: the sort column then the household id, so pages are stable. */
export function registerPageSql(
  scope: Prisma.Sql,
  conditions: Prisma.Sql,
  page: { sort: RegisterSortField; direction: 'ASC' | 'DESC'; skip: number; take: number },
): Prisma.Sql {
  const order = Prisma.raw(`a."${page.sort}" ${page.direction}, a."householdId" ${page.direction}`);
  return Prisma.sql`
    SELECT a.id, a."householdId", h.address, a."municipalityId", m.name AS "municipalityName",
           ap.id AS "applicantId", ap."lastName", ap."firstName", ap."middleName",
           a."assessedOn", a.verdict::text AS verdict, a.members, a.children, a.pensioners, a.disabled,
           a."largeFamily", a."singleParent", a."monthlyIncomeKopecks", a."perCapitaIncomeKopecks",
           a."thresholdKopecks", a."depthKopecks", a."depthBasisPoints", a."deficitKopecks"
      FROM (SELECT a.* FROM "PovertyAssessment" a WHERE ${scope} AND ${conditions}
             ORDER BY ${order} LIMIT ${page.take} OFFSET ${page.skip}) a
      JOIN "Household" h ON h.id = a."householdId"
      JOIN "Municipality" m ON m.id = a."municipalityId"
      LEFT JOIN LATERAL (SELECT p.id, p."lastName", p."firstName", p."middleName" FROM "Person" p
                          WHERE p."householdId" = a."householdId" ORDER BY p."birthDate", p.id LIMIT 1) ap ON TRUE
     ORDER BY ${order}`;
}
