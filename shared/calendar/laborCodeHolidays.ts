import { addDays, isWeekend } from './calendarDays';

/** Non-working holidays of the Labor Code, art. 112 part 1, as 'MM-dd'. */
export const FIXED_HOLIDAYS = [
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
] as const;

/**
 * Days off other than plain weekends for a year no decree covers: the fixed holidays, plus, for a
 * holiday on a Saturday or Sunday, the next working day (art. 112 part 2). January 1–8 are left
 * out of that move because the Government redistributes them by decree, which cannot be guessed.
 */
export function laborCodeDaysOff(year: number): Set<string> {
  const off = new Set<string>(FIXED_HOLIDAYS.map((md) => `${year}-${md}`));
  for (const md of FIXED_HOLIDAYS) {
    const holiday = `${year}-${md}`;
    if (md.startsWith('01-') || !isWeekend(holiday)) continue;
    let next = addDays(holiday, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.add(next);
  }
  return off;
}
