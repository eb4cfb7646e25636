import { addDays } from '../calendar/calendarDays';
import { endOfDay, localDate } from '../calendar/workingDays';
import { isoDateSchema } from './zod';

/** How far back a paper application may be dated when it is keyed in; older is more likely a wrong year. */
export const RECEIVED_AT_MAX_AGE_DAYS = 60;

const today = () => localDate(new Date());

/** The day the citizen's application was received, when it is entered later: its deadlines run from that day. */
export const receivedAtSchema = isoDateSchema
  .refine((day) => day <= today(), { error: 'Дата получения заявления не может быть в будущем' })
  .refine((day) => day >= addDays(today(), -RECEIVED_AT_MAX_AGE_DAYS), {
    error: `Дата получения заявления не может быть раньше чем ${RECEIVED_AT_MAX_AGE_DAYS} дней назад`,
  })
  .openapi({
    description: `Дата получения заявления гражданина (ГГГГ-ММ-ДД), если оно вносится позже: сроки считаются от неё. Не в будущем и не раньше ${RECEIVED_AT_MAX_AGE_DAYS} дней назад.`,
  });

/**
 * The instant a received day stands for in the case: its midday in the region, so deadlines count from
 * that day; none for today, when the application is entered the day it came.
 */
export function receivedInstant(day: string | undefined, now = new Date()): string | undefined {
  if (!day || day >= localDate(now)) return undefined;
  return new Date(endOfDay(day).getTime() - 12 * 60 * 60 * 1000).toISOString();
}
