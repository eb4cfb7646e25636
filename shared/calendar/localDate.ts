/**
 * The region's calendar day of an instant, on its own so that workflows can import it without the
 * production calendar (its zod schema would otherwise be bundled into, and evaluated in, every workflow).
 */
export const REGION_TIME_ZONE = 'Europe/Samara';

// Intl, not TZDate: inside the workflow sandbox `Date` is Temporal's replacement and TZDate there
// reports a zero offset, so a case's "today" was the UTC day from 00:00 to 04:00 Samara time.
const regionDay = new Intl.DateTimeFormat('en-CA', { timeZone: REGION_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function checkInstant(name: string, instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError(`${name} is not a valid date`);
}

/** The calendar day of an instant in the region, 'yyyy-MM-dd'. */
export function localDate(instant: Date): string {
  checkInstant('instant', instant);
  const parts = regionDay.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
