import { z } from './zod';

/** How many working days past the deadline, by bucket; the last one is open-ended. */
export const AGEING_BUCKETS = [
  { key: '1-2', from: 1, to: 2 },
  { key: '3-5', from: 3, to: 5 },
  { key: '6-10', from: 6, to: 10 },
  { key: '11+', from: 11, to: Infinity },
] as const;

export type AgeingBucket = (typeof AGEING_BUCKETS)[number]['key'];
const AGEING_BUCKET_KEYS = AGEING_BUCKETS.map((b) => b.key) as [AgeingBucket, ...AgeingBucket[]];

const groupBy = z.enum(['organisation', 'municipality']).default('organisation');
export const boardQuerySchema = z.object({ groupBy });

/** The board's drill-down: one group's overdue cases, optionally of one bucket (react-admin `filter`). */
export const overdueCasesFilterSchema = z.object({
  groupBy,
  groupId: z.uuid().optional(),
  bucket: z.enum(AGEING_BUCKET_KEYS, { error: `Срок просрочки: ${AGEING_BUCKET_KEYS.join(', ')}` }).optional(),
});
export type OverdueCasesFilter = z.infer<typeof overdueCasesFilterSchema>;

export const boardRowSchema = z
  .object({
    groupId: z.uuid(),
    groupName: z.string(),
    total: z.number().int(),
    buckets: z.record(z.enum(AGEING_BUCKET_KEYS), z.number().int()),
  })
  .openapi('OverdueBoardRow');

export const weeksQuerySchema = z.object({ weeks: z.coerce.number().int().min(1).max(52).default(12) });
export const weekPointSchema = z
  .object({ weekStart: z.iso.date(), open: z.number().int(), overdue: z.number().int() })
  .openapi('OpenVsOverdueWeek');

export const daysQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(730).default(90) });
export const measureMedianSchema = z
  .object({ measureId: z.uuid(), measureName: z.string(), resolved: z.number().int(), medianDays: z.number() })
  .openapi('MedianResolution');

export const bulkActionSchema = z.object({
  ids: z
    .array(z.uuid({ error: 'Ожидается идентификатор дела' }))
    .min(1, { error: 'Выберите хотя бы одно дело' })
    .max(100, {
      error: 'Не больше 100 дел за раз',
    }),
  assigneeId: z.uuid().optional(),
});
export const bulkResultSchema = z
  .discriminatedUnion('ok', [
    z.object({ id: z.uuid(), ok: z.literal(true), status: z.string() }),
    z.object({ id: z.uuid(), ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
  ])
  .openapi('BulkResult');
