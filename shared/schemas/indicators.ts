import { CUTS, GOOD_DIRECTIONS, INDICATOR_SOURCES, PERIODICITIES } from '../indicators/catalog';
import { INDICATOR_IMPORT_STATUSES } from '../indicators/valueImport';
import { isoDateSchema, nonEmptyText, optionalText, uuidSchema, z } from './zod';

const codeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'Код: латинские строчные буквы, цифры и «_», до 40 знаков' });
const periodicitySchema = z.enum(PERIODICITIES, { error: 'Периодичность: DAY, WEEK, MONTH, QUARTER или YEAR' });
const cutSchema = z.enum(CUTS, { error: `Разрез: ${CUTS.join(', ')}` });
const directionSchema = z.enum(GOOD_DIRECTIONS, { error: 'Направление: UP («Возрастающий») или DOWN («Убывающий»)' });
const numberSchema = z.number({ error: 'Ожидается число' }).finite().min(-1e13).max(1e13);

const editable = {
  name: nonEmptyText(300),
  unit: nonEmptyText(40),
  periodicity: periodicitySchema,
  cuts: z
    .array(cutSchema)
    .max(CUTS.length)
    .refine((list) => new Set(list).size === list.length, { error: 'Разрез указан дважды' }),
  goodDirection: directionSchema,
  cumulative: z.boolean(),
  description: optionalText(2000, 'long'),
  baseValue: numberSchema.nullish(),
  baseYear: z.number().int().min(2000).max(2100).nullish(),
  active: z.boolean().default(true),
};

/** Admins add custom indicators; built-in ones come with the system. */
export const indicatorCreateSchema = z
  .object({ code: codeSchema, ...editable })
  .strict()
  .openapi('IndicatorCreate');

/** An edit sends the whole indicator but its code and source. */
export const indicatorUpdateSchema = z.object(editable).strict().openapi('IndicatorUpdate');

export const indicatorSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    unit: z.string(),
    periodicity: z.enum(PERIODICITIES),
    cuts: z.array(z.enum(CUTS)),
    goodDirection: z.enum(GOOD_DIRECTIONS),
    cumulative: z.boolean(),
    source: z.enum(INDICATOR_SOURCES),
    description: z.string(),
    baseValue: z.number().nullable(),
    baseYear: z.number().int().nullable(),
    active: z.boolean(),
  })
  .openapi('Indicator');

export const indicatorFilterSchema = z
  .object({ source: z.enum(INDICATOR_SOURCES).optional(), active: z.boolean().optional(), q: optionalText(100) })
  .strict();

export const indicatorValuesQuerySchema = z
  .object({
    periodicity: periodicitySchema.optional(),
    from: isoDateSchema,
    to: isoDateSchema,
    cut: cutSchema.optional(),
    municipalityId: uuidSchema.optional(),
    organisationId: uuidSchema.optional(),
    measureId: uuidSchema.optional(),
  })
  .refine((q) => q.from <= q.to, { error: 'Начало периода позже его конца', path: ['to'] })
  .openapi('IndicatorValuesQuery');

export const indicatorPointSchema = z
  .object({
    period: z.string(),
    key: z.string().nullable(),
    label: z.string().nullable(),
    value: z.number().nullable(),
    plan: z.number().nullable(),
    verdict: z.enum(['GOOD', 'BAD']).nullable(),
  })
  .openapi('IndicatorPoint');

export const indicatorSeriesSchema = z
  .object({
    indicator: indicatorSchema,
    periodicity: z.enum(PERIODICITIES),
    cut: z.enum(CUTS).nullable(),
    points: z.array(indicatorPointSchema),
  })
  .openapi('IndicatorSeries');

const periodKeySchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?|-Q[1-4]|-W\d{2})?$/, {
  error: 'Период: 2026, 2026-Q1, 2026-03, 2026-W05 или 2026-03-15',
});

export const indicatorTargetsSchema = z
  .object({
    baseValue: numberSchema.nullable(),
    baseYear: z.number().int().min(2000).max(2100).nullable(),
    targets: z.array(z.object({ period: periodKeySchema, municipalityId: uuidSchema.nullable(), value: numberSchema }).strict()).max(1000),
  })
  .strict()
  .openapi('IndicatorTargets');

/** Which columns of an uploaded table hold what; the indicator column may be left out when the route names one. */
export const importMappingSchema = z
  .object({
    indicator: z.string().max(200).optional(),
    territory: z.string().min(1).max(200),
    period: z.string().min(1).max(200),
    value: z.string().min(1).max(200),
  })
  .strict();

export const importFieldsSchema = z
  .object({
    indicatorCode: codeSchema.optional(),
    mapping: z.string().transform((raw, ctx) => {
      try {
        return importMappingSchema.parse(JSON.parse(raw));
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'Сопоставление столбцов: JSON { territory, period, value[, indicator] } с названиями столбцов',
        });
        return z.NEVER;
      }
    }),
    commit: z.enum(['true', 'false']).default('false'),
  })
  .strict();

export const importProblemSchema = z
  .object({ rowNumber: z.number().int(), column: z.string(), message: z.string() })
  .openapi('ImportProblem');

export const importReportSchema = z
  .object({
    fileName: z.string(),
    sha256: z.string(),
    rows: z.number().int(),
    valid: z.number().int(),
    problems: z.array(importProblemSchema),
    alreadyImported: z.boolean(),
    preview: z.array(
      z.object({ rowNumber: z.number().int(), indicator: z.string(), territory: z.string(), period: z.string(), value: z.number() }),
    ),
  })
  .openapi('ImportReport');

/** A committed file of values being written by its workflow: the counters its chunks have reached. */
export const indicatorImportSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    sha256: z.string(),
    status: z.enum(INDICATOR_IMPORT_STATUSES),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    writtenRows: z.number().int(),
    unchangedRows: z.number().int(),
    percent: z.number().int().min(0).max(100),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
    /** The same file was committed before: this is that import, and nothing new is written. */
    repeated: z.boolean(),
  })
  .openapi('IndicatorImport');

/** A stored value of a custom indicator with its provenance (file and row, or the pushing system). */
export const storedValueSchema = z
  .object({
    id: z.uuid(),
    period: z.string(),
    municipalityId: z.uuid(),
    territory: z.string(),
    value: z.number(),
    origin: z.enum(['FILE', 'PUSH']),
    fileName: z.string().nullable(),
    fileSha256: z.string().nullable(),
    rowNumber: z.number().int().nullable(),
    loadedBy: z.string().nullable(),
    systemKey: z.string().nullable(),
    loadedAt: z.string(),
  })
  .openapi('StoredIndicatorValue');

export const systemKeyCreateSchema = z
  .object({ name: nonEmptyText(200) })
  .strict()
  .openapi('SystemKeyCreate');
export const systemKeySchema = z
  .object({ id: z.uuid(), name: z.string(), prefix: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() })
  .openapi('SystemKey');
export const systemKeyCreatedSchema = systemKeySchema.extend({ key: z.string() }).openapi('SystemKeyCreated');

export const pushValuesSchema = z
  .object({
    values: z
      .array(
        z
          .object({
            indicator: codeSchema,
            territory: z.string().min(1).max(100),
            period: periodKeySchema,
            value: numberSchema,
          })
          .strict(),
      )
      .min(1)
      .max(1000),
  })
  .strict()
  .openapi('PushValues');
export const pushResultSchema = z.object({ received: z.number().int(), written: z.number().int() }).openapi('PushResult');

export const WIDGET_KINDS = ['NUMBER', 'TREND', 'BAR', 'TABLE'] as const;
export const widgetSchema = z
  .object({
    indicator: codeSchema,
    kind: z.enum(WIDGET_KINDS),
    cut: cutSchema.nullish(),
    periodicity: periodicitySchema.nullish(),
  })
  .strict()
  .openapi('Widget');
export const dashboardSchema = z
  .object({ widgets: z.array(widgetSchema).max(24) })
  .strict()
  .openapi('Dashboard');
export const dashboardViewSchema = z.object({ widgets: z.array(widgetSchema), saved: z.boolean() }).openapi('DashboardView');
