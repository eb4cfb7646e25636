/** Plain calendar days as 'yyyy-MM-dd' strings; arithmetic in UTC so no time zone can shift them. */

export const parseDay = (day: string): Date => new Date(`${day}T00:00:00Z`);
export const formatDay = (date: Date): string => date.toISOString().slice(0, 10);
export const addDays = (day: string, n: number): string => formatDay(new Date(parseDay(day).getTime() + n * 86_400_000));
/** 0 = Sunday … 6 = Saturday */
export const weekday = (day: string): number => parseDay(day).getUTCDay();
export const isWeekend = (day: string): boolean => weekday(day) === 0 || weekday(day) === 6;

/** True for a real date written 'yyyy-MM-dd' ('2025-02-30' is not one: Date would roll it over). */
export function isIsoDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = parseDay(day);
  return !Number.isNaN(date.getTime()) && formatDay(date) === day;
}
