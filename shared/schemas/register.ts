import { isoDateSchema, nonEmptyText, optionalText, uuidSchema, z } from './zod';

/** Fields of a person the merge screen lets the operator take from either side. */
export const MERGE_FIELDS = ['lastName', 'firstName', 'middleName', 'birthDate', 'sex', 'snils', 'address', 'categories'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const duplicateQuerySchema = z
  .object({
    lastName: nonEmptyText(100, 'name'),
    firstName: nonEmptyText(100, 'name'),
    middleName: optionalText(100, 'name'),
    birthDate: isoDateSchema,
    excludePersonId: uuidSchema.optional(),
  })
  .openapi('DuplicateQuery');

export const likelyDuplicateSchema = z
  .object({
    id: z.uuid(),
    lastName: z.string(),
    firstName: z.string(),
    middleName: z.string().nullable(),
    birthDate: z.string(),
    householdId: z.uuid().nullable(),
    municipalityId: z.uuid(),
    score: z
      .number()
      .int()
      .min(0)
      .max(100)
      .openapi({ description: 'Likeness 0..100: name similarity (pg_trgm), higher when born the same day' }),
  })
  .openapi('LikelyDuplicate');

export const mergePairSchema = z
  .object({ survivorId: uuidSchema, mergedId: uuidSchema })
  .refine((m) => m.survivorId !== m.mergedId, { path: ['mergedId'], error: 'Выберите двух разных людей' });

export const personMergeSchema = z
  .object({
    survivorId: uuidSchema,
    mergedId: uuidSchema,
    /** Which side each field is taken from; a field left out keeps the survivor's value. */
    take: z.partialRecord(z.enum(MERGE_FIELDS), z.enum(['survivor', 'merged'], { error: 'Выберите одну из сторон' })).default({}),
  })
  .refine((m) => m.survivorId !== m.mergedId, { path: ['mergedId'], error: 'Выберите двух разных людей' })
  .openapi('PersonMerge');
export type PersonMergeInput = z.infer<typeof personMergeSchema>;
