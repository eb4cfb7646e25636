import { QUEUE_SORT_FIELDS, queueFilterSchema } from './queue';
import { nonEmptyText, z } from './zod';

/** The largest setting a user may keep, as JSON: enough for any column choice, too small to misuse as storage. */
export const PREFERENCE_MAX_BYTES = 4096;

/** The queue's columns a user may show, by name (not by position, so a new column does not shift a saved choice). */
export const QUEUE_COLUMNS = [
  'number',
  'status',
  'measure.name',
  'person',
  'assignee',
  'municipality.name',
  'registeredAt',
  'activeDueAt',
] as const;

/** Every setting the workspace keeps on the server, with the shape its value must have. */
export const PREFERENCE_SCHEMAS = {
  'queue.columns': z
    .array(z.enum(QUEUE_COLUMNS, { error: `Столбец очереди: ${QUEUE_COLUMNS.join(', ')}` }))
    .max(QUEUE_COLUMNS.length, { error: `Не больше ${QUEUE_COLUMNS.length} столбцов` })
    .refine((columns) => new Set(columns).size === columns.length, { error: 'Столбец указан дважды' }),
} as const;
export type PreferenceKey = keyof typeof PREFERENCE_SCHEMAS;
export const PREFERENCE_KEYS = Object.keys(PREFERENCE_SCHEMAS) as PreferenceKey[];

export const preferenceSchema = z
  .object({ key: z.enum(PREFERENCE_KEYS), value: z.unknown().nullable() })
  .openapi('UserPreference', { description: 'One setting of the signed-in user; value is null until they make a choice' });
export const preferenceBodySchema = z.object({ value: z.unknown() }).strict().openapi('UserPreferenceBody');

/** What a saved queue query restores: the filters, the order and the page size, as react-admin's list keeps them. */
export const savedQueryValueSchema = z
  .object({
    filter: queueFilterSchema.strict(),
    sort: z.object({
      field: z.enum(QUEUE_SORT_FIELDS, { error: `Поле сортировки: ${QUEUE_SORT_FIELDS.join(', ')}` }),
      order: z.enum(['ASC', 'DESC'], { error: 'Порядок: ASC или DESC' }),
    }),
    perPage: z.number().int().min(1).max(200),
    displayedFilters: z.record(z.string().max(40), z.boolean()).default({}),
  })
  .strict();

export const savedQueryCreateSchema = z
  .object({
    label: nonEmptyText(80),
    shared: z.boolean({ error: 'Укажите да или нет' }).default(false),
    value: savedQueryValueSchema,
  })
  .strict()
  .openapi('SavedQueryCreate');

export const savedQuerySchema = z
  .object({
    id: z.uuid(),
    label: z.string(),
    shared: z.boolean(),
    value: savedQueryValueSchema,
    author: z.object({ id: z.uuid(), fullName: z.string() }),
    /** Only the author may delete a query; the others of the organisation apply it. */
    mine: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('SavedQuery');
