import type { DebtKind, IncomeSource } from '../domain';
import { RELATION_NAMES } from '../domainNames';

export const INCOME_SOURCE_TITLES: Record<IncomeSource, string> = {
  SALARY: 'Зарплата',
  PENSION: 'Пенсия',
  BENEFIT: 'Пособие',
  ALIMONY: 'Алименты',
  SELF_EMPLOYMENT: 'Самозанятость',
  OTHER: 'Другое',
};

export const DEBT_KIND_TITLES: Record<DebtKind, string> = {
  UTILITIES: 'ЖКУ',
  LOAN: 'Кредит',
  TAX: 'Налоги',
  ALIMONY: 'Алименты',
  FINE: 'Штрафы',
  OTHER: 'Другое',
};

const DAY_HINT = 'ДД.ММ.ГГГГ или ГГГГ-ММ-ДД';
const listOf = (titles: Record<string, string>) => Object.values(titles).join(', ');
const optional = <K extends string>(key: K, header: string, hint = '', example = '') => ({ key, header, required: false, example, hint });
const required = <K extends string>(key: K, header: string, example: string, hint = '') => ({ key, header, required: true, example, hint });

/**
 * The import template: one row per person; rows with the same family number form one household
 * (its municipality and address are taken from the family's first row). A person has at most one
 * phone, one e-mail, one income and one debt in a row; what is left empty is not imported. The
 * relation columns say who the person is to other members of the same family in the file.
 */
export const IMPORT_COLUMNS = [
  required('family', 'Номер семьи', '1', 'Одинаковый номер у всех членов одной семьи в файле'),
  required('municipality', 'Код муниципалитета', 'samara', 'Код из справочника муниципалитетов'),
  required('address', 'Адрес семьи', 'г. Самара ул. Ленина д. 1 кв. 2'),
  required('lastName', 'Фамилия', 'Семёнова'),
  required('firstName', 'Имя', 'Анна'),
  optional('middleName', 'Отчество', 'Если есть', 'Петровна'),
  required('birthDate', 'Дата рождения', '14.03.1988', DAY_HINT),
  required('sex', 'Пол', 'Ж', 'М или Ж'),
  required('snils', 'СНИЛС', '112-233-445 95', '11 цифр, с контрольным числом'),
  optional('phone', 'Телефон', '+7XXXXXXXXXX', '+79270000000'),
  optional('email', 'Эл. почта'),
  optional('incomeSource', 'Доход: источник', listOf(INCOME_SOURCE_TITLES), 'Зарплата'),
  optional('incomeAmount', 'Доход: сумма в рублях', 'В месяц', '32000'),
  optional('incomePeriod', 'Доход: месяц', 'ГГГГ-ММ', '2026-10'),
  optional('debtKind', 'Долг: вид', listOf(DEBT_KIND_TITLES)),
  optional('debtCreditor', 'Долг: кредитор'),
  optional('debtAmount', 'Долг: сумма в рублях'),
  optional('debtSince', 'Долг: с даты', DAY_HINT),
  optional(
    'relationKind',
    'Родство: кем приходится',
    `Кем этот человек приходится лицу из столбца «Родство: с кем»: ${listOf(RELATION_NAMES)}. ` +
      'Несколько значений — через запятую, по одному на каждое лицо',
  ),
  optional(
    'relationTo',
    'Родство: с кем',
    'СНИЛС или номер строки этого файла (например, строки заявителя) члена той же семьи; несколько — через запятую',
  ),
];

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

const headerKey = (header: string) => header.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** Where each template column is in the file (columns may come in any order), or which required ones are missing. */
export function locateColumns(headers: string[]): { positions: Partial<Record<ImportColumnKey, number>>; missing: string[] } {
  const byHeader = new Map(headers.map((h, i) => [headerKey(h), i]));
  const positions: Partial<Record<ImportColumnKey, number>> = {};
  const missing: string[] = [];
  for (const column of IMPORT_COLUMNS) {
    const at = byHeader.get(headerKey(column.header));
    if (at !== undefined) positions[column.key] = at;
    else if (column.required) missing.push(column.header);
  }
  return { positions, missing };
}

export const headerOf = (key: string): string => IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
