import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { TextKind } from './text';
import { normalizeText, textProblem } from './text';

// Schemas are shared by the API, the tests and the OpenAPI document; `.openapi()` names them there.
extendZodWithOpenApi(z);
// Messages a schema does not word itself are in Russian, like the rest of what users read.
z.config(z.locales.ru());

export { z };

export const uuidSchema = z.uuid({ error: 'Ожидается идентификатор (UUID)' });
export const isoDateSchema = z.iso.date({ error: 'Ожидается дата в формате ГГГГ-ММ-ДД' });
/**
 * Text of the given kind (see ./text): normalised to NFC and trimmed, refusing what no register
 * should hold, with the reason as the field's message. Empty passes here; `.min(1)` makes it required.
 */
export const checkedText = (kind: TextKind = 'line') =>
  z
    .string({ error: 'Ожидается текст' })
    .overwrite((v) => normalizeText(v, kind))
    .superRefine((v, ctx) => {
      const problem = textProblem(v, kind);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: v });
    });

export const nonEmptyText = (max: number, kind: TextKind = 'line') =>
  checkedText(kind)
    .min(1, { error: 'Обязательное поле' })
    .max(max, { error: `Не длиннее ${max} символов` });

/** An optional text field: empty, null or missing all mean "not given". */
export const optionalText = (max: number, kind: TextKind = 'line') =>
  checkedText(kind)
    .max(max, { error: `Не длиннее ${max} символов` })
    .nullish()
    .transform((v) => v || undefined);

/** A search string or list filter: may be empty, never poison for the database. */
export const searchText = (max: number) =>
  checkedText('line')
    .max(max, { error: `Не длиннее ${max} символов` })
    .optional();

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
      /** 409 on a SNILS registered already: the person who has it (when the caller may open them). */
      existing: z.object({ personId: z.uuid(), householdId: z.uuid().nullable() }).optional(),
    }),
  })
  .openapi('Error');
