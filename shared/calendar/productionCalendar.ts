import { z } from 'zod';
import { isIsoDay, isWeekend } from './calendarDays';
import { laborCodeDaysOff } from './laborCodeHolidays';

/**
 * The Russian production calendar as data: per year, the days off that are not plain weekends and
 * the weekend days that are worked. Pure (no I/O), so workflow code may import it too.
 */
export type CalendarYearStatus = 'official' | 'projected';

export interface ProductionCalendar {
  /** Years the data covers, ascending; any other year falls back to the Labor Code alone. */
  readonly coveredYears: readonly number[];
  readonly yearStatus: ReadonlyMap<number, CalendarYearStatus>;
  /** Holidays and transferred days off, on any day of the week. */
  readonly holidays: ReadonlySet<string>;
  /** Saturdays and Sundays made working days by a transfer. */
  readonly workingWeekends: ReadonlySet<string>;
  /** Pre-holiday working days shortened by one hour (Labor Code art. 95). */
  readonly shortDays: ReadonlySet<string>;
}

const isoDay = z.string().refine(isIsoDay, { error: (issue) => `${JSON.stringify(issue.input)} is not a date written yyyy-MM-dd` });
const isoDays = isoDay.array().superRefine((days, ctx) => {
  days.forEach((day, i) => {
    if (days.indexOf(day) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${day} is listed twice` });
  });
});

const calendarYearSchema = z.strictObject({
  status: z.enum(['official', 'projected']),
  /** The decree, or how a projected year was built. */
  source: z.string().optional(),
  holidays: isoDays,
  workingWeekends: isoDays,
  shortDays: isoDays.optional(),
  /** Each move of a day off from a weekend day to a weekday, by decree or by art. 112; for review. */
  transfers: z.array(z.strictObject({ from: isoDay, to: isoDay })).optional(),
});

const calendarFileSchema = z.object({
  source: z.string().optional(),
  note: z.string().optional(),
  years: z.record(z.string().regex(/^\d{4}$/, 'a year must be written with four digits'), calendarYearSchema),
});

type CalendarYear = z.infer<typeof calendarYearSchema>;

class CalendarDataError extends Error {
  constructor(path: string, message: string) {
    super(`Invalid production calendar at ${path}: ${message}`);
    this.name = 'CalendarDataError';
  }
}

/** Checks that need more than one field: the dates belong to their year and agree with each other. */
function checkYear(year: string, data: CalendarYear): void {
  const at = (field: string, i: number) => `years.${year}.${field}.${i}`;
  const lists = { holidays: data.holidays, workingWeekends: data.workingWeekends, shortDays: data.shortDays ?? [] };
  for (const [field, days] of Object.entries(lists)) {
    days.forEach((d, i) => {
      if (!d.startsWith(`${year}-`)) throw new CalendarDataError(at(field, i), `${d} is not in ${year}`);
    });
  }
  const holidays = new Set(data.holidays);
  data.workingWeekends.forEach((d, i) => {
    if (!isWeekend(d)) throw new CalendarDataError(at('workingWeekends', i), `${d} is not a weekend day`);
    if (holidays.has(d)) throw new CalendarDataError(at('workingWeekends', i), `${d} is also listed as a holiday`);
  });
  const worked = new Set(data.workingWeekends);
  (data.shortDays ?? []).forEach((d, i) => {
    if (holidays.has(d) || (isWeekend(d) && !worked.has(d))) {
      throw new CalendarDataError(at('shortDays', i), `${d} is not a working day, so it cannot be shortened`);
    }
  });
  (data.transfers ?? []).forEach(({ from, to }, i) => {
    if (!from.startsWith(`${year}-`) || !to.startsWith(`${year}-`)) {
      throw new CalendarDataError(at('transfers', i), `${from} → ${to} is not within ${year}`);
    }
    if (!isWeekend(from)) throw new CalendarDataError(at('transfers', i), `${from} is not a weekend day`);
    if (isWeekend(to) || !holidays.has(to)) {
      throw new CalendarDataError(at('transfers', i), `${to} must be a weekday listed among the holidays`);
    }
  });
}

export function parseProductionCalendar(json: unknown): ProductionCalendar {
  const parsed = calendarFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // A bad year key is reported as 'invalid_key' with the key's own problem nested inside.
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    throw new CalendarDataError(issue.path.map(String).join('.') || '(root)', message);
  }
  const coveredYears: number[] = [];
  const yearStatus = new Map<number, CalendarYearStatus>();
  const holidays = new Set<string>();
  const workingWeekends = new Set<string>();
  const shortDays = new Set<string>();
  for (const [year, data] of Object.entries(parsed.data.years)) {
    checkYear(year, data);
    coveredYears.push(Number(year));
    yearStatus.set(Number(year), data.status);
    data.holidays.forEach((d) => holidays.add(d));
    data.workingWeekends.forEach((d) => workingWeekends.add(d));
    data.shortDays?.forEach((d) => shortDays.add(d));
  }
  coveredYears.sort((a, b) => a - b);
  return { coveredYears, yearStatus, holidays, workingWeekends, shortDays };
}

const laborCodeDaysOffByYear = new Map<number, Set<string>>();

function daysOffByLaborCode(year: number): Set<string> {
  let off = laborCodeDaysOffByYear.get(year);
  if (!off) laborCodeDaysOffByYear.set(year, (off = laborCodeDaysOff(year)));
  return off;
}

export function isWorkingDay(calendar: ProductionCalendar, isoDate: string): boolean {
  if (!isIsoDay(isoDate)) throw new RangeError(`Not a date written yyyy-MM-dd: ${JSON.stringify(isoDate)}`);
  const year = Number(isoDate.slice(0, 4));
  if (calendar.yearStatus.has(year)) {
    if (calendar.workingWeekends.has(isoDate)) return true;
    return !isWeekend(isoDate) && !calendar.holidays.has(isoDate);
  }
  return !isWeekend(isoDate) && !daysOffByLaborCode(year).has(isoDate);
}
