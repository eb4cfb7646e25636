import { TZDate } from '@date-fns/tz';

/**
 * The region's calendar day of an instant, on its own so that workflows can import it without the
 * production calendar (its zod schema would otherwise be bundled into, and evaluated in, every workflow).
 */
export const REGION_TIME_ZONE = 'Europe/Samara';

const pad = (n: number) => String(n).padStart(2, '0');

export function checkInstant(name: string, instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError(`${name} is not a valid date`);
}

/** The calendar day of an instant in the region, 'yyyy-MM-dd'. */
export function localDate(instant: Date): string {
  checkInstant('instant', instant);
  const local = new TZDate(instant.getTime(), REGION_TIME_ZONE);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}
