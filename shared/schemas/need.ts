import { NEED_STATUSES, REJECTION_REASONS } from '../domain';
import { receivedAtSchema } from './receivedAt';
import { documentSchema } from './views';
import { isoDateSchema, nonEmptyText, uuidSchema, z } from './zod';

export const needRegisterSchema = z
  .object({
    personId: uuidSchema,
    measureId: uuidSchema,
    description: nonEmptyText(4000, 'long'),
    receivedAt: receivedAtSchema.optional(),
  })
  .openapi('NeedRegistration');

const empty = z.object({}).strict();

/** The body of every case action, by action name. */
export const caseActionSchemas = {
  claim: empty,
  assign: z.object({ assigneeId: uuidSchema }),
  accept: empty,
  requestInfo: z.object({ question: nonEmptyText(4000, 'long') }),
  provideInfo: z.object({ answer: nonEmptyText(4000, 'long') }),
  resolve: z.object({ supportDate: isoDateSchema, report: nonEmptyText(20000, 'long') }),
  reject: z.object({
    reason: z.enum(REJECTION_REASONS, { error: 'Выберите причину отказа из списка' }),
    comment: nonEmptyText(4000, 'long'),
  }),
  cancel: z.object({ reason: nonEmptyText(4000, 'long') }),
  reroute: z.object({ organisationId: uuidSchema, reason: nonEmptyText(4000, 'long') }),
  comment: z.object({ text: nonEmptyText(2000, 'long') }),
  /** The holder (or a supervisor) gives the case back to the organisation's queue, unassigned. */
  unclaim: empty,
} as const;

export type CaseActionName = keyof typeof caseActionSchemas;
export const CASE_ACTION_NAMES = Object.keys(caseActionSchemas) as CaseActionName[];

/** What a case offers its reader now: the action routes above, and uploading a document. */
export const allowedActionSchema = z.enum(['attachDocument', ...CASE_ACTION_NAMES]);

export const documentUploadSchema = z.object({
  kind: z
    .string({ error: 'Укажите вид документа' })
    .trim()
    .regex(/^[a-z0-9_]{1,64}$/, { error: 'Вид документа: латинские буквы, цифры и _' }),
  /** The document this upload is a new version of. */
  replaces: uuidSchema.optional(),
});

/** Who a case is about, as every case view names them. */
export const personNameFields = {
  id: z.uuid(),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  birthDate: z.string(),
};

/** Where a case stands in its queue: shared by the case itself and the queue's rows. */
export const caseTimingFields = {
  /** The short number mails and printed forms give the case. */
  number: z.string(),
  /** Who holds the case, by name; null while it waits in the organisation's queue. */
  assignee: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  measure: z.object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.string() }),
  assigneeId: z.uuid().nullable(),
  registeredAt: z.string(),
  acceptDueAt: z.string().nullable(),
  resolveDueAt: z.string().nullable(),
  activeDueAt: z.string().nullable(),
  overdue: z.boolean(),
  /** Working days of the production calendar left before the active deadline; negative once overdue. */
  workingDaysLeft: z.number().int().nullable().optional(),
  escalationLevel: z.number().int(),
  updatedAt: z.string(),
};

export const needSchema = z
  .object({
    id: z.uuid(),
    workflowId: z.string(),
    status: z.enum(NEED_STATUSES),
    description: z.string(),
    person: z.object({
      ...personNameFields,
      contacts: z.array(z.object({ kind: z.string(), value: z.string() })),
      debts: z.array(z.object({ kind: z.string(), creditor: z.string(), amount: z.string(), since: z.string() })).optional(),
      incomes: z.array(z.object({ source: z.string(), amount: z.string(), period: z.string() })).optional(),
    }),
    ...caseTimingFields,
    organisation: z.object({ id: z.uuid(), name: z.string(), shortName: z.string() }),
    municipalityId: z.uuid(),
    registeredById: z.uuid(),
    registeredBy: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
    /** The family passport the citizen belongs to, for the link from the case. */
    householdId: z.uuid().nullable(),
    /** When the case entered each stage of its stage bar; null for a stage not reached (or left, for waiting). */
    stages: z.object({
      registeredAt: z.string(),
      queuedAt: z.string().nullable(),
      acceptedAt: z.string().nullable(),
      waitingSince: z.string().nullable(),
      closedAt: z.string().nullable(),
    }),
    /** While waiting for information: the question asked. */
    question: z.string().nullable(),
    supportDate: z.string().nullable(),
    report: z.string().nullable(),
    rejectionReason: z.string().nullable(),
    rejectionComment: z.string().nullable(),
    closedAt: z.string().nullable(),
    requiredDocuments: z.array(z.object({ code: z.string(), name: z.string() })),
    /** issue 13: the version of the measure the case started with (null for cases registered before versions were kept) */
    measureVersion: z.number().int().nullable().optional(),
    documents: z.array(documentSchema),
    /** The actions the reader may take now, decided by the case workflow's own rules (workflows/caseRules.ts). */
    allowedActions: z.array(allowedActionSchema),
  })
  .openapi('Need');

export const needEventSchema = z
  .object({
    seq: z.number().int(),
    type: z.string(),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    at: z.string(),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('NeedEvent');
