import { DEBT_KINDS, INCOME_SOURCES } from '../domain';
import type { DebtKind, IncomeSource, Sex } from '../domain';
import { contactSchema, debtSchema, incomeSchema } from '../schemas/passport';
import type { z } from '../schemas/zod';
import { nonEmptyText, optionalText } from '../schemas/zod';
import { snilsSchema } from '../snils';
import type { ImportRelation } from './importRelations';
import type { ImportColumnKey } from './importTemplate';
import { DEBT_KIND_TITLES, INCOME_SOURCE_TITLES } from './importTemplate';

/** A valid row, ready to be written. */
export interface ImportRowData {
  family: string;
  municipalityId: string;
  address: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  sex: Sex;
  snils: string;
  contacts: { kind: 'PHONE' | 'EMAIL'; value: string }[];
  incomes: { source: IncomeSource; amount: string; period: string }[];
  debts: { kind: DebtKind; creditor: string; amount: string; since: string }[];
  /** Set by the checks across the file (./importRelations); absent in batches uploaded before relations. */
  relations?: ImportRelation[];
}

export interface ImportRowError {
  field: ImportColumnKey;
  message: string;
}

export interface RowContext {
  /** Municipality ids by their code. */
  municipalities: Map<string, string>;
  /** An operator imports only into their own municipality. */
  onlyMunicipalityId?: string;
  /** yyyy-MM-dd: no one is born after it. */
  today: string;
}

/** A calendar date written ДД.ММ.ГГГГ or ГГГГ-ММ-ДД, as yyyy-MM-dd; an impossible date (31.02) is refused. */
export function parseDay(text: string): string | 'format' | 'impossible' {
  const t = text.trim();
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) return 'format';
  const [y, mo, d] = t.includes('.') ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? 'impossible' : iso;
}

const fold = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е');
const byTitle = <K extends string>(codes: readonly K[], titles: Record<K, string>, text: string): K | undefined =>
  codes.find((code) => code.toLowerCase() === fold(text) || fold(titles[code]) === fold(text));

const SEX_WORDS: Record<string, Sex> = {
  м: 'MALE',
  муж: 'MALE',
  мужской: 'MALE',
  male: 'MALE',
  ж: 'FEMALE',
  жен: 'FEMALE',
  женский: 'FEMALE',
  female: 'FEMALE',
};

// Built once: a zod schema is costly to build and cheap to run, and a file has many rows.
const FAMILY = nonEmptyText(40);
const ADDRESS = nonEmptyText(500);
const NAME = nonEmptyText(100, 'name');
const MIDDLE_NAME = optionalText(100, 'name');
const REQUIRED_DATE = nonEmptyText(10);

/** The first message of a zod check of one value, or the parsed value. */
function check<T>(schema: z.ZodType<T>, value: unknown): { value: T } | { message: string } {
  const result = schema.safeParse(value);
  return result.success ? { value: result.data } : { message: result.error.issues[0]?.message ?? 'Неверное значение' };
}

/**
 * Checks one row of an import file field by field, with the passport form's rules (text rules,
 * SNILS check number, dates, amounts), and answers either the row's data or every problem in it.
 */
export function validateImportRow(
  cells: Partial<Record<ImportColumnKey, string>>,
  ctx: RowContext,
): { data?: ImportRowData; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const cell = (key: ImportColumnKey) => (cells[key] ?? '').trim();
  const take = <T>(field: ImportColumnKey, schema: z.ZodType<T>, value: unknown = cell(field)): T | undefined => {
    const r = check(schema, value);
    if ('message' in r) {
      errors.push({ field, message: r.message });
      return undefined;
    }
    return r.value;
  };
  const day = (field: ImportColumnKey): string | undefined => {
    const parsed = parseDay(cell(field));
    if (parsed === 'format') errors.push({ field, message: 'Дата в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД' });
    else if (parsed === 'impossible') errors.push({ field, message: 'Такой даты нет в календаре' });
    else return parsed;
    return undefined;
  };

  const family = take('family', FAMILY);
  const code = cell('municipality');
  let municipalityId: string | undefined = ctx.municipalities.get(code.toLowerCase());
  if (!code) errors.push({ field: 'municipality', message: 'Обязательное поле' });
  else if (!municipalityId) errors.push({ field: 'municipality', message: `Неизвестный муниципалитет «${code.slice(0, 40)}»` });
  else if (ctx.onlyMunicipalityId && municipalityId !== ctx.onlyMunicipalityId) {
    errors.push({ field: 'municipality', message: 'Оператор загружает семьи только своего муниципалитета' });
    municipalityId = undefined;
  }
  const address = take('address', ADDRESS);
  const lastName = take('lastName', NAME);
  const firstName = take('firstName', NAME);
  const middleName = take('middleName', MIDDLE_NAME);
  let birthDate = cell('birthDate') ? day('birthDate') : take('birthDate', REQUIRED_DATE);
  if (birthDate && birthDate < '1900-01-01') {
    errors.push({ field: 'birthDate', message: 'Дата рождения не раньше 1900 года' });
    birthDate = undefined;
  } else if (birthDate && birthDate > ctx.today) {
    errors.push({ field: 'birthDate', message: 'Дата рождения не может быть в будущем' });
    birthDate = undefined;
  }
  const sex = SEX_WORDS[fold(cell('sex'))];
  if (!sex) errors.push({ field: 'sex', message: 'Пол: М или Ж' });
  const snils = take('snils', snilsSchema);

  const contacts: ImportRowData['contacts'] = [];
  for (const [field, kind] of [
    ['phone', 'PHONE'],
    ['email', 'EMAIL'],
  ] as const) {
    if (!cell(field)) continue;
    const r = check(contactSchema, { kind, value: cell(field) });
    if ('message' in r) errors.push({ field, message: r.message });
    else contacts.push({ kind, value: r.value.value });
  }

  const incomes: ImportRowData['incomes'] = [];
  if (cell('incomeSource') || cell('incomeAmount') || cell('incomePeriod')) {
    const source = byTitle(INCOME_SOURCES, INCOME_SOURCE_TITLES, cell('incomeSource'));
    if (!source) errors.push({ field: 'incomeSource', message: 'Источник дохода: ' + Object.values(INCOME_SOURCE_TITLES).join(', ') });
    const amount = take('incomeAmount', incomeSchema.shape.amount);
    const period = take('incomePeriod', incomeSchema.shape.period);
    if (source && amount !== undefined && period !== undefined) incomes.push({ source, amount, period });
  }

  const debts: ImportRowData['debts'] = [];
  if (cell('debtKind') || cell('debtCreditor') || cell('debtAmount') || cell('debtSince')) {
    const kind = byTitle(DEBT_KINDS, DEBT_KIND_TITLES, cell('debtKind'));
    if (!kind) errors.push({ field: 'debtKind', message: 'Вид долга: ' + Object.values(DEBT_KIND_TITLES).join(', ') });
    const creditor = take('debtCreditor', debtSchema.shape.creditor);
    const amount = take('debtAmount', debtSchema.shape.amount);
    const since = day('debtSince');
    if (since && since > ctx.today) errors.push({ field: 'debtSince', message: 'Дата долга не может быть в будущем' });
    else if (kind && creditor !== undefined && amount !== undefined && since) debts.push({ kind, creditor, amount, since });
  }

  if (errors.length > 0 || !family || !municipalityId || !address || !lastName || !firstName || !birthDate || !sex || !snils) {
    return { errors };
  }
  return {
    errors,
    data: {
      family,
      municipalityId,
      address,
      lastName,
      firstName,
      middleName: middleName ?? null,
      birthDate,
      sex,
      snils,
      contacts,
      incomes,
      debts,
    },
  };
}
