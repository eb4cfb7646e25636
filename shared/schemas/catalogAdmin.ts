import { ESCALATION_TARGETS, REJECTION_REASONS, SUPPORT_KINDS } from '../domain';
import { checkedText, nonEmptyText, uuidSchema, z } from './zod';

/** What admins send to change the catalog (issue 13); every change is kept as a version. */

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const codeSchema = z.string().regex(CODE, { error: 'Код: латинские заглавные буквы, цифры и «_», до 40 знаков' });
const days = (max: number) =>
  z
    .number({ error: 'Ожидается число рабочих дней' })
    .int({ error: 'Целое число рабочих дней' })
    .min(0, { error: 'Не меньше 0' })
    .max(max, { error: `Не больше ${max}` });
const distinct = <T>(list: T[]) => new Set(list).size === list.length;

export const PASSPORT_SECTIONS = ['CONTACTS', 'INCOMES', 'DEBTS', 'HOUSEHOLD'] as const;

export const requiredDocumentSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'Код документа: латинские строчные буквы, цифры и «_»' }),
    name: nonEmptyText(200),
  })
  .strict();

export const measureInputSchema = z
  .object({
    code: codeSchema,
    name: nonEmptyText(300),
    kind: z.enum(SUPPORT_KINDS, { error: 'Выберите вид поддержки' }),
    description: checkedText('long').max(2000, { error: 'Не длиннее 2000 символов' }).default(''),
    organisationId: uuidSchema,
    acceptWorkingDays: days(60),
    resolveWorkingDays: days(250).min(1, { error: 'Не меньше 1' }),
    reminderWorkingDaysBefore: days(30),
    requiredDocuments: z
      .array(requiredDocumentSchema)
      .max(20)
      .refine((l) => distinct(l.map((d) => d.code)), { error: 'Документ указан дважды' })
      .default([]),
    relevantPassportSections: z.array(z.enum(PASSPORT_SECTIONS)).max(4).default(['CONTACTS']),
    active: z.boolean().default(true),
  })
  .strict()
  .refine((m) => m.reminderWorkingDaysBefore < m.resolveWorkingDays, {
    path: ['reminderWorkingDaysBefore'],
    error: 'Напоминание должно приходить раньше срока решения',
  })
  .openapi('SupportMeasureInput');

export const organisationInputSchema = z
  .object({
    code: codeSchema,
    name: nonEmptyText(300),
    shortName: nonEmptyText(100),
    kind: z.enum(['MINISTRY', 'DEPARTMENT', 'REGIONAL_COORDINATOR'], { error: 'Выберите тип организации' }),
    email: z.email({ error: 'Адрес электронной почты' }),
    parentId: uuidSchema.nullable().default(null),
    scopeMunicipalityIds: z.array(uuidSchema).max(100).default([]),
    active: z.boolean().default(true),
  })
  .strict()
  .refine((o) => o.parentId === null || o.scopeMunicipalityIds.length > 0, {
    path: ['scopeMunicipalityIds'],
    error: 'Подведомственной организации укажите муниципалитеты, в которых она работает',
  })
  .openapi('OrganisationInput');

export const municipalityInputSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, { error: 'Код: латинские строчные буквы, цифры и «-»' }),
    name: nonEmptyText(200),
    kind: z.enum(['URBAN_OKRUG', 'MUNICIPAL_RAION'], { error: 'Выберите вид муниципального образования' }),
    region: z
      .string()
      .regex(/^RU-[A-Z]{2,3}$/, { error: 'Код региона ISO 3166-2, например RU-SAM' })
      .default('RU-SAM'),
    active: z.boolean().default(true),
  })
  .strict()
  .openapi('MunicipalityInput');

export const escalationChainInputSchema = z
  .object({
    levels: z
      .array(
        z
          .object({
            target: z.enum(ESCALATION_TARGETS, { error: 'Выберите, кого уведомлять' }),
            afterWorkingDays: days(60),
            title: nonEmptyText(200),
          })
          .strict(),
      )
      .min(1, { error: 'Нужен хотя бы один уровень' })
      .max(10)
      .refine((l) => l.every((x, i) => i === 0 || x.afterWorkingDays >= l[i - 1].afterWorkingDays), {
        error: 'Уровни идут по возрастанию числа дней после срока',
      }),
  })
  .strict()
  .openapi('EscalationChainInput');

export const rejectionReasonInputSchema = z
  .object({ name: nonEmptyText(200), active: z.boolean().default(true), position: z.number().int().min(0).max(1000).default(0) })
  .strict()
  .openapi('RejectionReasonInput');

export const rejectionReasonCodeSchema = z.enum(REJECTION_REASONS);

export const CATALOG_ENTITIES = [
  'SupportMeasure',
  'Organisation',
  'Municipality',
  'EscalationChain',
  'RejectionReason',
  'EgissoMeasureMapping',
] as const;
export type CatalogEntity = (typeof CATALOG_ENTITIES)[number];

export const catalogVersionSchema = z
  .object({
    id: z.string(),
    entity: z.enum(CATALOG_ENTITIES),
    entityId: z.string(),
    version: z.number().int(),
    data: z.record(z.string(), z.unknown()),
    changedAt: z.string(),
    changedById: z.string().nullable(),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .openapi('CatalogVersion');

export const catalogHistoryFilterSchema = z.object({
  entity: z.enum(CATALOG_ENTITIES).optional(),
  entityId: z.string().max(100).optional(),
});

export const organisationAdminSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    shortName: z.string(),
    kind: z.string(),
    email: z.string(),
    parentId: z.uuid().nullable(),
    scopeMunicipalityIds: z.array(z.uuid()),
    active: z.boolean(),
  })
  .openapi('OrganisationAdmin');

export const municipalityAdminSchema = z
  .object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.string(), region: z.string(), active: z.boolean() })
  .openapi('MunicipalityAdmin');

export const escalationLevelSchema = z
  .object({ level: z.number().int(), target: z.string(), afterWorkingDays: z.number().int(), title: z.string() })
  .openapi('EscalationLevel');

export const escalationChainSchema = z
  .object({ id: z.literal('region'), version: z.number().int(), levels: z.array(escalationLevelSchema) })
  .openapi('EscalationChain');

export const rejectionReasonSchema = z
  .object({ id: z.string(), code: z.string(), name: z.string(), active: z.boolean(), position: z.number().int() })
  .openapi('RejectionReason');
