import { RELATION_KINDS } from '../domain';
import { IMPORT_STATUSES } from '../register/importBatch';
import { z } from './zod';

export const importBatchSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    status: z.enum(IMPORT_STATUSES),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    errorRows: z.number().int(),
    processedRows: z.number().int(),
    createdPersons: z.number().int(),
    linkedPersons: z.number().int(),
    /** 0..100 of the valid rows written */
    percent: z.number().int(),
    createdAt: z.string(),
    /** true when the same file (by SHA-256) had been uploaded before: nothing new was added */
    repeated: z.boolean().optional(),
  })
  .openapi('ImportBatch');

export const importRowSchema = z
  .object({
    id: z.number().int().openapi({ description: 'The row number in the file (the header is row 1)' }),
    rowNumber: z.number().int(),
    valid: z.boolean(),
    errors: z.array(z.object({ field: z.string(), column: z.string(), message: z.string() })),
    person: z
      .object({ lastName: z.string(), firstName: z.string(), middleName: z.string().nullable(), birthDate: z.string(), family: z.string() })
      .nullable(),
    outcome: z.enum(['CREATED', 'LINKED']).nullable(),
    personId: z.uuid().nullable(),
    duplicateOf: z.uuid().nullable(),
    duplicateScore: z.number().int().nullable(),
    relations: z
      .array(z.object({ row: z.number().int(), kind: z.enum(RELATION_KINDS) }))
      .openapi({ description: 'This person is `kind` of the person in the earlier row `row` (each pair shown on its later row)' }),
  })
  .openapi('ImportRow');

export const importRowFilterSchema = z.object({
  errors: z.enum(['true', 'false']).optional(),
  duplicates: z.enum(['true', 'false']).optional(),
});

export const importDryRunSchema = z
  .object({
    rows: z.number().int(),
    errorRows: z.number().int(),
    families: z.number().int(),
    newHouseholds: z.number().int(),
    newPersons: z.number().int(),
    linkedPersons: z.number().int().openapi({ description: 'Rows whose SNILS the register has already: linked, not created' }),
    likelyDuplicates: z
      .number()
      .int()
      .openapi({ description: 'New persons born the same day as someone with a similar name: they will be flagged' }),
    relations: z
      .number()
      .int()
      .openapi({ description: 'Pairs of relatives the import would link (each written both ways); a pair across two households is not' }),
  })
  .openapi('ImportDryRun');
