import type { Request, Response, Router } from 'express';
import { OPEN_STATUSES } from '../../shared/domain';
import { guardedRouter } from '../access/guardedRouter';
import {
  boardQuerySchema,
  boardRowSchema,
  daysQuerySchema,
  measureMedianSchema,
  overdueCasesFilterSchema,
  weekPointSchema,
  weeksQuerySchema,
} from '../../shared/schemas/supervision';
import { queueItemSchema } from '../../shared/schemas/queue';
import { z } from '../../shared/schemas/zod';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { listQuerySchema, pageOf, setContentRange } from '../http/listParams';
import { parseQuery } from '../http/validate';
import { withWorkingDaysLeft } from '../http/workingDaysLeft';
import { describeRoute } from '../openapi/registry';
import { createQueueService } from '../queue/service';
import { medianResolutionByMeasure, openVsOverdueByWeek } from './analytics';
import { escalationThreshold } from './escalations';
import { overdueBoard } from './overdueBoard';
import { overdueCases } from './overdueCases';

const json = (description: string, schema: z.ZodType) => ({ 200: { description, content: { 'application/json': { schema } } } });
const escalationsQuery = listQuerySchema(z.object({}), ['activeDueAt']);
const overdueCasesQuery = listQuerySchema(overdueCasesFilterSchema, ['activeDueAt']);
const caseListItem = queueItemSchema.extend({ workingDaysLeft: z.number().int().nullable() });

describeRoute({
  method: 'get',
  path: '/api/supervision/overdue-board',
  summary: 'Overdue open cases per organisation or municipality, by working days late (1-2, 3-5, 6-10, 11+)',
  request: { query: boardQuerySchema },
  responses: json('Rows, most overdue first', z.array(boardRowSchema)),
});
describeRoute({
  method: 'get',
  path: '/api/supervision/overdue-cases',
  summary: "The board's drill-down: overdue open cases of a group and/or an ageing bucket (react-admin list)",
  request: { query: overdueCasesQuery },
  responses: json('Cases, longest overdue first; Content-Range gives the total', z.array(caseListItem)),
});
describeRoute({
  method: 'get',
  path: '/api/supervision/escalations',
  summary: "Open cases escalated up to the caller's level of the chain, longest overdue first",
  request: { query: escalationsQuery },
  responses: json('Cases; Content-Range gives the total', z.array(caseListItem)),
});
describeRoute({
  method: 'get',
  path: '/api/analytics/open-vs-overdue',
  summary: 'Open and overdue cases at the end of each of the last weeks',
  request: { query: weeksQuerySchema },
  responses: json('One point per week, oldest first', z.array(weekPointSchema)),
});
describeRoute({
  method: 'get',
  path: '/api/analytics/median-resolution',
  summary: 'Median days from registration to support given, per measure',
  request: { query: daysQuerySchema },
  responses: json('One row per measure', z.array(measureMedianSchema)),
});

/** What supervisors, the coordinator and auditors watch: the late cases, the escalations, the trend. */
export function createSupervisionRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const queue = createQueueService(ctx.prisma);

  /** A page of cases in react-admin's dialect; the cases show names, so the read is audited like the queue's. */
  async function sendCases(
    req: Request,
    res: Response,
    resource: string,
    page: { skip: number; total: number; items: { activeDueAt: string | null }[] },
    filter: object,
  ) {
    await audit(ctx.prisma, req, { action: 'SEARCH', entity: 'Need', changes: { list: resource, filter, shown: page.items.length } });
    setContentRange(res, resource, page.skip, page.items.length, page.total);
    res.json(page.items.map((item) => withWorkingDaysLeft(ctx.calendar, item)));
  }

  router.get('/supervision/overdue-board', async (req, res) => {
    const { groupBy } = parseQuery(boardQuerySchema, req.query);
    res.json(await overdueBoard(ctx.prisma, ctx.calendar, actorOf(req), groupBy));
  });
  router.get('/supervision/overdue-cases', async (req, res) => {
    const query = parseQuery(overdueCasesQuery, req.query);
    const filter = query.filter ?? overdueCasesFilterSchema.parse({});
    const { skip, take } = pageOf(query.range, 25);
    const direction = query.sort?.[1] ?? 'ASC';
    const page = await overdueCases(ctx.prisma, ctx.calendar, actorOf(req), filter, { direction, offset: skip, limit: take });
    await sendCases(req, res, 'overdue-cases', { skip, ...page }, filter);
  });
  router.get('/supervision/escalations', async (req, res) => {
    const query = parseQuery(escalationsQuery, req.query);
    const actor = actorOf(req);
    const { skip, take } = pageOf(query.range, 10);
    const filter = { escalatedFrom: await escalationThreshold(ctx.prisma, actor), status: [...OPEN_STATUSES] };
    const direction = query.sort?.[1] ?? 'ASC';
    const page = await queue.page(actor, filter, { sort: 'activeDueAt', direction, limit: take, offset: skip });
    await sendCases(req, res, 'escalations', { skip, ...page }, filter);
  });
  router.get('/analytics/open-vs-overdue', async (req, res) => {
    const { weeks } = parseQuery(weeksQuerySchema, req.query);
    res.json(await openVsOverdueByWeek(ctx.prisma, actorOf(req), weeks));
  });
  router.get('/analytics/median-resolution', async (req, res) => {
    const { days } = parseQuery(daysQuerySchema, req.query);
    res.json(await medianResolutionByMeasure(ctx.prisma, actorOf(req), days));
  });
  return router;
}
