import { TZDate } from '@date-fns/tz';
import { addDays, parseDay } from './calendarDays';
import type { ProductionCalendar } from './productionCalendar';
import { isWorkingDay } from './productionCalendar';

export const REGION_TIME_ZONE = 'Europe/Samara';

/** The calendar day of an instant in the region, 'yyyy-MM-dd'. */
export function localDate(instant: Date): string {
  const local = new TZDate(instant.getTime(), REGION_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The instant a regional calendar day ends: local midnight that starts the next day. */
export function endOfDay(day: string): Date {
  const next = parseDay(addDays(day, 1));
  return new Date(new TZDate(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate(), REGION_TIME_ZONE).getTime());
}

/**
 * The day an instant belongs to when counting deadlines. A deadline is the end of a day, i.e. the
 * midnight that begins the next one, so an instant belongs to the day it ends: this keeps
 * "N working days after the deadline" counted from the deadline's own day.
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

/**
 * The deadline `days` working days after `from`: the end of the days-th working day after from's
 * day. With 0 days, the end of from's day if it is a working day, else of the next working day.
 */
export function addWorkingDays(calendar: ProductionCalendar, from: Date, days: number): Date {
  const start = countingDay(from);
  if (days > 0) return endOfDay(nthWorkingDayAfter(calendar, start, days));
  return endOfDay(isWorkingDay(calendar, start) ? start : nthWorkingDayAfter(calendar, start, 1));
}

/** The end of the `days`-th working day before the deadline's day (for reminders). */
export function subtractWorkingDays(calendar: ProductionCalendar, deadline: Date, days: number): Date {
  let current = countingDay(deadline);
  for (let counted = 0; counted < days;) {
    current = addDays(current, -1);
    if (isWorkingDay(calendar, current)) counted += 1;
  }
  return days === 0 ? deadline : endOfDay(current);
}

/** Working days in (day of from, day of to]; 0 when to is not after from. */
export function workingDaysBetween(calendar: ProductionCalendar, from: Date, to: Date): number {
  const last = countingDay(to);
  let count = 0;
  for (let day = addDays(countingDay(from), 1); day <= last; day = addDays(day, 1)) {
    if (isWorkingDay(calendar, day)) count += 1;
  }
  return count;
}

/**
 * Working days left before a deadline, to pause a case's clock: the current day counts as used,
 * and resuming with addWorkingDays(resumedAt, left) gives the same number of whole working days.
 */
export function workingDaysRemaining(calendar: ProductionCalendar, now: Date, deadline: Date): number {
  return now >= deadline ? 0 : workingDaysBetween(calendar, now, deadline);
}
