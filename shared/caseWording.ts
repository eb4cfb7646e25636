import { REGION_TIME_ZONE } from './calendar/workingDays';

const regionDate = new Intl.DateTimeFormat('ru-RU', { timeZone: REGION_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });

/** A case's short number, as mails and printed forms name it. */
export const caseNumber = (needId: string) => needId.slice(0, 8).toUpperCase();

/** The day a deadline falls on (dd.MM.yyyy, Samara): a deadline is the midnight that ends its day, so the day before that instant. */
export const deadlineDay = (due: Date | string | null) => (due ? regionDate.format(new Date(new Date(due).getTime() - 1)) : '—');
