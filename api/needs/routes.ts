import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { z } from '../../shared/schemas/zod';
import { workflowHistorySchema } from '../../shared/schemas/views';
import { CASE_ACTION_NAMES, caseActionSchemas, needEventSchema, needRegisterSchema, needSchema } from '../../shared/schemas/need';
import type { CaseActionName } from '../../shared/schemas/need';
import { audit } from '../audit/auditLog';
import { withWorkingDaysLeft } from '../http/workingDaysLeft';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { notFound } from '../http/errors';
import { parseBody } from '../http/validate';
import { ERROR_RESPONSES, describeRoute } from '../openapi/registry';
import { performCaseAction } from './actions';
import { IDEMPOTENCY_KEY_MAX, answerOnce } from './idempotentActions';
import { needEvents, needWorkflowHistory } from './history';
import { registerNeed } from './registration';
import { loadNeed } from './view';

const needParams = z.object({ id: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

describeRoute({
  method: 'post',
  path: '/api/needs',
  summary: 'Register a need; starts its case workflow',
  request: {
    headers: z.object({ 'idempotency-key': z.string().max(200).optional() }),
    body: json(needRegisterSchema),
  },
  responses: {
    201: { description: 'Registered and routed', ...json(needSchema) },
    200: { description: 'Already registered with this Idempotency-Key', ...json(needSchema) },
    503: {
      ...ERROR_RESPONSES[409],
      description:
        'The case workflow did not answer within UPDATE_DEADLINE_MS; retry with the same Idempotency-Key after Retry-After seconds',
      headers: { 'Retry-After': { schema: { type: 'integer' } } },
    },
  },
});
describeRoute({
  method: 'get',
  path: '/api/needs/{id}',
  request: { params: needParams },
  responses: { 200: { description: 'The need', ...json(needSchema) } },
});
for (const action of CASE_ACTION_NAMES) {
  describeRoute({
    method: 'post',
    path: `/api/needs/{id}/${action}`,
    summary: `Case action: ${action}`,
    description:
      'With an Idempotency-Key (per user, case and action) a repeated request gets the first answer back without acting ' +
      'again; while the first one still runs, 409 IDEMPOTENCY_KEY_IN_USE; the same key with another body, 422.',
    request: {
      params: needParams,
      headers: z.object({ 'idempotency-key': z.string().min(1).max(IDEMPOTENCY_KEY_MAX).optional() }),
      body: json(caseActionSchemas[action]),
    },
    responses: {
      200: { description: 'The case after the action', ...json(needSchema) },
      409: { ...ERROR_RESPONSES[409], description: 'Refused by the case rules, or the same Idempotency-Key is still being answered' },
      503: {
        ...ERROR_RESPONSES[409],
        description: 'The case did not answer within UPDATE_DEADLINE_MS; retry after Retry-After seconds',
        headers: { 'Retry-After': { schema: { type: 'integer' } } },
      },
    },
  });
}
describeRoute({
  method: 'get',
  path: '/api/needs/{id}/events',
  request: { params: needParams },
  responses: { 200: { description: 'Business history', ...json(z.array(needEventSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/needs/{id}/workflow-history',
  request: { params: needParams },
  responses: { 200: { description: 'Raw Temporal event history (JSON)', ...json(workflowHistorySchema) } },
});

const needId = (params: unknown): string => {
  const parsed = needParams.safeParse(params);
  if (!parsed.success) throw notFound('Потребность');
  return parsed.data.id;
};

export function createNeedsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  router.post('/needs', async (req, res) => {
    const body = parseBody(needRegisterSchema, req.body);
    const { need, created } = await registerNeed(ctx, actorOf(req), body, req.get('idempotency-key'));
    if (created) await audit(ctx.prisma, req, { action: 'CREATE', entity: 'Need', entityId: need.id, changes: { ...body } });
    res.status(created ? 201 : 200).json(need);
  });
  router.get('/needs/:id', async (req, res) => {
    const need = await loadNeed(ctx.prisma, actorOf(req), needId(req.params));
    await audit(ctx.prisma, req, { action: 'READ', entity: 'Need', entityId: need.id });
    res.json(withWorkingDaysLeft(ctx.calendar, need));
  });
  router.get('/needs/:id/events', async (req, res) => {
    const events = await needEvents(ctx, actorOf(req), needId(req.params));
    await audit(ctx.prisma, req, { action: 'READ', entity: 'NeedEvent', entityId: needId(req.params) });
    res.json(events);
  });
  router.get('/needs/:id/workflow-history', async (req, res) => {
    const history = await needWorkflowHistory(ctx, actorOf(req), needId(req.params));
    await audit(ctx.prisma, req, { action: 'READ', entity: 'WorkflowHistory', entityId: needId(req.params) });
    res.json(history);
  });
  router.post('/needs/:id/:action', async (req, res, next) => {
    const action = req.params.action as CaseActionName;
    if (!CASE_ACTION_NAMES.includes(action)) return next();
    const actor = actorOf(req);
    const id = needId(req.params);
    const request = { userId: actor.userId, needId: id, action, key: req.get('idempotency-key'), body: req.body };
    const answer = await answerOnce(ctx, request, async () => {
      const need = await performCaseAction(ctx, actor, id, action, req.body);
      await audit(ctx.prisma, req, { action: `CASE_${action.toUpperCase()}`, entity: 'Need', entityId: need.id, changes: { ...req.body } });
      return { status: 200, body: need };
    });
    res.status(answer.status).json(answer.body);
  });
  return router;
}
