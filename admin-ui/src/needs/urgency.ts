/**
 * How near a case's deadline is, in the queue's colours: one scale for the badge and its legend, so a
 * colour always means the same thing.
 */
export type Urgency = 'overdue' | 'today' | 'soon' | 'later';

export const URGENCIES: Urgency[] = ['overdue', 'today', 'soon'];

/** «Скоро»: due within this many working days (today excluded). */
export const SOON_WORKING_DAYS = 2;

export function urgencyOf(record: { overdue: boolean; workingDaysLeft: number | null; activeDueAt: string | null }): Urgency {
  if (!record.activeDueAt) return 'later';
  if (record.overdue) return 'overdue';
  const days = record.workingDaysLeft ?? 0;
  if (days <= 0) return 'today';
  return days <= SOON_WORKING_DAYS ? 'soon' : 'later';
}

/** The chip's look per urgency: red, orange, yellow; the rest plain. Contrast holds for the text on each. */
export const URGENCY_STYLE: Record<Urgency, { bgcolor?: string; color?: string }> = {
  overdue: { bgcolor: '#c62828', color: '#fff' },
  today: { bgcolor: '#ef6c00', color: '#fff' },
  soon: { bgcolor: '#ffe082', color: '#3e2723' },
  later: {},
};
