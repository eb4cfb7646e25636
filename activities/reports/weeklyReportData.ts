import type { PrismaClient } from '../../prisma/client';
import { weekDays } from '../../shared/reports/reportWeek';
import type { WeeklyReport, WeeklyReportCounts } from '../../shared/reports/weeklyReport';
import { REPORT_COUNTS } from '../../shared/reports/weeklyReport';

type Row = { measure: string } & Record<keyof WeeklyReportCounts, number>;

/**
 * The week's counts of one organisation by measure. Cases received, resolved (in time or late) and
 * rejected come from the case-count aggregate (attributed to the organisation the case was with at
 * the time); escalated are the cases escalated in the week; open and overdue are the cases open at
 * the week's end (or now, for the current week), past their resolve deadline for overdue.
 */
export async function weeklyReportOf(prisma: PrismaClient, organisationId: string, week: string): Promise<WeeklyReport> {
  const days = weekDays(week);
  if (!days) throw new RangeError(`not an ISO week: ${week}`);
  const { from, to } = days;
  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { id: true, name: true, shortName: true },
  });
  const lines = await prisma.$queryRaw<Row[]>`
    WITH span AS (
      SELECT (${from}::date::timestamp AT TIME ZONE 'Europe/Samara') AT TIME ZONE 'UTC' AS start,
             least((((${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Samara') AT TIME ZONE 'UTC'), now() AT TIME ZONE 'UTC') AS "end"
    ), flow AS (
      SELECT c."measureId",
             sum(c.count) FILTER (WHERE c.kind = 'REGISTERED') AS received,
             sum(c.count) FILTER (WHERE c.kind = 'RESOLVED') AS resolved,
             sum(c.count) FILTER (WHERE c.kind = 'LATE') AS late,
             sum(c.count) FILTER (WHERE c.kind = 'REJECTED') AS rejected
        FROM "CaseCount" c
       WHERE c."organisationId" = ${organisationId}::uuid AND c.day BETWEEN ${from}::date AND ${to}::date
       GROUP BY 1
    ), escalation AS (
      SELECT n."measureId", count(DISTINCT n.id) AS escalated
        FROM "Need" n JOIN "NeedEvent" e ON e."needId" = n.id, span
       WHERE n."organisationId" = ${organisationId}::uuid AND e.type = 'ESCALATED' AND e.at >= span.start AND e.at < span."end"
       GROUP BY 1
    ), stock AS (
      SELECT n."measureId", count(*) AS open, count(*) FILTER (WHERE n."resolveDueAt" < span."end") AS overdue
        FROM "Need" n, span
       WHERE n."organisationId" = ${organisationId}::uuid AND n."registeredAt" < span."end"
         AND (n."closedAt" IS NULL OR n."closedAt" >= span."end")
       GROUP BY 1
    )
    SELECT m.name AS measure,
           coalesce(f.received, 0)::int AS received,
           (coalesce(f.resolved, 0) - coalesce(f.late, 0))::int AS "resolvedInTime",
           coalesce(f.late, 0)::int AS "resolvedLate",
           coalesce(f.rejected, 0)::int AS rejected,
           coalesce(x.escalated, 0)::int AS escalated,
           coalesce(s.open, 0)::int AS open,
           coalesce(s.overdue, 0)::int AS overdue
      FROM "SupportMeasure" m
      LEFT JOIN flow f ON f."measureId" = m.id
      LEFT JOIN escalation x ON x."measureId" = m.id
      LEFT JOIN stock s ON s."measureId" = m.id
     WHERE (m."organisationId" = ${organisationId}::uuid AND m.active)
        OR f."measureId" IS NOT NULL OR x."measureId" IS NOT NULL OR s."measureId" IS NOT NULL
     ORDER BY m.name`;
  const total = Object.fromEntries(REPORT_COUNTS.map((k) => [k, lines.reduce((sum, l) => sum + l[k], 0)])) as WeeklyReportCounts;
  return { organisation, week, from, to, lines, total };
}
