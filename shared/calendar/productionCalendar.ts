import { z } from 'zod';
import { addDays, isWeekend, parseDay } from './calendarDays';

/**
 * The Russian production calendar as data: per year, the weekdays that are days off and the
 * weekend days that are worked. Pure (no I/O), so workflow code may import it too.
 */
export interface ProductionCalendar {
  coveredYears: number[];
  holidays: Set<string>;
  workingWeekends: Set<string>;
}

const day = z.iso.date().refine((d) => !Number.isNaN(parseDay(d).getTime()), 'not a real date');

const calendarFileSchema = z.object({
  source: z.string().optional(),
  years: z.record(
    z.string().regex(/^\d{4}$/, 'year must have four digits'),
    z.object({
      status: z.enum(['official', 'projected']).optional(),
      holidays: z.array(day),
      workingWeekends: z.array(day),
    }),
  ),
});

export function parseProductionCalendar(json: unknown): ProductionCalendar {
  const parsed = calendarFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid production calendar at ${issue.path.join('.')}: ${issue.message}`);
  }
  const calendar: ProductionCalendar = { coveredYears: [], holidays: new Set(), workingWeekends: new Set() };
  for (const [year, data] of Object.entries(parsed.data.years)) {
    for (const d of [...data.holidays, ...data.workingWeekends]) {
      if (!d.startsWith(`${year}-`)) throw new Error(`Invalid production calendar at years.${year}: ${d} is not in ${year}`);
    }
    for (const d of data.workingWeekends) {
      if (!isWeekend(d)) throw new Error(`Invalid production calendar at years.${year}.workingWeekends: ${d} is not a weekend day`);
    }
    calendar.coveredYears.push(Number(year));
    data.holidays.forEach((d) => calendar.holidays.add(d));
    data.workingWeekends.forEach((d) => calendar.workingWeekends.add(d));
  }
  calendar.coveredYears.sort();
  return calendar;
}

const FIXED_HOLIDAYS = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
];

/**
 * For a year the data does not cover: the Labor Code's fixed holidays (art. 112), with a holiday
 * that falls on a weekend moving to the next working day — except January 1–8, which only a
 * government decree redistributes.
 */
function baselineDaysOff(year: number): Set<string> {
  const off = new Set(FIXED_HOLIDAYS.map((md) => `${year}-${md}`));
  for (const md of FIXED_HOLIDAYS.filter((md) => !md.startsWith('01-'))) {
    const holiday = `${year}-${md}`;
    if (!isWeekend(holiday)) continue;
    let next = addDays(holiday, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.add(next);
  }
  return off;
}

const baselineCache = new Map<number, Set<string>>();

export function isWorkingDay(calendar: ProductionCalendar, day: string): boolean {
  const year = Number(day.slice(0, 4));
  if (calendar.coveredYears.includes(year)) {
    if (calendar.workingWeekends.has(day)) return true;
    return !isWeekend(day) && !calendar.holidays.has(day);
  }
  if (!baselineCache.has(year)) baselineCache.set(year, baselineDaysOff(year));
  return !isWeekend(day) && !baselineCache.get(year)!.has(day);
}
