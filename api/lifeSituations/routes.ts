import type { Router } from 'express';
import {
  lifeSituationCreateSchema,
  lifeSituationFilterSchema,
  lifeSituationSchema,
  lifeSituationUpdateSchema,
} from '../../shared/schemas/lifeSituation';
import { z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import { audit, diff } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { createLifeSituationService } from './service';

const listQuery = listQuerySchema(lifeSituationFilterSchema, ['position']);
const idParams = z.object({ id: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const WHAT = 'Жизненная ситуация';

describeRoute({
  method: 'get',
  path: '/api/life-situations',
  summary: 'Life situations with their eligibility rules (react-admin list: filter by active, subject)',
  request: { query: listQuery },
  responses: { 200: { description: 'Situations in their order', ...json(z.array(lifeSituationSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/life-situations/{id}',
  request: { params: idParams },
  responses: { 200: { description: 'One situation', ...json(lifeSituationSchema) } },
});
describeRoute({
  method: 'post',
  path: '/api/life-situations',
  summary: 'Add a life situation; its rule may only use allowed json-logic operations and known facts',
  request: { body: json(lifeSituationCreateSchema) },
  responses: { 201: { description: 'The situation', ...json(lifeSituationSchema) } },
});
describeRoute({
  method: 'put',
  path: '/api/life-situations/{id}',
  summary: 'Change a situation, its rule or its measures (audited before/after)',
  request: { params: idParams, body: json(lifeSituationUpdateSchema) },
  responses: { 200: { description: 'The situation', ...json(lifeSituationSchema) } },
});

export function createLifeSituationsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const situations = createLifeSituationService(ctx.prisma);

  router.get('/life-situations', async (req, res) => {
    const query = parseQuery(listQuery, req.query);
    const page = pageOf(query.range, 100);
    const { rows, total } = await situations.list(query.filter ?? {}, page);
    setContentRange(res, 'life-situations', page.skip, rows.length, total);
    res.json(rows);
  });
  router.get('/life-situations/:id', async (req, res) => {
    res.json(await situations.get(parseId(req.params.id, WHAT)));
  });
  router.post('/life-situations', async (req, res) => {
    const row = await situations.create(parseBody(lifeSituationCreateSchema, req.body));
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'LifeSituation', entityId: row.id, changes: diff({}, row) });
    res.status(201).json(row);
  });
  router.put('/life-situations/:id', async (req, res) => {
    const id = parseId(req.params.id, WHAT);
    const { before, after } = await situations.update(id, parseBody(lifeSituationUpdateSchema, req.body));
    const { updatedAt: _before, ...was } = before;
    const { updatedAt: _after, ...now } = after;
    await audit(ctx.prisma, req, { action: 'UPDATE', entity: 'LifeSituation', entityId: id, changes: diff(was, now) });
    res.json(after);
  });
  return router;
}
