import { EGISSO_FORMS } from '../egisso/forms';
import { isoDateSchema, nonEmptyText, uuidSchema, z } from './zod';

/** How one of our measures is reported to EGISSO (issue 13): admins keep it beside the catalog. */
export const egissoMappingInputSchema = z
  .object({
    egissoCode: z
      .string()
      .regex(/^[0-9A-Za-z.-]{1,20}$/, { error: 'Код меры по классификатору ЕГИССО: цифры, буквы, точки, до 20 знаков' }),
    form: z.enum(EGISSO_FORMS, { error: 'Выберите форму предоставления' }),
    amount: z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, { error: 'Сумма или количество: число, не больше двух знаков после точки' }),
    unitCode: z.string().regex(/^\d{3}$/, { error: 'Код единицы по ОКЕИ: три цифры' }),
    unitName: nonEmptyText(50),
  })
  .strict()
  .openapi('EgissoMappingInput');

export const egissoMappingSchema = z
  .object({
    id: z.uuid(),
    measureCode: z.string(),
    measureName: z.string(),
    organisationId: z.uuid(),
    egissoCode: z.string().nullable(),
    form: z.string().nullable(),
    amount: z.string().nullable(),
    unitCode: z.string().nullable(),
    unitName: z.string().nullable(),
  })
  .openapi('EgissoMapping');

export const egissoExportQuerySchema = z
  .object({ organisationId: uuidSchema, from: isoDateSchema, to: isoDateSchema })
  .refine((q) => q.from <= q.to, { path: ['to'], error: 'Конец периода раньше начала' });
