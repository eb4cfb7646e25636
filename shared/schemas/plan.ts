import { ON_PREDECESSOR_REJECTED } from '../plans/plan';
import { nonEmptyText, uuidSchema, z } from './zod';

export const planCreateSchema = z.object({ personId: uuidSchema, templateId: uuidSchema }).openapi('PlanCreate');

export const planCancelSchema = z.object({ reason: nonEmptyText(4000, 'long') }).openapi('PlanCancel');

const workingDays = z
  .number({ error: 'Укажите число рабочих дней' })
  .int({ error: 'Целое число' })
  .min(1, { error: 'Не меньше 1' })
  .max(250, { error: 'Не больше 250' });

export const planTemplateCreateSchema = z
  .object({
    code: nonEmptyText(100),
    name: nonEmptyText(300),
    description: nonEmptyText(4000, 'long').optional(),
    onPredecessorRejected: z.enum(ON_PREDECESSOR_REJECTED),
    points: z
      .array(
        z
          .object({
            key: nonEmptyText(100),
            title: nonEmptyText(300),
            /** Without a measure the point is a free task: a case of the generic plan-task measure titled by the point. */
            measureId: uuidSchema.optional(),
            /** Who answers for the point (required for a free task; otherwise the measure's organisation). */
            organisationId: uuidSchema.optional(),
            durationWorkingDays: workingDays,
            evidenceDocument: nonEmptyText(300),
            predecessors: z.array(nonEmptyText(100)).max(50),
          })
          .refine((p) => p.measureId !== undefined || p.organisationId !== undefined, {
            error: 'Свободной задаче нужен ответственный орган власти',
            path: ['organisationId'],
          }),
      )
      .min(1, { error: 'Нужна хотя бы одна контрольная точка' })
      .max(50, { error: 'Не больше 50 контрольных точек' }),
  })
  .openapi('PlanTemplateCreate');

const instant = z.string();

export const planTemplateSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    description: z.string(),
    onPredecessorRejected: z.enum(ON_PREDECESSOR_REJECTED),
    points: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        measureId: z.uuid().nullable(),
        organisationId: z.uuid().nullable(),
        durationWorkingDays: z.number().int(),
        evidenceDocument: z.string(),
        predecessors: z.array(z.string()),
      }),
    ),
  })
  .openapi('PlanTemplate');

export const planPointSchema = z.object({
  key: z.string(),
  title: z.string(),
  needId: z.uuid(),
  measure: z.object({ id: z.uuid(), name: z.string() }),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  durationWorkingDays: z.number().int(),
  evidenceDocument: z.string(),
  predecessors: z.array(z.string()),
  status: z.enum(['WAITING', 'OPEN', 'RESOLVED', 'REJECTED', 'CANCELLED', 'BLOCKED']),
  plannedStartAt: instant,
  plannedDueAt: instant,
  startedAt: instant.nullable(),
  closedAt: instant.nullable(),
  late: z.boolean(),
  onCriticalPath: z.boolean(),
  /** The case's escalation level, once the case exists. */
  escalationLevel: z.number().int(),
});

export const planSchema = z
  .object({
    id: z.uuid(),
    template: z.object({ id: z.uuid(), name: z.string() }),
    person: z.object({ id: z.uuid(), fullName: z.string() }),
    status: z.enum(['ACTIVE', 'COMPLETED', 'BLOCKED', 'CANCELLED']),
    onPredecessorRejected: z.enum(ON_PREDECESSOR_REJECTED),
    startedAt: instant,
    plannedEndAt: instant,
    closedAt: instant.nullable(),
    latePoints: z.number().int(),
    /** Highest escalation level among the plan's cases. */
    escalationLevel: z.number().int(),
    criticalPath: z.array(z.string()),
    points: z.array(planPointSchema),
  })
  .openapi('SupportPlan');
