import { z } from './zod';

/** One row of the «Сбои» list: a case whose current step keeps failing. No personal data. */
export const failureRowSchema = z
  .object({
    id: z.string(),
    needId: z.uuid().nullable(),
    workflowId: z.string(),
    step: z.enum(['ACTIVITY', 'WORKFLOW_TASK']),
    activityType: z.string().nullable(),
    attempt: z.number().int(),
    failureKind: z.enum(['INVALID_DATA', 'DATABASE_UNAVAILABLE', 'OTHER']),
    message: z.string(),
    stuckSince: z.iso.datetime().nullable(),
    lastFailureAt: z.iso.datetime().nullable(),
    organisation: z.object({ id: z.uuid(), shortName: z.string() }).nullable(),
  })
  .openapi('FailureRow');
export type FailureRow = z.infer<typeof failureRowSchema>;
