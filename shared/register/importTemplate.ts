import type { DebtKind, IncomeSource } from '../domain';

/**
 * The import template: one row per person; rows with the same family number form one household
 * (its municipality and address are taken from the family's first row). A person has at most one
 * phone, one e-mail, one income and one debt in a row; what is left empty is not imported.
 */
export const IMPORT_COLUMNS = [
  { key: 'family', header: 'Номер семьи', required: true, example: '1', hint: 'Одинаковый номер у всех членов одной семьи в файле' },
  { key: 'municipality', header: 'Код муниципалитета', required: true, example: 'samara', hint: 'Код из справочника муниципалитетов' },
  { key: 'address', header: 'Адрес семьи', required: true, example: 'г. Самара ул. Ленина д. 1 кв. 2', hint: '' },
  { key: 'lastName', header: 'Фамилия', required: true, example: 'Семёнова', hint: '' },
  { key: 'firstName', header: 'Имя', required: true, example: 'Анна', hint: '' },
  { key: 'middleName', header: 'Отчество', required: false, example: 'Петровна', hint: 'Если есть' },
  { key: 'birthDate', header: 'Дата рождения', required: true, example: '14.03.1988', hint: 'ДД.ММ.ГГГГ или ГГГГ-ММ-ДД' },
  { key: 'sex', header: 'Пол', required: true, example: 'Ж', hint: 'М или Ж' },
  { key: 'snils', header: 'СНИЛС', required: true, example: '112-233-445 95', hint: '11 цифр, с контрольным числом' },
  { key: 'phone', header: 'Телефон', required: false, example: '+79270000000', hint: '+7XXXXXXXXXX' },
  { key: 'email', header: 'Эл. почта', required: false, example: '', hint: '' },
  {
    key: 'incomeSource',
    header: 'Доход: источник',
    required: false,
    example: 'Зарплата',
    hint: 'Зарплата, Пенсия, Пособие, Алименты, Самозанятость, Другое',
  },
  { key: 'incomeAmount', header: 'Доход: сумма в рублях', required: false, example: '32000', hint: 'В месяц' },
  { key: 'incomePeriod', header: 'Доход: месяц', required: false, example: '2026-10', hint: 'ГГГГ-ММ' },
  { key: 'debtKind', header: 'Долг: вид', required: false, example: '', hint: 'ЖКУ, Кредит, Налоги, Алименты, Штрафы, Другое' },
  { key: 'debtCreditor', header: 'Долг: кредитор', required: false, example: '', hint: '' },
  { key: 'debtAmount', header: 'Долг: сумма в рублях', required: false, example: '', hint: '' },
  { key: 'debtSince', header: 'Долг: с даты', required: false, example: '', hint: 'ДД.ММ.ГГГГ или ГГГГ-ММ-ДД' },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

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
