import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// Schemas are shared by the API, the tests and the OpenAPI document; `.openapi()` names them there.
extendZodWithOpenApi(z);
// Messages a schema does not word itself are in Russian, like the rest of what users read.
z.config(z.locales.ru());

export { z };

export const uuidSchema = z.uuid({ error: 'Ожидается идентификатор (UUID)' });
export const isoDateSchema = z.iso.date({ error: 'Ожидается дата в формате ГГГГ-ММ-ДД' });
export const nonEmptyText = (max: number) =>
  z
    .string({ error: 'Обязательное поле' })
    .trim()
    .min(1, { error: 'Обязательное поле' })
    .max(max, { error: `Не длиннее ${max} символов` });

/** An optional text field: empty, null or missing all mean "not given". */
export const optionalText = (max: number) =>
  z
    .string({ error: 'Ожидается текст' })
    .trim()
    .max(max, { error: `Не длиннее ${max} символов` })
    .nullish()
    .transform((v) => v || undefined);

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .openapi('Error');
