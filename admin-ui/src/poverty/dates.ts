const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** 'yyyy-MM' as «август 2026». */
export const monthText = (period: string) => `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
/** A calendar day 'yyyy-MM-dd' as dd.MM.yyyy, no time zone involved. */
export const dayText = (day: string) => day.slice(0, 10).split('-').reverse().join('.');
/** Today in the region (Europe/Samara) as 'yyyy-MM-dd'. */
export const regionToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Samara' }).format(new Date());
