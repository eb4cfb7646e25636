import { addDays, parseDay } from './calendarDays';
import type { ProductionCalendar } from './productionCalendar';
import { isWorkingDay } from './productionCalendar';

/**
 * Working-day counts by year, kept per calendar: for each year, how many working days there are from
 * 1 January up to each day. Counting between two days then costs a few lookups instead of a walk
 * over every day (a queue page shows the days left or late of each of its cases, some of them months old).
 */
const countsByCalendar = new WeakMap<ProductionCalendar, Map<number, Uint16Array>>();

function countsOfYear(calendar: ProductionCalendar, year: number): Uint16Array {
  let years = countsByCalendar.get(calendar);
  if (!years) countsByCalendar.set(calendar, (years = new Map()));
  let counts = years.get(year);
  if (!counts) {
    const first = `${String(year).padStart(4, '0')}-01-01`;
    const length = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
    counts = new Uint16Array(length);
    let day = first;
    for (let i = 0, sum = 0; i < length; i++, day = addDays(day, 1)) {
      if (isWorkingDay(calendar, day)) sum += 1;
      counts[i] = sum;
    }
    years.set(year, counts);
  }
  return counts;
}

const dayOfYear = (day: string, year: number): number => (parseDay(day).getTime() - Date.UTC(year, 0, 1)) / 86_400_000;

/** Working days in (after, through]: the first day excluded, the last included; 0 when through is not after it. */
export function workingDaysInRange(calendar: ProductionCalendar, after: string, through: string): number {
  if (through <= after) return 0;
  const fromYear = Number(after.slice(0, 4));
  const toYear = Number(through.slice(0, 4));
  const start = countsOfYear(calendar, fromYear);
  let count = -start[dayOfYear(after, fromYear)];
  for (let year = fromYear; year < toYear; year++) {
    const counts = countsOfYear(calendar, year);
    count += counts[counts.length - 1];
  }
  return count + countsOfYear(calendar, toYear)[dayOfYear(through, toYear)];
}
