import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import type { Cut, Periodicity } from '../../shared/indicators/catalog';
import { PERIOD_TO_CHAR } from '../../shared/indicators/catalog';
import type { Actor } from '../../shared/needCase';
import { indicatorScopeSql } from './scope';

/** What a series is asked for: local (Europe/Samara) dates, inclusive, and an optional cut and filter. */
export interface SeriesQuery {
  periodicity: Periodicity;
  from: string;
  to: string;
  cut?: Cut;
  filter?: { municipalityId?: string; organisationId?: string; measureId?: string; measureKind?: string };
}

export interface SeriesPoint {
  period: string;
  key: string | null;
  label: string | null;
  value: number | null;
}

interface Row {
  period: string;
  key: string | null;
  label: string | null;
  value: Prisma.Decimal | bigint | number | null;
}

const TRUNC: Record<Periodicity, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

const CUT_KEY: Record<Cut, string> = {
  municipality: 'c."municipalityId"::text',
  organisation: 'c."organisationId"::text',
  measure: 'c."measureId"::text',
  measureKind: '(SELECT x.kind FROM "SupportMeasure" x WHERE x.id = c."measureId")',
  level: 'c.detail::text',
};

export const periodStart = (q: SeriesQuery) => Prisma.sql`date_trunc(${TRUNC[q.periodicity]}, ${q.from}::date::timestamp)`;
export const periodStep = (q: SeriesQuery) => Prisma.sql`(${`1 ${TRUNC[q.periodicity]}`})::interval`;
export const periodKey = (q: SeriesQuery, column: Prisma.Sql) => Prisma.sql`to_char(${column}, ${PERIOD_TO_CHAR[q.periodicity]})`;
const truncDay = (q: SeriesQuery) => Prisma.sql`date_trunc(${TRUNC[q.periodicity]}, c.day::timestamp)`;

function cutSql(q: SeriesQuery) {
  return { key: Prisma.raw(q.cut ? CUT_KEY[q.cut] : 'NULL::text'), label: Prisma.raw('NULL::text') };
}

/** The filters of a series over "CaseCount" c, with the actor's scope. */
function where(actor: Actor, q: SeriesQuery): Prisma.Sql {
  const f = q.filter ?? {};
  const parts = [indicatorScopeSql(actor, { municipality: 'c."municipalityId"', organisation: 'c."organisationId"' })];
  if (f.municipalityId) parts.push(Prisma.sql`c."municipalityId" = ${f.municipalityId}::uuid`);
  if (f.organisationId) parts.push(Prisma.sql`c."organisationId" = ${f.organisationId}::uuid`);
  if (f.measureId) parts.push(Prisma.sql`c."measureId" = ${f.measureId}::uuid`);
  if (f.measureKind) parts.push(Prisma.sql`c."measureId" IN (SELECT x.id FROM "SupportMeasure" x WHERE x.kind = ${f.measureKind})`);
  return Prisma.join(parts, ' AND ');
}

export const toPoints = (rows: Row[]): SeriesPoint[] =>
  rows.map((r) => ({ period: r.period, key: r.key, label: r.label ?? r.key, value: r.value === null ? null : Number(r.value) }));

/** Periods of the query with no cut get a zero (or null) point each, so a trend line has no gaps. */
function fillPeriods(q: SeriesQuery, body: Prisma.Sql, empty: Prisma.Sql): Prisma.Sql {
  if (q.cut) return Prisma.sql`${body} ORDER BY 1, 2`;
  return Prisma.sql`
    WITH v AS (${body}),
         p AS (SELECT ${periodKey(q, Prisma.sql`g`)} AS period FROM generate_series(${periodStart(q)}, ${q.to}::date::timestamp, ${periodStep(q)}) g)
    SELECT p.period, NULL::text AS key, NULL::text AS label, coalesce(v.value, ${empty}) AS value
      FROM p LEFT JOIN v ON v.period = p.period ORDER BY 1`;
}

/** Sum of events of the given kinds per period (and cut). */
export async function countSeries(prisma: PrismaClient, actor: Actor, q: SeriesQuery, kinds: string[]): Promise<SeriesPoint[]> {
  return toPoints(await prisma.$queryRaw<Row[]>(countSeriesSql(actor, q, kinds)));
}

/** The SQL of countSeries: the one statement a count widget runs (the benchmark runs it bare). */
export function countSeriesSql(actor: Actor, q: SeriesQuery, kinds: string[]): Prisma.Sql {
  const { key, label } = cutSql(q);
  const body = Prisma.sql`
    SELECT ${periodKey(q, truncDay(q))} AS period, ${key} AS key, ${label} AS label, sum(c.count)::bigint AS value
      FROM "CaseCount" c
     WHERE c.day BETWEEN ${q.from}::date AND ${q.to}::date AND c.kind = ANY(${kinds}) AND ${where(actor, q)}
     GROUP BY 1, 2, 3`;
  return fillPeriods(q, body, Prisma.sql`0`);
}

/** numerator ÷ denominator × 100 per period (and cut), one decimal; null where the denominator is 0. */
export async function ratioSeries(prisma: PrismaClient, actor: Actor, q: SeriesQuery, numerator: string, denominator: string) {
  const { key, label } = cutSql(q);
  const body = Prisma.sql`
    SELECT ${periodKey(q, truncDay(q))} AS period, ${key} AS key, ${label} AS label,
           round(100.0 * coalesce(sum(c.count) FILTER (WHERE c.kind = ${numerator}), 0)
                 / nullif(sum(c.count) FILTER (WHERE c.kind = ${denominator}), 0), 1) AS value
      FROM "CaseCount" c
     WHERE c.day BETWEEN ${q.from}::date AND ${q.to}::date AND c.kind IN (${numerator}, ${denominator}) AND ${where(actor, q)}
     GROUP BY 1, 2, 3`;
  return toPoints(await prisma.$queryRaw<Row[]>(fillPeriods(q, body, Prisma.sql`NULL`)));
}

/** The given percentile (percentile_disc) of whole days to resolution, from the counts per day count. */
export async function resolutionPercentileSeries(prisma: PrismaClient, actor: Actor, q: SeriesQuery, fraction: number) {
  const { key, label } = cutSql(q);
  const body = Prisma.sql`
    WITH g AS (
      SELECT ${periodKey(q, truncDay(q))} AS period, ${key} AS key, ${label} AS label, c.detail, sum(c.count) AS n
        FROM "CaseCount" c
       WHERE c.day BETWEEN ${q.from}::date AND ${q.to}::date AND c.kind = 'RESOLVED' AND ${where(actor, q)}
       GROUP BY 1, 2, 3, 4
    ), w AS (
      SELECT g.*, sum(n) OVER (PARTITION BY period, key ORDER BY detail) AS running, sum(n) OVER (PARTITION BY period, key) AS total FROM g
    )
    SELECT period, key, label, min(detail) FILTER (WHERE running >= ${fraction}::numeric * total) AS value FROM w GROUP BY 1, 2, 3`;
  return toPoints(await prisma.$queryRaw<Row[]>(fillPeriods(q, body, Prisma.sql`NULL`)));
}

/** Cases registered and not yet closed at the end of each period: a running sum of the counts from the start. */
export async function openAtEndSeries(prisma: PrismaClient, actor: Actor, q: SeriesQuery): Promise<SeriesPoint[]> {
  const { key, label } = cutSql(q);
  const rows = await prisma.$queryRaw<Row[]>`
    WITH p AS (SELECT g AS start FROM generate_series(${periodStart(q)}, ${q.to}::date::timestamp, ${periodStep(q)}) g),
    f AS (
      SELECT greatest(${truncDay(q)}, ${periodStart(q)}) AS start, ${key} AS key, ${label} AS label,
             sum(CASE WHEN c.kind = 'REGISTERED' THEN c.count ELSE -c.count END) AS delta
        FROM "CaseCount" c
       WHERE c.day <= ${q.to}::date AND c.kind IN ('REGISTERED', 'RESOLVED', 'REJECTED', 'CANCELLED') AND ${where(actor, q)}
       GROUP BY 1, 2, 3
    ), k AS (SELECT DISTINCT key, label FROM f UNION SELECT NULL, NULL WHERE ${q.cut ? Prisma.sql`FALSE` : Prisma.sql`TRUE`})
    SELECT ${periodKey(q, Prisma.sql`p.start`)} AS period, k.key, k.label,
           sum(coalesce(f.delta, 0)) OVER (PARTITION BY k.key ORDER BY p.start) AS value
      FROM p CROSS JOIN k
      LEFT JOIN f ON f.start = p.start AND f.key IS NOT DISTINCT FROM k.key
     ORDER BY 1, 2`;
  return dedupe(toPoints(rows), Boolean(q.cut));
}

/** Without a cut, the "no cut" key may meet one NULL key from the data: keep one point per period. */
function dedupe(points: SeriesPoint[], cut: boolean): SeriesPoint[] {
  if (cut) return points;
  const byPeriod = new Map<string, SeriesPoint>();
  for (const p of points) byPeriod.set(p.period, p);
  return [...byPeriod.values()];
}
