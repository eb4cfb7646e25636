import { CAMPAIGN_STATUSES } from '../campaigns/campaign';
import { nonEmptyText, uuidSchema, z } from './zod';

export const campaignCriterionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('POVERTY_BELOW') }),
  z.object({ kind: z.literal('LIFE_SITUATION'), situationCode: nonEmptyText(60) }),
]);

export const campaignTargetSchema = z.object({
  measureId: uuidSchema,
  municipalityId: uuidSchema,
  criterion: campaignCriterionSchema,
});

export const campaignStartSchema = campaignTargetSchema.extend({
  title: nonEmptyText(120),
  batchSize: z.number().int().min(1).max(1000).optional(),
  pauseBetweenBatchesMs: z.number().int().min(0).max(60_000).optional(),
});

export const campaignPreviewSchema = z.object({
  households: z.number().int(),
  sample: z.array(z.object({ householdId: z.uuid(), personId: z.uuid(), address: z.string(), applicant: z.string() })),
  measure: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  message: z.object({ text: z.string(), segments: z.number().int(), encoding: z.enum(['GSM-7', 'UCS-2']) }),
});

export const campaignViewSchema = z.object({
  id: z.uuid(),
  workflowId: z.string(),
  title: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  criterion: campaignCriterionSchema,
  measure: z.object({ id: z.uuid(), name: z.string() }),
  municipality: z.object({ id: z.uuid(), name: z.string() }),
  total: z.number().int(),
  processed: z.number().int(),
  registered: z.number().int(),
  messaged: z.number().int(),
  createdBy: z.object({ id: z.uuid(), fullName: z.string() }),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});

export const campaignReportSchema = z.object({
  /** Families a message was sent to. */
  reached: z.number().int(),
  registered: z.number().int(),
  resolved: z.number().int(),
  refused: z.number().int(),
  open: z.number().int(),
});

export const messageViewSchema = z.object({
  id: z.uuid(),
  channel: z.string(),
  recipient: z.string(),
  personId: z.uuid(),
  campaignId: z.uuid().nullable(),
  text: z.string(),
  segments: z.number().int(),
  status: z.string(),
  createdAt: z.iso.datetime(),
});

export const messagesOptOutSchema = z.object({ optOut: z.boolean() });
