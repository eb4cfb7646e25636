import { addDays, format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { parseProductionCalendar } from '../../shared/calendar/productionCalendar';
import { REGION_TIME_ZONE } from '../../shared/calendar/workingDays';

/**
 * A production calendar for the weeks after `now`: a holiday block of ten days starting on the next
 * Monday, followed by a Saturday worked in exchange (like the real New Year block), so tests cross
 * holidays and a swapped day whatever the date they run on.
 */
export function calendarWithHolidayBlockAfter(now: Date) {
  const local = new TZDate(now.getTime(), REGION_TIME_ZONE);
  const daysToMonday = ((8 - local.getDay()) % 7) + 7;
  const blockStart = addDays(local, daysToMonday);
  const holidays = Array.from({ length: 10 }, (_, i) => format(addDays(blockStart, i), 'yyyy-MM-dd'));
  const swappedSaturday = format(addDays(blockStart, 12), 'yyyy-MM-dd');
  const years: Record<string, { holidays: string[]; workingWeekends: string[]; status: string }> = {};
  for (const day of [...holidays, swappedSaturday]) {
    const year = day.slice(0, 4);
    years[year] ??= { holidays: [], workingWeekends: [], status: 'official' };
    if (day === swappedSaturday) years[year].workingWeekends.push(day);
    else years[year].holidays.push(day);
  }
  return { calendar: parseProductionCalendar({ source: 'test', years }), holidays, swappedSaturday };
}
