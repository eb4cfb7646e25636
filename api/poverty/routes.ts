import type { Router } from 'express';
import { WorkflowNotFoundError } from '@temporalio/client';
import {
  REGISTER_SORT_FIELDS,
  assessmentSchema,
  calculatorRequestSchema,
  dashboardQuerySchema,
  dashboardRowSchema,
  reassessmentProgressSchema,
  reassessmentStartSchema,
  regionRulesSchema,
  registerFilterSchema,
  registerItemSchema,
  registerSummarySchema,
  storedAssessmentSchema,
} from '../../shared/schemas/poverty';
import { REGIONS } from '../../shared/poverty/regions';
import { z } from '../../shared/schemas/zod';
import { reassessmentProgressQuery, regionReassessmentWorkflowId } from '../../workflows/regionReassessment';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { notFound } from '../http/errors';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { calculate } from './calculator';
import { povertyDashboard } from './dashboard';
import { householdAssessments } from './history';
import { startRegionReassessment } from './reassess';
import { createRegisterService } from './registerService';

const registerQuery = listQuerySchema(registerFilterSchema, REGISTER_SORT_FIELDS);
const summaryQuery = registerQuery.pick({ filter: true });
const historyQuery = listQuerySchema(z.object({}), ['assessedOn']);
const idParams = z.object({ id: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

describeRoute({
  method: 'get',
  path: '/api/poverty/regions',
  summary: "How each region assigns people to the table's groups",
  responses: { 200: { description: 'Regions', ...json(z.array(regionRulesSchema)) } },
});
describeRoute({
  method: 'post',
  path: '/api/poverty/calculator',
  summary: 'Assess a household (by id, audited) or a hypothetical one on a date; nothing is stored',
  request: { body: json(calculatorRequestSchema) },
  responses: { 200: { description: 'The assessment with every input named', ...json(assessmentSchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/poverty/register',
  summary: 'The register of low-income households (current assessments; verdict BELOW unless filtered)',
  request: { query: registerQuery },
  responses: { 200: { description: 'One page; Content-Range gives the total', ...json(z.array(registerItemSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/poverty/register/summary',
  summary: 'Households, people, total and average monthly deficit of the register with the same filters',
  request: { query: summaryQuery },
  responses: { 200: { description: 'Totals', ...json(registerSummarySchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/poverty/dashboard',
  summary: 'Poverty by municipality, age group or sex; each row carries the register filter behind it',
  request: { query: dashboardQuerySchema },
  responses: { 200: { description: 'Rows', ...json(z.array(dashboardRowSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/households/{id}/assessments',
  summary: "A household's stored assessments, newest first (its trajectory)",
  request: { params: idParams, query: historyQuery },
  responses: { 200: { description: 'Assessments', ...json(z.array(storedAssessmentSchema)) } },
});
describeRoute({
  method: 'post',
  path: '/api/poverty/reassessments',
  summary: "Start (or restart) the region's full re-assessment",
  request: { body: json(reassessmentStartSchema) },
  responses: { 202: { description: 'Started', ...json(reassessmentProgressSchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/poverty/reassessments/{region}',
  summary: "Progress of the region's re-assessment",
  request: { params: z.object({ region: z.string() }) },
  responses: { 200: { description: 'Progress', ...json(reassessmentProgressSchema) } },
});

export function createPovertyRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const register = createRegisterService(ctx.prisma);

  // A query answers for a running run and a closed one alike (the worker replays its history).
  async function progress(region: string) {
    const handle = ctx.temporal.workflow.getHandle(regionReassessmentWorkflowId(region));
    try {
      const [description, p] = await Promise.all([handle.describe(), handle.query(reassessmentProgressQuery)]);
      return { workflowId: handle.workflowId, status: description.status.name, ...p };
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw notFound('Пересчёт региона');
      throw err;
    }
  }

  router.get('/poverty/regions', (_req, res) => {
    res.json(Object.values(REGIONS));
  });

  router.post('/poverty/calculator', async (req, res) => {
    const input = parseBody(calculatorRequestSchema, req.body);
    const { assessment, householdId } = await calculate(ctx.prisma, actorOf(req), input, ctx.config.POVERTY_NEAR_BAND_PERMILLE);
    if (householdId) {
      await audit(ctx.prisma, req, {
        action: 'READ',
        entity: 'PovertyCalculator',
        entityId: householdId,
        changes: { date: assessment.assessedOn, verdict: assessment.verdict },
      });
    }
    res.json(assessment);
  });

  router.get('/poverty/register', async (req, res) => {
    const query = parseQuery(registerQuery, req.query);
    const page = pageOf(query.range);
    const [sort, direction] = query.sort ?? ['depthBasisPoints', 'DESC'];
    const filter = query.filter ?? {};
    const { items, total } = await register.page(actorOf(req), filter, { sort, direction, ...page });
    await audit(ctx.prisma, req, { action: 'SEARCH', entity: 'PovertyRegister', changes: { filter, shown: items.length } });
    setContentRange(res, 'poverty-register', page.skip, items.length, total);
    res.json(items);
  });

  router.get('/poverty/register/summary', async (req, res) => {
    const query = parseQuery(summaryQuery, req.query);
    res.json(await register.summary(actorOf(req), query.filter ?? {}));
  });

  router.get('/poverty/dashboard', async (req, res) => {
    res.json(await povertyDashboard(ctx.prisma, actorOf(req), parseQuery(dashboardQuerySchema, req.query)));
  });

  router.get('/households/:id/assessments', async (req, res) => {
    const id = parseId(req.params.id, 'Паспорт');
    const page = pageOf(parseQuery(historyQuery, req.query).range);
    const { items, total } = await householdAssessments(ctx.prisma, actorOf(req), id, page);
    await audit(ctx.prisma, req, { action: 'READ', entity: 'PovertyAssessment', entityId: id, changes: { shown: items.length } });
    setContentRange(res, 'assessments', page.skip, items.length, total);
    res.json(items);
  });

  router.post('/poverty/reassessments', async (req, res) => {
    const input = parseBody(reassessmentStartSchema, req.body);
    await startRegionReassessment(ctx.temporal, input);
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'PovertyReassessment', entityId: input.region, changes: { ...input } });
    res.status(202).json(await progress(input.region));
  });

  router.get('/poverty/reassessments/:region', async (req, res) => {
    res.json(await progress(String(req.params.region)));
  });
  return router;
}
