import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import type { BuiltInIndicator } from '../../shared/indicators/catalog';
import type { Actor } from '../../shared/needCase';
import type { SeriesPoint, SeriesQuery } from './caseCounts';
import {
  countSeries,
  openAtEndSeries,
  periodKey,
  periodStart,
  periodStep,
  ratioSeries,
  resolutionPercentileSeries,
  toPoints,
} from './caseCounts';
import { indicatorScopeSql } from './scope';

type Row = { period: string; key: string | null; label: string | null; value: Prisma.Decimal | bigint | null };

/** Each period's end as a UTC timestamp (the first instant of the next period in Samara time). */
const periodsSql = (q: SeriesQuery) => Prisma.sql`
  SELECT ${periodKey(q, Prisma.sql`g`)} AS period, ((g + ${periodStep(q)}) AT TIME ZONE 'Europe/Samara') AT TIME ZONE 'UTC' AS "end"
    FROM generate_series(${periodStart(q)}, ${q.to}::date::timestamp, ${periodStep(q)}) g`;

const needCut: Record<string, string> = {
  municipality: 'n."municipalityId"::text',
  organisation: 'n."organisationId"::text',
  measure: 'n."measureId"::text',
  measureKind: '(SELECT x.kind FROM "SupportMeasure" x WHERE x.id = n."measureId")',
};

function needFilter(actor: Actor, q: SeriesQuery): Prisma.Sql {
  const f = q.filter ?? {};
  const parts = [indicatorScopeSql(actor, { municipality: 'n."municipalityId"', organisation: 'n."organisationId"' })];
  if (f.municipalityId) parts.push(Prisma.sql`n."municipalityId" = ${f.municipalityId}::uuid`);
  if (f.organisationId) parts.push(Prisma.sql`n."organisationId" = ${f.organisationId}::uuid`);
  if (f.measureId) parts.push(Prisma.sql`n."measureId" = ${f.measureId}::uuid`);
  if (f.measureKind) parts.push(Prisma.sql`n."measureId" IN (SELECT x.id FROM "SupportMeasure" x WHERE x.kind = ${f.measureKind})`);
  return Prisma.join(parts, ' AND ');
}

/** Open cases past their resolve deadline at each period's end (or now, for the current period). */
async function overdueAtEnd(prisma: PrismaClient, actor: Actor, q: SeriesQuery) {
  const key = Prisma.raw(q.cut && needCut[q.cut] ? needCut[q.cut] : 'NULL::text');
  return toPoints(
    await prisma.$queryRaw<Row[]>`
      WITH p AS (SELECT period, least("end", now() AT TIME ZONE 'UTC') AS at FROM (${periodsSql(q)}) x)
      SELECT p.period, ${key} AS key, NULL::text AS label, count(n.id) AS value
        FROM p LEFT JOIN "Need" n
          ON ${needFilter(actor, q)} AND n."registeredAt" < p.at AND (n."closedAt" IS NULL OR n."closedAt" >= p.at) AND n."resolveDueAt" < p.at
       GROUP BY 1, 2 ORDER BY 1, 2`,
  ).filter((point) => !q.cut || point.key !== null);
}

function municipalityFilter(actor: Actor, q: SeriesQuery, column: string): Prisma.Sql {
  const scope = indicatorScopeSql(actor, { municipality: column });
  const only = q.filter?.municipalityId ? Prisma.sql`AND ${Prisma.raw(column)} = ${q.filter.municipalityId}::uuid` : Prisma.empty;
  return Prisma.sql`${scope} ${only}`;
}

/** Households or people entered in the passport by each period's end. */
async function passportCount(prisma: PrismaClient, actor: Actor, q: SeriesQuery, count: 'households' | 'people') {
  const table = Prisma.raw(count === 'households' ? '"Household"' : '"Person"');
  const key = Prisma.raw(q.cut === 'municipality' ? 't."municipalityId"::text' : 'NULL::text');
  return toPoints(
    await prisma.$queryRaw<Row[]>`
      SELECT p.period, ${key} AS key, NULL::text AS label, count(t.id) AS value
        FROM (${periodsSql(q)}) p
        LEFT JOIN ${table} t ON ${municipalityFilter(actor, q, 't."municipalityId"')} AND t."createdAt" < p."end"
       GROUP BY 1, 2 ORDER BY 1, 2`,
  ).filter((point) => q.cut !== 'municipality' || point.key !== null);
}

/** Of the families with a need registered in the period, the share (%) with a need resolved. */
async function coverage(prisma: PrismaClient, actor: Actor, q: SeriesQuery) {
  const key = Prisma.raw(q.cut === 'municipality' ? 'n."municipalityId"::text' : 'NULL::text');
  return toPoints(
    await prisma.$queryRaw<Row[]>`
      WITH p AS (SELECT period, "end", lag("end", 1, (${periodStart(q)} AT TIME ZONE 'Europe/Samara') AT TIME ZONE 'UTC') OVER (ORDER BY "end") AS start
                   FROM (${periodsSql(q)}) x),
      f AS (
        SELECT p.period, ${key} AS key, pe."householdId", bool_or(n.status = 'RESOLVED') AS supported
          FROM p JOIN "Need" n ON n."registeredAt" >= p.start AND n."registeredAt" < p."end" AND ${needFilter(actor, q)}
          JOIN "Person" pe ON pe.id = n."personId" AND pe."householdId" IS NOT NULL
         GROUP BY 1, 2, 3
      )
      SELECT p.period, f.key, NULL::text AS label, round(100.0 * count(*) FILTER (WHERE f.supported) / nullif(count(f."householdId"), 0), 1) AS value
        FROM p LEFT JOIN f ON f.period = p.period
       GROUP BY 1, 2 ORDER BY 1, 2`,
  ).filter((point) => q.cut !== 'municipality' || point.key !== null);
}

/** Current poverty assessments (the poverty profile keeps one current per household), shown at the last period. */
async function poverty(prisma: PrismaClient, actor: Actor, q: SeriesQuery, measure: 'householdsBelow' | 'averageDepth' | 'householdsNear') {
  const key = Prisma.raw(q.cut === 'municipality' ? 'a."municipalityId"::text' : 'NULL::text');
  const value = Prisma.raw(
    {
      householdsBelow: "count(*) FILTER (WHERE a.verdict = 'BELOW')",
      householdsNear: "count(*) FILTER (WHERE a.verdict = 'NEAR')",
      averageDepth: 'round(avg(a."depthBasisPoints") FILTER (WHERE a.verdict = \'BELOW\') / 100.0, 1)',
    }[measure],
  );
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT (SELECT max(period) FROM (${periodsSql(q)}) p) AS period, ${key} AS key, NULL::text AS label, ${value} AS value
      FROM "PovertyAssessment" a
     WHERE a.current AND ${municipalityFilter(actor, q, 'a."municipalityId"')}
     GROUP BY 1, 2 ORDER BY 1, 2`;
  return toPoints(rows);
}

/** The values of a built-in indicator, computed within the actor's scope. */
export function builtInSeries(prisma: PrismaClient, actor: Actor, indicator: BuiltInIndicator, q: SeriesQuery): Promise<SeriesPoint[]> {
  const c = indicator.computation;
  switch (c.from) {
    case 'caseCounts':
      return countSeries(prisma, actor, q, c.kinds);
    case 'caseRatio':
      return ratioSeries(prisma, actor, q, c.numerator, c.denominator);
    case 'resolutionPercentile':
      return resolutionPercentileSeries(prisma, actor, q, c.fraction);
    case 'openAtEnd':
      return openAtEndSeries(prisma, actor, q);
    case 'overdueAtEnd':
      return overdueAtEnd(prisma, actor, q);
    case 'passport':
      return passportCount(prisma, actor, q, c.count);
    case 'coverage':
      return coverage(prisma, actor, q);
    case 'poverty':
      return poverty(prisma, actor, q, c.measure);
  }
}
