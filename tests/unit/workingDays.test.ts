import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDays } from '../../shared/calendar/calendarDays';
import { loadProductionCalendar } from '../../shared/calendar/loadProductionCalendar';
import { isWorkingDay, parseProductionCalendar } from '../../shared/calendar/productionCalendar';
import {
  addWorkingDays,
  endOfDay,
  localDate,
  REGION_TIME_ZONE,
  subtractWorkingDays,
  workingDaysBetween,
  workingDaysRemaining,
} from '../../shared/calendar/workingDays';

const calendar = loadProductionCalendar(path.join(__dirname, '../../shared/calendar/ru-production-calendar.json'));
const laborCodeOnly = parseProductionCalendar({ years: {} });

const daysOfYear = (year: number) => {
  const days: string[] = [];
  for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDays(day, 1)) days.push(day);
  return days;
};
const workingDaysIn = (year: number) => daysOfYear(year).filter((day) => isWorkingDay(calendar, day)).length;
const ms = (instant: Date, delta: number) => new Date(instant.getTime() + delta);

describe('the Russian production calendar file', () => {
  it('covers 2025, 2026 and 2027 from the decrees', () => {
    expect(calendar.coveredYears).toEqual([2025, 2026, 2027]);
    expect([...calendar.yearStatus.values()]).toEqual(['official', 'official', 'official']);
  });

  it('has 247 working days in each of 2025, 2026 and 2027', () => {
    expect(workingDaysIn(2025)).toBe(247);
    expect(workingDaysIn(2026)).toBe(247);
    expect(workingDaysIn(2027)).toBe(247);
  });

  it('makes Saturday 1 November 2025 a working day and Monday 3 November a day off', () => {
    expect(isWorkingDay(calendar, '2025-11-01')).toBe(true);
    expect(isWorkingDay(calendar, '2025-11-03')).toBe(false);
  });

  it('knows the 2025 transfers: 2 May, 8 May, 13 June and 31 December are days off', () => {
    for (const day of ['2025-05-02', '2025-05-08', '2025-06-13', '2025-12-31']) expect(isWorkingDay(calendar, day)).toBe(false);
    expect(isWorkingDay(calendar, '2025-12-30')).toBe(true);
  });

  it('knows 2026: 9 January, 9 March and 11 May are days off, 12 January is the first working day', () => {
    for (const day of ['2026-01-09', '2026-03-09', '2026-05-11', '2026-12-31']) expect(isWorkingDay(calendar, day)).toBe(false);
    expect(isWorkingDay(calendar, '2026-01-12')).toBe(true);
  });

  it('knows 2027: Saturday 20 February is worked for Monday 22 February, and 5 November and 31 December are off', () => {
    expect(isWorkingDay(calendar, '2027-02-20')).toBe(true);
    for (const day of ['2027-02-22', '2027-05-03', '2027-05-10', '2027-06-14', '2027-11-05', '2027-12-31']) {
      expect(isWorkingDay(calendar, day)).toBe(false);
    }
  });

  it('records shortened pre-holiday days, all of them working days', () => {
    expect(calendar.shortDays.has('2025-11-01')).toBe(true);
    expect(calendar.shortDays.has('2026-12-30')).toBe(false);
    for (const day of calendar.shortDays) expect(isWorkingDay(calendar, day)).toBe(true);
  });

  it('differs from the Labor Code alone only by the decree transfers (2026: 9 January and 31 December)', () => {
    const differences = daysOfYear(2026).filter((day) => isWorkingDay(calendar, day) !== isWorkingDay(laborCodeOnly, day));
    expect(differences).toEqual(['2026-01-09', '2026-12-31']);
  });
});

describe('a year the file does not cover', () => {
  it('falls back to weekends and the fixed holidays of the Labor Code (2030)', () => {
    expect(calendar.coveredYears).not.toContain(2030);
    expect(isWorkingDay(calendar, '2030-01-03')).toBe(false);
    expect(isWorkingDay(calendar, '2030-03-08')).toBe(false); // Friday
    expect(isWorkingDay(calendar, '2030-06-12')).toBe(false); // Wednesday
    expect(isWorkingDay(calendar, '2030-11-04')).toBe(false); // Monday
    expect(isWorkingDay(calendar, '2030-03-11')).toBe(true);
  });

  it('moves a holiday on a weekend to the next working day (23 February 2030 is a Saturday → Monday 25th)', () => {
    expect(isWorkingDay(calendar, '2030-02-25')).toBe(false);
    expect(isWorkingDay(calendar, '2031-03-10')).toBe(false); // 8 March 2031 is a Saturday
  });

  it('does not move January 1–8 holidays that fall on a weekend, since only a decree can', () => {
    // 5 and 6 January 2030 are Saturday and Sunday.
    expect(isWorkingDay(calendar, '2030-01-09')).toBe(true);
    expect(isWorkingDay(calendar, '2030-01-10')).toBe(true);
  });
});

describe('reading a calendar file', () => {
  const year = (overrides: object) => ({ status: 'official', holidays: [], workingWeekends: [], ...overrides });

  it('names the field of a date that does not exist', () => {
    expect(() => parseProductionCalendar({ years: { 2025: year({ holidays: ['2025-01-01', '2025-02-30'] }) } })).toThrow(
      /at years\.2025\.holidays\.1: "2025-02-30" is not a date written yyyy-MM-dd/,
    );
  });

  it('names a working "weekend" that is a weekday, and a date filed under the wrong year', () => {
    expect(() => parseProductionCalendar({ years: { 2025: year({ workingWeekends: ['2025-11-03'] }) } })).toThrow(
      /years\.2025\.workingWeekends\.0: 2025-11-03 is not a weekend day/,
    );
    expect(() => parseProductionCalendar({ years: { 2025: year({ holidays: ['2026-01-01'] }) } })).toThrow(
      /years\.2025\.holidays\.0: 2026-01-01 is not in 2025/,
    );
  });

  it('requires a status and refuses unknown fields, so a typo cannot silently drop data', () => {
    expect(() => parseProductionCalendar({ years: { 2025: { holidays: [], workingWeekends: [] } } })).toThrow(/years\.2025\.status/);
    expect(() => parseProductionCalendar({ years: { 2025: year({ workingWeekend: [] }) } })).toThrow(/workingWeekend/);
  });

  it('refuses a shortened day that is not a working day and a transfer to a day not listed as off', () => {
    expect(() => parseProductionCalendar({ years: { 2025: year({ holidays: ['2025-05-09'], shortDays: ['2025-05-09'] }) } })).toThrow(
      /years\.2025\.shortDays\.0: 2025-05-09 is not a working day/,
    );
    expect(() => parseProductionCalendar({ years: { 2025: year({ transfers: [{ from: '2025-01-04', to: '2025-05-02' }] }) } })).toThrow(
      /years\.2025\.transfers\.0: 2025-05-02 must be a weekday listed among the holidays/,
    );
  });

  it('names the file when it is not JSON', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'calendar-')), 'broken.json');
    writeFileSync(file, '{ "years": ');
    expect(() => loadProductionCalendar(file)).toThrow(`Cannot read production calendar ${file}`);
  });

  it('refuses a day that is not written yyyy-MM-dd', () => {
    expect(() => isWorkingDay(calendar, '2025-1-1')).toThrow(RangeError);
  });
});

describe('the regional day in Europe/Samara (UTC+4)', () => {
  it('is the zone used', () => {
    expect(REGION_TIME_ZONE).toBe('Europe/Samara');
  });

  it('turns 21:30 UTC on 30 December into 31 December, and 19:30 UTC into 30 December', () => {
    expect(localDate(new Date('2025-12-30T21:30:00Z'))).toBe('2025-12-31');
    expect(localDate(new Date('2025-12-30T19:30:00Z'))).toBe('2025-12-30');
  });

  it('ends a day at local midnight, 20:00 UTC', () => {
    expect(endOfDay('2026-01-13').toISOString()).toBe('2026-01-13T20:00:00.000Z');
  });
});

describe('adding working days', () => {
  it('crosses the New Year block: from Monday 29 December 2025, 3 working days end on 13 January 2026', () => {
    // 30 Dec is day 1; 31 Dec to 11 Jan are off; 12 Jan is day 2; 13 Jan is day 3.
    const due = addWorkingDays(calendar, new Date('2025-12-29T07:00:00Z'), 3);
    expect(due.toISOString()).toBe('2026-01-13T20:00:00.000Z');
    expect(localDate(ms(due, -1))).toBe('2026-01-13');
  });

  it('counts a worked Saturday: from Friday 31 October 2025, day 1 is Saturday 1 November, day 2 is 5 November', () => {
    expect(addWorkingDays(calendar, new Date('2025-10-31T08:00:00Z'), 1)).toEqual(endOfDay('2025-11-01'));
    expect(addWorkingDays(calendar, new Date('2025-10-31T08:00:00Z'), 2)).toEqual(endOfDay('2025-11-05'));
  });

  it('starts from the regional day, not the UTC day', () => {
    expect(addWorkingDays(calendar, new Date('2026-03-02T19:30:00Z'), 1)).toEqual(endOfDay('2026-03-03'));
    expect(addWorkingDays(calendar, new Date('2026-03-02T20:30:00Z'), 1)).toEqual(endOfDay('2026-03-04'));
  });

  it('with 0 days, ends today if today is a working day, else the next working day', () => {
    expect(addWorkingDays(calendar, new Date('2025-12-30T19:30:00Z'), 0)).toEqual(endOfDay('2025-12-30'));
    expect(addWorkingDays(calendar, new Date('2025-12-30T21:30:00Z'), 0)).toEqual(endOfDay('2026-01-12'));
  });

  it('crosses from the file into an uncovered year: from 30 December 2027, 2 working days end on 11 January 2028', () => {
    expect(addWorkingDays(calendar, new Date('2027-12-30T08:00:00Z'), 2)).toEqual(endOfDay('2028-01-11'));
  });

  it("counts from a deadline's own day, so deadlines chain: (from + a) + b = from + (a + b)", () => {
    expect(addWorkingDays(calendar, endOfDay('2026-01-13'), 2)).toEqual(endOfDay('2026-01-15'));
    const from = new Date('2025-12-26T08:00:00Z');
    for (const [a, b] of [
      [1, 1],
      [3, 4],
      [10, 0],
    ]) {
      expect(addWorkingDays(calendar, addWorkingDays(calendar, from, a), b)).toEqual(addWorkingDays(calendar, from, a + b));
    }
  });

  it('refuses a negative or fractional number of days and an invalid date', () => {
    expect(() => addWorkingDays(calendar, new Date(), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, new Date(), 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, new Date('nonsense'), 1)).toThrow(RangeError);
  });
});

describe('counting working days between two instants', () => {
  it('excludes the first day and includes the last', () => {
    expect(workingDaysBetween(calendar, new Date('2026-01-12T06:00:00Z'), new Date('2026-01-16T06:00:00Z'))).toBe(4);
    expect(workingDaysBetween(calendar, new Date('2025-12-29T06:00:00Z'), new Date('2026-01-12T06:00:00Z'))).toBe(2);
  });

  it('is 0 when the end is not after the start', () => {
    const at = new Date('2026-01-14T06:00:00Z');
    expect(workingDaysBetween(calendar, at, at)).toBe(0);
    expect(workingDaysBetween(calendar, at, ms(at, -86_400_000 * 5))).toBe(0);
  });

  it('agrees with adding: n working days after from are n working days away, from any start', () => {
    for (const start of ['2026-04-28T10:00:00Z', '2025-12-31T10:00:00Z', '2025-10-31T21:00:00Z', '2027-02-19T12:00:00Z']) {
      const from = new Date(start);
      for (const n of [1, 2, 5, 12, 30]) {
        const due = addWorkingDays(calendar, from, n);
        expect(workingDaysBetween(calendar, from, ms(due, -1))).toBe(n);
        expect(workingDaysBetween(calendar, from, due)).toBe(n);
      }
    }
  });
});

describe('counting working days over long spans (a case overdue for months)', () => {
  const walked = (cal: typeof calendar, after: string, through: string) => {
    let count = 0;
    for (let day = addDays(after, 1); day <= through; day = addDays(day, 1)) if (isWorkingDay(cal, day)) count += 1;
    return count;
  };
  const at = (day: string) => new Date(`${day}T08:00:00Z`);

  it('counts the same as walking day by day, within a year, across years and outside the calendar file', () => {
    const spans: [string, string][] = [
      ['2026-03-02', '2026-03-02'],
      ['2025-12-30', '2026-01-12'],
      ['2024-12-31', '2025-01-01'],
      ['2024-02-28', '2027-12-31'],
      ['2019-06-15', '2031-01-09'],
      ['2026-12-31', '2027-01-01'],
    ];
    for (const [after, through] of spans) {
      expect(workingDaysBetween(calendar, at(after), at(through))).toBe(walked(calendar, after, through));
      expect(workingDaysBetween(laborCodeOnly, at(after), at(through))).toBe(walked(laborCodeOnly, after, through));
    }
    expect(workingDaysBetween(calendar, at('2025-01-01'), at('2025-12-31'))).toBe(workingDaysIn(2025)); // 1 January is a day off
  });
});

describe('subtracting working days for reminders', () => {
  it('reminds at the end of the working day before the deadline, skipping days off', () => {
    expect(subtractWorkingDays(calendar, endOfDay('2026-01-12'), 1)).toEqual(endOfDay('2025-12-30'));
    expect(subtractWorkingDays(calendar, endOfDay('2025-11-05'), 1)).toEqual(endOfDay('2025-11-01'));
  });

  it('leaves exactly N working days between the reminder and the deadline', () => {
    const due = endOfDay('2026-01-16');
    for (const n of [1, 2, 4]) expect(workingDaysRemaining(calendar, subtractWorkingDays(calendar, due, n), due)).toBe(n);
  });

  it('undoes adding: (from + n) − k = from + (n − k)', () => {
    const from = new Date('2025-12-24T08:00:00Z');
    const due = addWorkingDays(calendar, from, 8);
    for (const k of [1, 3, 7]) expect(subtractWorkingDays(calendar, due, k)).toEqual(addWorkingDays(calendar, from, 8 - k));
  });

  it('with 0 days, reminds at the deadline itself', () => {
    expect(subtractWorkingDays(calendar, endOfDay('2026-01-13'), 0)).toEqual(endOfDay('2026-01-13'));
  });
});

describe('pausing and resuming a deadline clock', () => {
  it('keeps the same number of whole working days across a pause', () => {
    const startedAt = new Date('2025-12-24T08:00:00Z'); // Wednesday
    const due = addWorkingDays(calendar, startedAt, 5); // 25, 26, 29, 30 Dec, 12 Jan
    expect(due).toEqual(endOfDay('2026-01-12'));
    const pausedAt = new Date('2025-12-26T08:00:00Z'); // 25 and 26 Dec used
    const left = workingDaysRemaining(calendar, pausedAt, due);
    expect(left).toBe(3);
    const resumedAt = new Date('2026-01-20T08:00:00Z'); // Tuesday
    const resumedDue = addWorkingDays(calendar, resumedAt, left);
    expect(resumedDue).toEqual(endOfDay('2026-01-23'));
    expect(workingDaysRemaining(calendar, resumedAt, resumedDue)).toBe(left);
  });

  it('leaves the deadline unchanged when paused and resumed on the same day', () => {
    const due = endOfDay('2026-01-16');
    const pausedAt = new Date('2026-01-12T06:00:00Z');
    const resumedAt = new Date('2026-01-12T13:00:00Z');
    expect(addWorkingDays(calendar, resumedAt, workingDaysRemaining(calendar, pausedAt, due))).toEqual(due);
  });

  it('paused on the deadline day, gives the rest of the resume day', () => {
    const due = endOfDay('2026-01-16');
    const left = workingDaysRemaining(calendar, new Date('2026-01-16T06:00:00Z'), due);
    expect(left).toBe(0);
    expect(addWorkingDays(calendar, new Date('2026-02-02T06:00:00Z'), left)).toEqual(endOfDay('2026-02-02'));
  });

  it('has nothing left once the deadline has passed', () => {
    const due = endOfDay('2026-01-16');
    expect(workingDaysRemaining(calendar, due, due)).toBe(0);
    expect(workingDaysRemaining(calendar, ms(due, 1), due)).toBe(0);
  });
});
