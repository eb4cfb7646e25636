import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { v5 as uuidv5 } from 'uuid';
import type { EscalationTarget } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';
import { TASK_QUEUE } from '../../shared/needCase';
import { describeProblem, planGraphProblem } from '../../shared/plans/dag';
import type { SupportPlanInput } from '../../shared/plans/plan';
import { PLAN_TASK_MEASURE_CODE, SUPPORT_PLAN_INPUT_VERSION, planWorkflowId } from '../../shared/plans/plan';
import type { planCreateSchema, planTemplateCreateSchema } from '../../shared/schemas/plan';
import { planCancelSchema } from '../../shared/schemas/plan';
import { parseBody } from '../http/validate';
import type { z } from '../../shared/schemas/zod';
import { cancelPlanSignal, planRecordedUpdate, supportPlan } from '../../workflows/supportPlan';
import type { ApiContext } from '../context';
import { personScope } from '../access/scopes';
import { HttpError, conflict, unprocessable } from '../http/errors';
import { needIdFor } from '../needs/registration';
import { withinUpdateDeadline } from '../needs/updateDeadline';
import { pointCase } from './pointCase';
import type { PlanView } from './view';
import { findPlan, loadPlan } from './view';

const POINT_NAMESPACE = '0f2a4f0e-9d57-4c43-8f63-3b5a7d1c9e21';

/** A point's case id follows from its plan and key, so a retried start opens the same cases. */
const pointNeedId = (planId: string, key: string) => uuidv5(`${planId}:${key}`, POINT_NAMESPACE);

/**
 * Starts a plan of the template for one person: the workflow opens each control point as a need
 * case once its predecessors are done. Like a need, only the workflow writes the plan's rows; the
 * call waits until it has, and an Idempotency-Key makes a retry find the same plan.
 */
export async function createPlan(
  ctx: ApiContext,
  actor: Actor,
  body: z.infer<typeof planCreateSchema>,
  idempotencyKey?: string,
): Promise<{ plan: PlanView; created: boolean }> {
  const planId = needIdFor(actor, idempotencyKey ? `plan:${idempotencyKey}` : undefined);
  const existing = await findPlan(ctx.prisma, actor, planId);
  if (existing) {
    if (existing.person.id !== body.personId || existing.template.id !== body.templateId) {
      throw conflict('Idempotency-Key уже использован для другого плана');
    }
    return { plan: existing, created: false };
  }
  const [person, template, chain, taskMeasure] = await Promise.all([
    ctx.prisma.person.findFirst({
      where: { AND: [{ id: body.personId }, personScope(actor)] },
      select: { id: true, municipalityId: true },
    }),
    ctx.prisma.planTemplate.findUnique({
      where: { id: body.templateId },
      include: { points: { orderBy: { position: 'asc' }, include: { measure: true } } },
    }),
    ctx.prisma.escalationLevel.findMany({ orderBy: { level: 'asc' } }),
    ctx.prisma.supportMeasure.findUniqueOrThrow({ where: { code: PLAN_TASK_MEASURE_CODE } }),
  ]);
  const fields: Record<string, string> = {};
  if (!person) fields.personId = 'Человек не найден';
  if (!template || !template.active) fields.templateId = 'Шаблон плана не найден';
  if (!person || !template || !template.active) throw unprocessable(fields);
  const inactive = template.points.find((p) => p.measure && !p.measure.active)?.measure;
  if (inactive) throw unprocessable({ templateId: `Мера «${inactive.name}» больше не предоставляется` });
  const problem = planGraphProblem(template.points);
  if (problem) throw new HttpError(422, 'PLAN_GRAPH_INVALID', describeProblem(problem, titleOf(template.points)));

  const escalationChain = chain.map((l) => ({
    level: l.level,
    target: l.target as EscalationTarget,
    afterWorkingDays: l.afterWorkingDays,
  }));
  const input: SupportPlanInput = {
    version: SUPPORT_PLAN_INPUT_VERSION,
    planId,
    templateId: template.id,
    personId: person.id,
    municipalityId: person.municipalityId,
    createdBy: actor,
    onPredecessorRejected: template.onPredecessorRejected,
    points: template.points.map((p) => ({
      key: p.key,
      title: p.title,
      predecessors: p.predecessors,
      durationWorkingDays: p.durationWorkingDays,
      evidenceDocument: p.evidenceDocument,
      case: pointCase(p, {
        templateName: template.name,
        needId: pointNeedId(planId, p.key),
        personId: person.id,
        municipalityId: person.municipalityId,
        actor,
        taskMeasure,
        escalationChain,
      }),
    })),
  };
  const start = new WithStartWorkflowOperation(supportPlan, {
    workflowId: planWorkflowId(planId),
    taskQueue: TASK_QUEUE,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
  });
  try {
    await withinUpdateDeadline(ctx, () =>
      ctx.temporal.workflow.executeUpdateWithStart(planRecordedUpdate, { startWorkflowOperation: start }),
    );
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  return { plan: await loadPlan(ctx.prisma, actor, planId), created: true };
}

const titleOf = (points: { key: string; title: string }[]) => (key: string) => points.find((p) => p.key === key)?.title ?? key;

/** Asks the plan to stop: it withdraws its open cases and opens no more. Only an open plan of the operator's municipality. */
export async function cancelPlan(
  ctx: ApiContext,
  actor: Actor,
  planId: string,
  body: unknown,
): Promise<{ plan: PlanView; reason: string }> {
  // Found before the body is read: a plan out of scope answers 404 whatever the body, so its existence does not leak.
  const plan = await loadPlan(ctx.prisma, actor, planId);
  const { reason } = parseBody(planCancelSchema, body);
  if (plan.status !== 'ACTIVE') throw conflict('План уже завершён');
  await ctx.temporal.workflow.getHandle(planWorkflowId(planId)).signal(cancelPlanSignal, { actor, reason });
  return { plan, reason };
}

/** A coordinator's new template: its links must form a DAG; each point names a known measure, or is a free task of a known organisation. */
export async function createPlanTemplate(ctx: ApiContext, body: z.infer<typeof planTemplateCreateSchema>) {
  const problem = planGraphProblem(body.points);
  if (problem) throw new HttpError(422, 'PLAN_GRAPH_INVALID', describeProblem(problem, titleOf(body.points)));
  const [measures, organisations] = await Promise.all([
    ctx.prisma.supportMeasure.findMany({
      where: { id: { in: body.points.flatMap((p) => p.measureId ?? []) }, active: true },
      select: { id: true },
    }),
    ctx.prisma.organisation.findMany({ where: { id: { in: body.points.flatMap((p) => p.organisationId ?? []) } }, select: { id: true } }),
  ]);
  const known = new Set([...measures, ...organisations].map((r) => r.id));
  const fields: Record<string, string> = {};
  body.points.forEach((p, i) => {
    if (p.measureId && !known.has(p.measureId)) fields[`points.${i}.measureId`] = 'Мера поддержки не найдена';
    if (p.organisationId && !known.has(p.organisationId)) fields[`points.${i}.organisationId`] = 'Орган власти не найден';
  });
  if (Object.keys(fields).length > 0) throw unprocessable(fields);
  if (await ctx.prisma.planTemplate.findUnique({ where: { code: body.code } })) throw conflict('Шаблон с таким кодом уже есть');
  const { points, ...template } = body;
  return ctx.prisma.planTemplate.create({
    data: { ...template, points: { create: points.map((p, position) => ({ ...p, position })) } },
    include: { points: { orderBy: { position: 'asc' } } },
  });
}
