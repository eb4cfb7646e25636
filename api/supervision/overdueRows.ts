import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import { workingDaysBetween } from '../../shared/calendar/workingDays';
import { OPEN_STATUSES } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';
import type { AgeingBucket } from '../../shared/schemas/supervision';
import { AGEING_BUCKETS } from '../../shared/schemas/supervision';
import { needScopeSql } from '../access/scopes';

export type GroupBy = 'organisation' | 'municipality';

export interface OverdueRow {
  id: string;
  groupId: string;
  groupName: string;
  activeDueAt: Date;
}

const OPEN = Prisma.sql`(${Prisma.join([...OPEN_STATUSES])})`;

/**
 * The actor's open cases past their active deadline, with the organisation or municipality they
 * are grouped under. Overdue cases are few, so they are aged in code on the production calendar.
 */
export function openOverdueRows(prisma: PrismaClient, actor: Actor, groupBy: GroupBy, now: Date, groupId?: string): Promise<OverdueRow[]> {
  const group =
    groupBy === 'organisation'
      ? Prisma.sql`o.id AS "groupId", o."shortName" AS "groupName" FROM "Need" n JOIN "Organisation" o ON o.id = n."organisationId"`
      : Prisma.sql`mu.id AS "groupId", mu.name AS "groupName" FROM "Need" n JOIN "Municipality" mu ON mu.id = n."municipalityId"`;
  const inGroup = groupId
    ? Prisma.sql`n.${Prisma.raw(groupBy === 'organisation' ? '"organisationId"' : '"municipalityId"')} = ${groupId}::uuid`
    : Prisma.sql`TRUE`;
  return prisma.$queryRaw<OverdueRow[]>`
    SELECT n.id, n."activeDueAt", ${group}
     WHERE ${needScopeSql(actor)} AND ${inGroup}
       AND n.status::text IN ${OPEN}
       AND n."activeDueAt" < ${now.toISOString().replace('Z', '')}::timestamp`;
}

/**
 * The bucket of a case by working days late: the working days of the regional calendar after the
 * deadline's day up to and including today. Late by less than a working day (the deadline passed
 * today, or over a weekend) already counts as one day late.
 */
export function ageingBucket(calendar: ProductionCalendar, activeDueAt: Date, now: Date): AgeingBucket {
  const daysLate = Math.max(1, workingDaysBetween(calendar, activeDueAt, now));
  return AGEING_BUCKETS.find((b) => daysLate <= b.to)?.key ?? '11+';
}
