/** Every date and time in the workspace is shown in the region's time, whatever the browser's zone. */
const REGION = 'Europe/Samara';

export const samaraDate = new Intl.DateTimeFormat('ru-RU', { timeZone: REGION, day: '2-digit', month: '2-digit', year: 'numeric' });
export const samaraDateTime = new Intl.DateTimeFormat('ru-RU', { timeZone: REGION, dateStyle: 'short', timeStyle: 'short' });

/** The day a deadline falls on: a deadline is the midnight that ends its day, so the day shown is the one before it. */
export const deadlineDay = (due: string) => samaraDate.format(new Date(new Date(due).getTime() - 1));
