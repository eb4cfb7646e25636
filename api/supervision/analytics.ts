import type { Prisma, PrismaClient } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import { needScopeSql } from '../access/scopes';

/**
 * For each of the last `weeks` weeks (Monday to Sunday, Samara time): the cases open at its end
 * (or now, for the current week) and, of those, the ones past their resolve deadline then.
 */
export async function openVsOverdueByWeek(prisma: PrismaClient, actor: Actor, weeks: number) {
  const rows = await prisma.$queryRaw<{ weekStart: string; open: bigint; overdue: bigint }[]>`
    WITH weeks AS (
      SELECT date_trunc('week', now() AT TIME ZONE 'Europe/Samara') - (g * interval '1 week') AS start
        FROM generate_series(0, ${weeks - 1}::int) AS g
    ), moments AS (
      SELECT start, least((start + interval '1 week') AT TIME ZONE 'Europe/Samara', now()) AT TIME ZONE 'UTC' AS at FROM weeks
    )
    SELECT to_char(w.start, 'YYYY-MM-DD') AS "weekStart",
           count(n.id) AS open,
           count(n.id) FILTER (WHERE n."resolveDueAt" < w.at) AS overdue
      FROM moments w
      LEFT JOIN "Need" n
        ON ${needScopeSql(actor)} AND n."registeredAt" < w.at AND (n."closedAt" IS NULL OR n."closedAt" >= w.at)
     GROUP BY w.start
     ORDER BY w.start`;
  return rows.map((r) => ({ weekStart: r.weekStart, open: Number(r.open), overdue: Number(r.overdue) }));
}

/** Per measure: cases resolved in the last `days` days and the median days from registration to resolution. */
export async function medianResolutionByMeasure(prisma: PrismaClient, actor: Actor, days: number) {
  const rows = await prisma.$queryRaw<{ measureId: string; measureName: string; resolved: bigint; medianDays: Prisma.Decimal }[]>`
    SELECT m.id AS "measureId", m.name AS "measureName", count(*) AS resolved,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n."closedAt" - n."registeredAt")) / 86400)::numeric, 1)
             AS "medianDays"
      FROM "Need" n
      JOIN "SupportMeasure" m ON m.id = n."measureId"
     WHERE ${needScopeSql(actor)}
       AND n.status = 'RESOLVED'
       AND n."closedAt" >= (now() AT TIME ZONE 'UTC') - (${days}::int * interval '1 day')
     GROUP BY m.id, m.name
     ORDER BY "medianDays" DESC, m.name`;
  return rows.map((r) => ({
    measureId: r.measureId,
    measureName: r.measureName,
    resolved: Number(r.resolved),
    medianDays: Number(r.medianDays),
  }));
}
