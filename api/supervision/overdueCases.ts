import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import type { Actor } from '../../shared/needCase';
import type { OverdueCasesFilter } from '../../shared/schemas/supervision';
import { needScopeSql } from '../access/scopes';
import type { QueueRow } from '../queue/queueSql';
import { queuePageSql } from '../queue/queueSql';
import { assigneeNames, queueItem } from '../queue/service';
import { ageingBucket, openOverdueRows } from './overdueRows';

interface Page {
  direction: 'ASC' | 'DESC';
  offset: number;
  limit: number;
}

/**
 * The board's drill-down: the cases behind one cell (a group, a bucket, or both), aged exactly as
 * the board ages them, then read as queue items; by default the longest overdue first.
 */
export async function overdueCases(
  prisma: PrismaClient,
  calendar: ProductionCalendar,
  actor: Actor,
  filter: OverdueCasesFilter,
  page: Page,
  now = new Date(),
) {
  const rows = await openOverdueRows(prisma, actor, filter.groupBy, now, filter.groupId);
  const ids = rows.filter((r) => !filter.bucket || ageingBucket(calendar, r.activeDueAt, now) === filter.bucket).map((r) => r.id);
  if (ids.length === 0) return { items: [], total: 0 };
  const found = await prisma.$queryRaw<QueueRow[]>(
    queuePageSql(needScopeSql(actor), Prisma.sql`n.id = ANY(${ids}::uuid[])`, { sort: 'activeDueAt', ...page }),
  );
  const names = await assigneeNames(prisma, found);
  return { items: found.map((r) => queueItem(r, now, names)), total: ids.length };
}
