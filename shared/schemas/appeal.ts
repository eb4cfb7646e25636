import { receivedAtSchema } from './receivedAt';
import { nonEmptyText, uuidSchema, z } from './zod';

/** A citizen's appeal «по принципу единого окна» (issue 13): several needs of a family at once. */
export const appealCreateSchema = z
  .object({
    householdId: uuidSchema,
    /** the member who applies and signs (for themselves and the family) */
    applicantId: uuidSchema,
    receivedAt: receivedAtSchema.optional(),
    needs: z
      .array(z.object({ personId: uuidSchema, measureId: uuidSchema, description: nonEmptyText(4000, 'long') }).strict())
      .min(1, { error: 'Добавьте хотя бы одну потребность' })
      .max(20, { error: 'Не больше 20 потребностей в одном обращении' }),
  })
  .strict()
  .openapi('AppealCreate');

/** What an appeal's status is, from its needs: open while any is, then how it ended. */
export const APPEAL_STATUSES = ['IN_PROGRESS', 'RESOLVED', 'PARTIALLY_RESOLVED', 'NOT_RESOLVED'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const appealSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    registeredAt: z.string(),
    municipalityId: z.uuid(),
    householdId: z.uuid(),
    address: z.string(),
    applicant: z.object({ id: z.uuid(), fullName: z.string() }),
    status: z.enum(APPEAL_STATUSES),
    needs: z.array(
      z.object({
        needId: z.uuid(),
        caseNumber: z.string(),
        person: z.object({ id: z.uuid(), fullName: z.string() }),
        measure: z.object({ id: z.uuid(), name: z.string() }),
        organisation: z.object({ id: z.uuid(), shortName: z.string(), name: z.string() }),
        status: z.string(),
        resolveDueAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('Appeal');

export const appealFilterSchema = z.object({ householdId: uuidSchema.optional(), q: z.string().max(20).optional() });
