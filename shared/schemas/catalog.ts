import { z } from './zod';

export const organisationSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    shortName: z.string(),
    kind: z.string(),
    email: z.string(),
    // issue 13: subordinate organisations and their scope
    parentId: z.uuid().nullable().optional(),
    scopeMunicipalityIds: z.array(z.uuid()).optional(),
    active: z.boolean().optional(),
  })
  .openapi('Organisation');

export const municipalitySchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    region: z.string().optional(),
    active: z.boolean().optional(),
  })
  .openapi('Municipality');

export const supportMeasureSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    description: z.string(),
    organisation: z.object({ id: z.uuid(), name: z.string(), shortName: z.string() }),
    acceptWorkingDays: z.number().int(),
    resolveWorkingDays: z.number().int(),
    reminderWorkingDaysBefore: z.number().int(),
    requiredDocuments: z.array(z.object({ code: z.string(), name: z.string() })),
    // issue 13: the admin pages edit these
    relevantPassportSections: z.array(z.string()).optional(),
    organisationId: z.uuid().optional(),
    active: z.boolean().optional(),
    version: z.number().int().optional(),
  })
  .openapi('SupportMeasure');

export const userSummarySchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    role: z.string(),
    organisationId: z.uuid().nullable(),
    municipalityId: z.uuid().nullable(),
    active: z.boolean(),
  })
  .openapi('UserSummary');
