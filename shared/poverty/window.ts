/** Calendar arithmetic of the assessment, on ISO strings so it runs the same in the API, activities and tests. */

/** The three full calendar months before the date's month: 2026-12-01 → 2026-09, 2026-10, 2026-11. */
export function incomeMonths(date: string, count = 3): string[] {
  const [year, month] = date.split('-').map(Number);
  const months: string[] = [];
  for (let back = count; back >= 1; back--) {
    const index = year * 12 + (month - 1) - back;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** Full years between a birth date and a date ('YYYY-MM-DD'); a birthday on the date counts. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** 'YYYY-MM-DD' → 'DD.MM.YYYY'. */
export const russianDate = (date: string): string => date.split('-').reverse().join('.');
