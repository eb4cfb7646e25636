import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import { workingDaysBetween, workingDaysRemaining } from '../../shared/calendar/workingDays';

/** Working days left before the active deadline; negative when it has passed; null without one. */
export function workingDaysLeft(calendar: ProductionCalendar, activeDueAt: string | null, now = new Date()): number | null {
  if (!activeDueAt) return null;
  const due = new Date(activeDueAt);
  return due > now ? workingDaysRemaining(calendar, now, due) : -workingDaysBetween(calendar, due, now);
}

/** A case as every answer shows it: with the working days left before its active deadline. */
export const withWorkingDaysLeft = <T extends { activeDueAt: string | null }>(calendar: ProductionCalendar, item: T) => ({
  ...item,
  workingDaysLeft: workingDaysLeft(calendar, item.activeDueAt),
});
