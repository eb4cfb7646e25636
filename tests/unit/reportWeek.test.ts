import { weekBefore, weekDays, weekOf } from '../../shared/reports/reportWeek';

describe('the ISO weeks of the weekly report', () => {
  it('names the week of a day by its Thursday, across the turn of the year', () => {
    expect(weekOf('2026-12-07')).toBe('2026-W50');
    expect(weekOf('2026-12-13')).toBe('2026-W50');
    expect(weekOf('2027-01-01')).toBe('2026-W53');
    expect(weekOf('2025-12-29')).toBe('2026-W01');
  });

  it('gives Monday and Sunday of a week, and nothing for a week that does not exist', () => {
    expect(weekDays('2026-W50')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(weekDays('2026-W53')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(weekDays('2026-W01')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    for (const bad of ['2027-W53', '2026-W00', '2026-W7', '2026-12-07']) expect(weekDays(bad)).toBeNull();
  });

  it('reports on a Monday, or any day, the whole week before', () => {
    expect(weekBefore('2026-12-07')).toBe('2026-W49');
    expect(weekBefore('2026-12-13')).toBe('2026-W49');
    expect(weekBefore('2027-01-04')).toBe('2026-W53');
  });
});
