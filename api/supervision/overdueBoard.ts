import type { PrismaClient } from '../../prisma/client';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import type { Actor } from '../../shared/needCase';
import type { AgeingBucket } from '../../shared/schemas/supervision';
import { AGEING_BUCKETS } from '../../shared/schemas/supervision';
import type { GroupBy } from './overdueRows';
import { ageingBucket, openOverdueRows } from './overdueRows';

interface BoardRow {
  groupId: string;
  groupName: string;
  total: number;
  buckets: Record<AgeingBucket, number>;
}

const emptyBuckets = () => Object.fromEntries(AGEING_BUCKETS.map((b) => [b.key, 0])) as Record<AgeingBucket, number>;

/** Open overdue cases per organisation or municipality, counted by working days late; most overdue groups first. */
export async function overdueBoard(prisma: PrismaClient, calendar: ProductionCalendar, actor: Actor, groupBy: GroupBy, now = new Date()) {
  const board = new Map<string, BoardRow>();
  for (const row of await openOverdueRows(prisma, actor, groupBy, now)) {
    const entry = board.get(row.groupId) ?? { groupId: row.groupId, groupName: row.groupName, total: 0, buckets: emptyBuckets() };
    entry.buckets[ageingBucket(calendar, row.activeDueAt, now)] += 1;
    entry.total += 1;
    board.set(row.groupId, entry);
  }
  return [...board.values()].sort((a, b) => b.total - a.total || a.groupName.localeCompare(b.groupName, 'ru'));
}
