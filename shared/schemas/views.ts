import { CONTACT_KINDS, DEBT_KINDS, INCOME_SOURCES, NEED_STATUSES, RELATION_KINDS, SEXES } from '../domain';
import { z } from './zod';

/** What the API answers (the OpenAPI document's response schemas); requests are checked by the input schemas. */

const dateTime = z.string().openapi({ format: 'date-time' });
const day = z.string().openapi({ format: 'date' });
const money = z.string().openapi({ description: 'Roubles with two decimals, e.g. "1500.00"' });

export const documentSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    fileName: z.string(),
    mimeType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    seriesId: z.uuid(),
    version: z.number().int(),
    uploadedById: z.uuid(),
    uploadedAt: dateTime,
    deletedAt: dateTime.nullable(),
    deletedById: z.uuid().nullable(),
  })
  .openapi('Document');

export const relationSchema = z
  .object({ id: z.uuid(), fromPersonId: z.uuid(), toPersonId: z.uuid(), kind: z.enum(RELATION_KINDS) })
  .openapi('Relation');

const personNeedSchema = z.object({
  id: z.uuid(),
  status: z.enum(NEED_STATUSES),
  measure: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
  registeredAt: dateTime,
  activeDueAt: dateTime.nullable(),
  escalationLevel: z.number().int(),
  overdue: z.boolean(),
  /** Given where one case is read with its passport. */
  workingDaysLeft: z.number().int().nullable().optional(),
});

export const personSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid().nullable(),
    lastName: z.string(),
    firstName: z.string(),
    middleName: z.string().nullable(),
    birthDate: day,
    sex: z.enum(SEXES),
    snils: z.string().openapi({ description: 'Printed form XXX-XXX-XXX YY', example: '112-233-445 95' }),
    municipalityId: z.uuid(),
    address: z.string(),
    contacts: z.array(z.object({ id: z.uuid(), kind: z.enum(CONTACT_KINDS), value: z.string() })),
    debts: z.array(z.object({ id: z.uuid(), kind: z.enum(DEBT_KINDS), creditor: z.string(), amount: money, since: day })),
    incomes: z.array(z.object({ id: z.uuid(), source: z.enum(INCOME_SOURCES), amount: money, period: z.string() })),
    needs: z.array(personNeedSchema),
    mergedIntoId: z.uuid().nullable().optional().openapi({ description: 'Set on a merged duplicate: the person it was merged into' }),
  })
  .openapi('Person');

export const passportSchema = z
  .object({
    id: z.uuid(),
    address: z.string(),
    municipality: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: dateTime,
    updatedAt: dateTime,
    persons: z.array(personSchema),
    relations: z.array(relationSchema),
  })
  .openapi('Passport');

export const auditEntrySchema = z
  .object({
    id: z.string().openapi({ description: 'A growing number, as a string' }),
    at: dateTime,
    actorId: z.uuid().nullable(),
    actorRole: z.string().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    changes: z.unknown().openapi({ description: 'Written fields as { field: { before, after } }; for reads, what was asked' }),
  })
  .openapi('AuditEntry');

export const workflowHistorySchema = z
  .object({ events: z.array(z.record(z.string(), z.unknown())) })
  .openapi('WorkflowHistory', { description: "The case workflow's event history in Temporal's JSON form" });

export const mailSummarySchema = z
  .object({ id: z.string(), date: dateTime, from: z.string(), to: z.string(), subject: z.string() })
  .openapi('MailSummary');

export const mailMessageSchema = z
  .object({
    id: z.string(),
    date: dateTime.nullable(),
    from: z.string(),
    to: z.string(),
    subject: z.string(),
    messageId: z.string().nullable(),
    text: z.string(),
    html: z.string(),
  })
  .openapi('MailMessage');

export const signedInUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    role: z.string(),
    organisationId: z.uuid().nullable(),
    municipalityId: z.uuid().nullable(),
  })
  .openapi('SignedInUser');

export const sessionTokensSchema = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string().optional(),
    expiresIn: z.number().int().openapi({ description: 'Seconds the access token is valid' }),
    user: signedInUserSchema,
  })
  .openapi('SessionTokens');
