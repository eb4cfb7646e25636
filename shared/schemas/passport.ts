import { CONTACT_KINDS, DEBT_KINDS, INCOME_SOURCES, RELATION_KINDS, SEXES } from '../domain';
import { householdCategoriesField, socialCategoryFields, socialCategoryUpdateFields } from './socialCategories';
import { snilsSchema } from '../snils';
import { checkedText, isoDateSchema, nonEmptyText, optionalText, searchText, uuidSchema, z } from './zod';

const today = () => new Date().toISOString().slice(0, 10);

const birthDate = isoDateSchema
  .refine((d) => d >= '1900-01-01', { error: 'Дата рождения не раньше 1900 года' })
  .refine((d) => d <= today(), { error: 'Дата рождения не может быть в будущем' });

const amount = (min: 'positive' | 'nonnegative') =>
  z
    .union([z.string(), z.number()], { error: 'Укажите сумму' })
    .transform((v) => String(v).trim().replace(',', '.'))
    .refine((v) => /^\d{1,12}(\.\d{1,2})?$/.test(v), { error: 'Сумма в рублях, не более двух знаков после запятой' })
    .refine((v) => (min === 'positive' ? Number(v) > 0 : Number(v) >= 0), { error: 'Сумма должна быть больше нуля' });

export const contactSchema = z
  .object({ kind: z.enum(CONTACT_KINDS, { error: 'Вид контакта: PHONE, EMAIL или OTHER' }), value: nonEmptyText(200) })
  .superRefine((c, ctx) => {
    if (c.kind === 'PHONE' && !/^(\+7|8)\d{10}$/.test(c.value.replace(/[\s()-]/g, ''))) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Телефон в формате +7XXXXXXXXXX' });
    }
    if (c.kind === 'EMAIL' && !z.email().safeParse(c.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Неверный адрес электронной почты' });
    }
  });

export const debtSchema = z.object({
  kind: z.enum(DEBT_KINDS, { error: 'Выберите вид задолженности' }),
  creditor: nonEmptyText(300),
  amount: amount('positive'),
  since: isoDateSchema,
});

export const incomeSchema = z.object({
  source: z.enum(INCOME_SOURCES, { error: 'Выберите источник дохода' }),
  amount: amount('nonnegative'),
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Период в формате ГГГГ-ММ' }),
});

const personFields = {
  lastName: nonEmptyText(100, 'name'),
  firstName: nonEmptyText(100, 'name'),
  middleName: optionalText(100, 'name'),
  birthDate,
  sex: z.enum(SEXES, { error: 'Укажите пол' }),
  snils: snilsSchema,
  address: optionalText(500),
  contacts: z.array(contactSchema).max(20).default([]),
  debts: z.array(debtSchema).max(50).default([]),
  incomes: z.array(incomeSchema).max(120).default([]),
  ...socialCategoryFields,
};

export const passportPersonSchema = z.object({ key: nonEmptyText(40), ...personFields });
export type PassportPersonInput = z.infer<typeof passportPersonSchema>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const listOfObjects = (v: unknown) => Array.isArray(v) && v.every(isObject);
const hasListsOfObjects = (v: unknown) =>
  isObject(v) && listOfObjects(v.persons) && (v.relations === undefined || listOfObjects(v.relations));

const relationKind = z.enum(RELATION_KINDS, { error: 'Выберите вид родства' });

export const passportCreateSchema = z
  .object({
    household: z.object({ municipalityId: uuidSchema, address: nonEmptyText(500), categories: householdCategoriesField }),
    persons: z.array(passportPersonSchema).min(1, { error: 'Добавьте хотя бы одного человека' }).max(20),
    relations: z
      .array(z.object({ from: nonEmptyText(40), to: nonEmptyText(40), kind: relationKind }))
      .max(200)
      .default([]),
  })
  .superRefine(
    (passport, ctx) => {
      const keys = new Set<string>();
      const snils = new Set<string>();
      passport.persons.forEach((p, i) => {
        if (keys.has(p.key)) ctx.addIssue({ code: 'custom', path: ['persons', i, 'key'], message: 'Повторяющийся ключ человека' });
        if (snils.has(p.snils))
          ctx.addIssue({ code: 'custom', path: ['persons', i, 'snils'], message: 'Этот СНИЛС уже указан в паспорте' });
        keys.add(p.key);
        snils.add(p.snils);
      });
      const pairs = new Set<string>();
      (passport.relations ?? []).forEach((r, i) => {
        if (!keys.has(r.from)) ctx.addIssue({ code: 'custom', path: ['relations', i, 'from'], message: 'Нет человека с таким ключом' });
        if (!keys.has(r.to)) ctx.addIssue({ code: 'custom', path: ['relations', i, 'to'], message: 'Нет человека с таким ключом' });
        if (r.from === r.to)
          ctx.addIssue({ code: 'custom', path: ['relations', i, 'to'], message: 'Человек не может быть родственником самому себе' });
        const pair = [r.from, r.to].sort().join('|');
        if (pairs.has(pair)) ctx.addIssue({ code: 'custom', path: ['relations', i], message: 'Связь между этими людьми уже указана' });
        pairs.add(pair);
      });
    },
    // Cross-checks run even when a field elsewhere is wrong, so every mistake is reported at once.
    { when: (payload) => hasListsOfObjects(payload.value) },
  )
  .openapi('PassportCreate');
export type PassportCreateInput = z.infer<typeof passportCreateSchema>;

export const personCreateSchema = z
  .object({
    ...personFields,
    relations: z
      .array(z.object({ toPersonId: uuidSchema, kind: relationKind }))
      .max(20)
      .default([]),
  })
  .openapi('PersonCreate');

export const personUpdateSchema = z
  .object({
    lastName: personFields.lastName,
    firstName: personFields.firstName,
    // Sent empty or null, the middle name is cleared.
    middleName: checkedText('name')
      .max(100, { error: 'Не длиннее 100 символов' })
      .nullable()
      .transform((v) => v || null),
    birthDate,
    sex: personFields.sex,
    address: nonEmptyText(500),
    contacts: z.array(contactSchema).max(20),
    debts: z.array(debtSchema).max(50),
    incomes: z.array(incomeSchema).max(120),
    ...socialCategoryUpdateFields,
  })
  .partial()
  .strict()
  .openapi('PersonUpdate');

export const relationCreateSchema = z
  .object({ fromPersonId: uuidSchema, toPersonId: uuidSchema, kind: relationKind })
  .refine((r) => r.fromPersonId !== r.toPersonId, { path: ['toPersonId'], error: 'Человек не может быть родственником самому себе' })
  .openapi('RelationCreate');

export const passportFilterSchema = z.object({
  q: searchText(100),
  municipalityId: uuidSchema.optional(),
  snils: searchText(20),
  birthDate: isoDateSchema.optional(),
});
