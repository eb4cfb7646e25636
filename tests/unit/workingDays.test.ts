import path from 'node:path';
import { loadProductionCalendar } from '../../shared/calendar/loadProductionCalendar';
import { isWorkingDay, parseProductionCalendar } from '../../shared/calendar/productionCalendar';
import { addDays } from '../../shared/calendar/calendarDays';
import {
  addWorkingDays,
  endOfDay,
  localDate,
  subtractWorkingDays,
  workingDaysBetween,
  workingDaysRemaining,
} from '../../shared/calendar/workingDays';

const calendar = loadProductionCalendar(path.join(__dirname, '../../shared/calendar/ru-production-calendar.json'));

const workingDaysIn = (year: number) => {
  let count = 0;
  for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDays(day, 1)) if (isWorkingDay(calendar, day)) count += 1;
  return count;
};

describe('the Russian production calendar', () => {
  it('has 247 working days in 2025 and in 2026', () => {
    expect(workingDaysIn(2025)).toBe(247);
    expect(workingDaysIn(2026)).toBe(247);
  });

  it('knows the transferred days: worked Saturday 1 November 2025, days off 8 May 2025, 9 January and 9 March 2026', () => {
    expect(isWorkingDay(calendar, '2025-11-01')).toBe(true);
    expect(isWorkingDay(calendar, '2025-11-03')).toBe(false);
    expect(isWorkingDay(calendar, '2025-05-08')).toBe(false);
    expect(isWorkingDay(calendar, '2025-06-13')).toBe(false);
    expect(isWorkingDay(calendar, '2026-01-09')).toBe(false);
    expect(isWorkingDay(calendar, '2026-03-09')).toBe(false);
    expect(isWorkingDay(calendar, '2026-01-12')).toBe(true);
  });

  it('falls back to the Labor Code for a year the data does not cover, moving weekend holidays to Monday', () => {
    expect(isWorkingDay(calendar, '2030-01-03')).toBe(false);
    expect(isWorkingDay(calendar, '2030-06-12')).toBe(false); // Wednesday
    expect(isWorkingDay(calendar, '2030-03-08')).toBe(false); // Friday
    expect(isWorkingDay(calendar, '2030-11-04')).toBe(false); // Monday
    expect(isWorkingDay(calendar, '2031-03-10')).toBe(false); // 8 March 2031 is a Saturday
    expect(isWorkingDay(calendar, '2030-01-09')).toBe(true);
  });

  it('rejects a calendar file with a bad date or a working "weekend" that is a weekday, naming the place', () => {
    expect(() => parseProductionCalendar({ years: { 2025: { holidays: ['2025-02-30'], workingWeekends: [] } } })).toThrow(
      /years\.2025\.holidays\.0/,
    );
    expect(() => parseProductionCalendar({ years: { 2025: { holidays: [], workingWeekends: ['2025-11-03'] } } })).toThrow(
      /not a weekend day/,
    );
    expect(() => parseProductionCalendar({ years: { 2025: { holidays: ['2026-01-01'], workingWeekends: [] } } })).toThrow(/not in 2025/);
  });
});

describe('working-day deadlines in the Samara time zone', () => {
  it('counts across the New Year block: from Monday 29 December 2025, 3 working days end on 13 January 2026', () => {
    const due = addWorkingDays(calendar, new Date('2025-12-29T07:00:00Z'), 3);
    expect(due.toISOString()).toBe('2026-01-13T20:00:00.000Z'); // midnight in Samara (UTC+4)
    expect(localDate(new Date(due.getTime() - 1))).toBe('2026-01-13');
  });

  it('counts a worked Saturday: from Friday 31 October 2025, 1 working day ends on Saturday 1 November', () => {
    expect(addWorkingDays(calendar, new Date('2025-10-31T08:00:00Z'), 1)).toEqual(endOfDay('2025-11-01'));
    expect(addWorkingDays(calendar, new Date('2025-10-31T08:00:00Z'), 2)).toEqual(endOfDay('2025-11-05'));
  });

  it('uses the regional day: 21:30 UTC on 30 December is already 31 December in Samara', () => {
    expect(localDate(new Date('2025-12-30T21:30:00Z'))).toBe('2025-12-31');
    expect(addWorkingDays(calendar, new Date('2025-12-30T21:30:00Z'), 0)).toEqual(endOfDay('2026-01-12'));
    expect(addWorkingDays(calendar, new Date('2025-12-30T19:30:00Z'), 0)).toEqual(endOfDay('2025-12-30'));
  });

  it('counts escalation delays from the deadline day itself', () => {
    const due = endOfDay('2026-01-13');
    expect(addWorkingDays(calendar, due, 2)).toEqual(endOfDay('2026-01-15'));
  });

  it('reminds at the end of the working day before the deadline, skipping days off', () => {
    expect(subtractWorkingDays(calendar, endOfDay('2026-01-12'), 1)).toEqual(endOfDay('2025-12-30'));
    expect(subtractWorkingDays(calendar, endOfDay('2026-01-13'), 0)).toEqual(endOfDay('2026-01-13'));
  });

  it('pauses and resumes a clock with the same number of whole working days left', () => {
    const pausedAt = new Date('2025-12-26T08:00:00Z'); // Friday
    const due = addWorkingDays(calendar, pausedAt, 5);
    const left = workingDaysRemaining(calendar, pausedAt, due);
    expect(left).toBe(5);
    const resumedAt = new Date('2026-01-20T08:00:00Z');
    const resumedDue = addWorkingDays(calendar, resumedAt, left);
    expect(workingDaysBetween(calendar, resumedAt, resumedDue)).toBe(5);
    expect(workingDaysRemaining(calendar, new Date(due.getTime() + 1), due)).toBe(0);
  });

  it('counts working days between two instants consistently with adding them', () => {
    const from = new Date('2026-04-28T10:00:00Z');
    for (const n of [1, 5, 12, 30]) expect(workingDaysBetween(calendar, from, addWorkingDays(calendar, from, n))).toBe(n);
  });
});
