import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import { endOfDay, localDate, subtractWorkingDays } from '../../shared/calendar/workingDays';

/**
 * The day a demo application must have been received for its deadline, `deadlineWorkingDays` after
 * receipt, to have passed `lateWorkingDays` working days before `today`.
 */
export function receivedDayFor(calendar: ProductionCalendar, today: string, deadlineWorkingDays: number, lateWorkingDays: number): string {
  const received = subtractWorkingDays(calendar, endOfDay(today), deadlineWorkingDays + lateWorkingDays);
  // A deadline is the midnight that ends its day; the millisecond before it is still that day.
  return localDate(new Date(received.getTime() - 1));
}
