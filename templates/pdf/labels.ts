/** What the forms print beyond the domain's names (shared/domainNames.ts): deadlines and dates in Samara time. */
/** Which deadline a reminder or an escalation is about. */
export const DEADLINE_NAMES: Record<string, string> = {
  ACCEPT: 'срок принятия в работу',
  RESOLVE: 'срок оказания поддержки',
};

const samaraDate = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Samara', day: '2-digit', month: '2-digit', year: 'numeric' });
const samaraTime = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Samara', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export const printDate = (iso: string | null) => (iso ? samaraDate.format(new Date(iso)) : '—');
/** dd.MM.yyyy HH:mm in Samara time, whatever the server's zone. */
export const printDateTime = (at: string | Date) => `${samaraDate.format(new Date(at))} ${samaraTime.format(new Date(at))}`;
/** A calendar day ('yyyy-MM-dd') as dd.MM.yyyy, without a time zone shifting it. */
export const printDay = (day: string | null) => (day ? day.split('-').reverse().join('.') : '—');
