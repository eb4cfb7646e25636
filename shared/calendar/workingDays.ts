import { TZDate } from '@date-fns/tz';
import { addDays, parseDay } from './calendarDays';
import type { ProductionCalendar } from './productionCalendar';
import { isWorkingDay } from './productionCalendar';

import { REGION_TIME_ZONE, checkInstant, localDate } from './localDate';
import { workingDaysInRange } from './workingDayCounts';

export { REGION_TIME_ZONE, localDate };

function checkDayCount(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number ≥ 0, got ${days}`);
}

/** The instant a regional calendar day ends: the local midnight that starts the next day. */
export function endOfDay(day: string): Date {
  const next = parseDay(addDays(day, 1));
  return new Date(new TZDate(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate(), REGION_TIME_ZONE).getTime());
}

/**
 * The day an instant counts in. A deadline is the end of a day, i.e. the midnight that begins the
 * next one, so that exact midnight counts in the day it ends; every other instant counts in its own
 * local day. This lets deadlines chain: N working days after a deadline are counted from the
 * deadline's day, and subtracting from a deadline starts from that same day.
 */
const countingDay = (instant: Date): string => localDate(new Date(instant.getTime() - 1));

function nthWorkingDayAfter(calendar: ProductionCalendar, day: string, n: number): string {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = addDays(current, 1);
    if (isWorkingDay(calendar, current)) counted += 1;
  }
  return current;
}

function nthWorkingDayBefore(calendar: ProductionCalendar, day: string, n: number): string {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = addDays(current, -1);
    if (isWorkingDay(calendar, current)) counted += 1;
  }
  return current;
}

/**
 * The deadline `days` working days after `from`: the end of the days-th working day after from's
 * day. With 0 days, the end of from's day if it is a working day, else of the next working day.
 */
export function addWorkingDays(calendar: ProductionCalendar, from: Date, days: number): Date {
  checkInstant('from', from);
  checkDayCount(days);
  const start = countingDay(from);
  if (days === 0 && isWorkingDay(calendar, start)) return endOfDay(start);
  return endOfDay(nthWorkingDayAfter(calendar, start, Math.max(days, 1)));
}

/**
 * The end of the `days`-th working day before the deadline's day, for "remind N working days
 * before": at that instant exactly N working days are left. With 0 days, the deadline itself.
 */
export function subtractWorkingDays(calendar: ProductionCalendar, deadline: Date, days: number): Date {
  checkInstant('deadline', deadline);
  checkDayCount(days);
  if (days === 0) return new Date(deadline.getTime());
  return endOfDay(nthWorkingDayBefore(calendar, countingDay(deadline), days));
}

/** Working days in (day of from, day of to]: from's day excluded, to's day included; 0 when to is not after from. */
export function workingDaysBetween(calendar: ProductionCalendar, from: Date, to: Date): number {
  checkInstant('from', from);
  checkInstant('to', to);
  if (to.getTime() <= from.getTime()) return 0;
  return workingDaysInRange(calendar, countingDay(from), countingDay(to));
}

/**
 * Working days left before a deadline, to pause a case's clock. Rule: the day of the pause counts as
 * used and the day of the resume does not (like the day a clock starts), so resuming with
 * addWorkingDays(calendar, resumedAt, left) gives back exactly `left` whole working days — and a
 * pause and resume on the same day leave the deadline unchanged. Paused on the deadline's own day,
 * 0 are left and resuming gives the rest of the resume day (or the next working day).
 */
export function workingDaysRemaining(calendar: ProductionCalendar, now: Date, deadline: Date): number {
  return workingDaysBetween(calendar, now, deadline);
}
