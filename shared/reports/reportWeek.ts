import { addDays, parseDay, weekday } from '../calendar/calendarDays';

/**
 * ISO weeks ('2026-W49', Monday to Sunday) of the weekly execution report, as plain calendar days of
 * the region: pure arithmetic, so the report workflow can pick its week from workflow time.
 */
export const REPORT_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

const mondayOf = (day: string) => addDays(day, -((weekday(day) + 6) % 7));

/** The ISO week a calendar day belongs to: the week of its Thursday, numbered within the Thursday's year. */
export function weekOf(day: string): string {
  const thursday = addDays(mondayOf(day), 3);
  const year = thursday.slice(0, 4);
  const ordinal = (parseDay(thursday).getTime() - parseDay(`${year}-01-01`).getTime()) / 86_400_000;
  return `${year}-W${String(Math.floor(ordinal / 7) + 1).padStart(2, '0')}`;
}

/** The Monday and Sunday of an ISO week, or null for a week that does not exist ('2026-W54'). */
export function weekDays(week: string): { from: string; to: string } | null {
  const match = REPORT_WEEK_PATTERN.exec(week);
  if (!match) return null;
  // Week 1 is the one holding 4 January.
  const from = addDays(mondayOf(`${match[1]}-01-04`), (Number(match[2]) - 1) * 7);
  return weekOf(from) === week ? { from, to: addDays(from, 6) } : null;
}

/** The whole week before the one a day belongs to: what a Monday-morning report covers. */
export const weekBefore = (day: string): string => weekOf(addDays(mondayOf(day), -7));
