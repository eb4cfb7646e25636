import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { planScope } from '../access/scopes';
import { audit } from '../audit/auditLog';
import { planCancelSchema, planCreateSchema, planSchema, planTemplateCreateSchema, planTemplateSchema } from '../../shared/schemas/plan';
import { z } from '../../shared/schemas/zod';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { notFound } from '../http/errors';
import { listQuerySchema, pageOf, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { ERROR_RESPONSES, describeRoute } from '../openapi/registry';
import { cancelPlan, createPlan, createPlanTemplate } from './service';
import { loadPlan } from './view';

const planParams = z.object({ id: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const planQuery = listQuerySchema(z.object({ personId: z.uuid().optional(), status: z.string().optional() }), ['startedAt']);
const planSummarySchema = planSchema.omit({ points: true, criticalPath: true, escalationLevel: true }).openapi('SupportPlanSummary');
const graphInvalid = { ...ERROR_RESPONSES[409], description: 'Invalid fields, or the links form a cycle (PLAN_GRAPH_INVALID names it)' };

describeRoute({
  method: 'get',
  path: '/api/plan-templates',
  summary: 'Plan templates: control points with their predecessors',
  responses: { 200: { description: 'Active templates', ...json(z.array(planTemplateSchema)) } },
});
describeRoute({
  method: 'post',
  path: '/api/plan-templates',
  summary: 'Add a plan template (coordinators); its links must form a DAG',
  request: { body: json(planTemplateCreateSchema) },
  responses: { 201: { description: 'Created', ...json(planTemplateSchema) }, 422: graphInvalid },
});
describeRoute({
  method: 'get',
  path: '/api/plans',
  summary: 'Support plans in the caller’s scope, newest first',
  request: { query: planQuery },
  responses: { 200: { description: 'Plans; Content-Range gives the total', ...json(z.array(planSummarySchema)) } },
});
describeRoute({
  method: 'post',
  path: '/api/plans',
  summary: 'Start a plan of a template for a family member; starts workflow plan-<id>',
  request: { headers: z.object({ 'idempotency-key': z.string().max(200).optional() }), body: json(planCreateSchema) },
  responses: {
    201: { description: 'Started; the first control points are open cases', ...json(planSchema) },
    200: { description: 'Already started with this Idempotency-Key', ...json(planSchema) },
    422: graphInvalid,
    503: {
      ...ERROR_RESPONSES[409],
      description: 'The plan workflow did not answer within UPDATE_DEADLINE_MS; retry with the same Idempotency-Key',
      headers: { 'Retry-After': { schema: { type: 'integer' } } },
    },
  },
});
describeRoute({
  method: 'get',
  path: '/api/plans/{id}',
  request: { params: planParams },
  responses: { 200: { description: 'The plan with its control points', ...json(planSchema) } },
});
describeRoute({
  method: 'post',
  path: '/api/plans/{id}/cancel',
  summary: 'Cancel a plan: its open cases are withdrawn, no more are opened',
  request: { params: planParams, body: json(planCancelSchema) },
  responses: {
    202: { description: 'Accepted; the plan withdraws its open cases', ...json(planSchema) },
    409: { ...ERROR_RESPONSES[409], description: 'The plan is already over' },
  },
});

const planId = (params: unknown): string => {
  const parsed = planParams.safeParse(params);
  if (!parsed.success) throw notFound('План сопровождения');
  return parsed.data.id;
};

export function createPlansRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  router.get('/plan-templates', async (_req, res) => {
    const templates = await ctx.prisma.planTemplate.findMany({
      where: { active: true },
      orderBy: { name: 'asc' },
      include: { points: { orderBy: { position: 'asc' } } },
    });
    res.json(templates.map(templateView));
  });
  router.post('/plan-templates', async (req, res) => {
    const template = await createPlanTemplate(ctx, parseBody(planTemplateCreateSchema, req.body));
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'PlanTemplate', entityId: template.id, changes: { ...req.body } });
    res.status(201).json(templateView(template));
  });
  router.get('/plans', async (req, res) => {
    const query = parseQuery(planQuery, req.query);
    const { skip, take } = pageOf(query.range, 25);
    const where = { AND: [planScope(actorOf(req)), { personId: query.filter?.personId, status: query.filter?.status }] };
    const [rows, total] = await Promise.all([
      ctx.prisma.supportPlan.findMany({
        where,
        orderBy: [{ startedAt: 'desc' }, { id: 'asc' }],
        skip,
        take,
        include: {
          template: { select: { id: true, name: true } },
          person: { select: { id: true, lastName: true, firstName: true, middleName: true } },
        },
      }),
      ctx.prisma.supportPlan.count({ where }),
    ]);
    setContentRange(res, 'plans', skip, rows.length, total);
    res.json(
      rows.map((p) => ({
        id: p.id,
        template: p.template,
        person: { id: p.person.id, fullName: [p.person.lastName, p.person.firstName, p.person.middleName].filter(Boolean).join(' ') },
        status: p.status,
        onPredecessorRejected: p.onPredecessorRejected,
        startedAt: p.startedAt.toISOString(),
        plannedEndAt: p.plannedEndAt.toISOString(),
        closedAt: p.closedAt?.toISOString() ?? null,
        latePoints: p.latePoints,
      })),
    );
  });
  router.post('/plans', async (req, res) => {
    const body = parseBody(planCreateSchema, req.body);
    const { plan, created } = await createPlan(ctx, actorOf(req), body, req.get('idempotency-key'));
    if (created) await audit(ctx.prisma, req, { action: 'CREATE', entity: 'SupportPlan', entityId: plan.id, changes: { ...body } });
    res.status(created ? 201 : 200).json(plan);
  });
  router.get('/plans/:id', async (req, res) => {
    const plan = await loadPlan(ctx.prisma, actorOf(req), planId(req.params));
    await audit(ctx.prisma, req, { action: 'READ', entity: 'SupportPlan', entityId: plan.id });
    res.json(plan);
  });
  router.post('/plans/:id/cancel', async (req, res) => {
    const { plan, reason } = await cancelPlan(ctx, actorOf(req), planId(req.params), req.body);
    await audit(ctx.prisma, req, { action: 'UPDATE', entity: 'SupportPlan', entityId: plan.id, changes: { cancelled: true, reason } });
    res.status(202).json(plan);
  });
  return router;
}

function templateView(t: {
  id: string;
  code: string;
  name: string;
  description: string;
  onPredecessorRejected: 'BLOCK' | 'SKIP';
  points: {
    key: string;
    title: string;
    measureId: string | null;
    organisationId: string | null;
    durationWorkingDays: number;
    evidenceDocument: string;
    predecessors: string[];
  }[];
}) {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.description,
    onPredecessorRejected: t.onPredecessorRejected,
    points: t.points.map(({ key, title, measureId, organisationId, durationWorkingDays, evidenceDocument, predecessors }) => ({
      key,
      title,
      measureId,
      organisationId,
      durationWorkingDays,
      evidenceDocument,
      predecessors,
    })),
  };
}
