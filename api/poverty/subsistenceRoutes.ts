import type { Router } from 'express';
import {
  subsistenceMinimumCreateSchema,
  subsistenceMinimumFilterSchema,
  subsistenceMinimumSchema,
  subsistenceMinimumUpdateSchema,
} from '../../shared/schemas/poverty';
import { z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import { audit, diff } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { startRegionReassessment } from './reassess';
import { createSubsistenceService } from './subsistenceService';

const listQuery = listQuerySchema(subsistenceMinimumFilterSchema, ['effectiveFrom']);
const idParams = z.object({ id: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

describeRoute({
  method: 'get',
  path: '/api/subsistence-minimums',
  summary: 'The subsistence-minimum table (react-admin list: filter by region, year, group, confirmed)',
  request: { query: listQuery },
  responses: { 200: { description: 'Rows, newest first per region', ...json(z.array(subsistenceMinimumSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/subsistence-minimums/{id}',
  request: { params: idParams },
  responses: { 200: { description: 'One row', ...json(subsistenceMinimumSchema) } },
});
describeRoute({
  method: 'post',
  path: '/api/subsistence-minimums',
  summary: "Add a value (a new year's act); the region's households are re-assessed",
  request: { body: json(subsistenceMinimumCreateSchema) },
  responses: { 201: { description: 'The row', ...json(subsistenceMinimumSchema) } },
});
describeRoute({
  method: 'put',
  path: '/api/subsistence-minimums/{id}',
  summary: "Correct a value or its source (audited before/after); the region's households are re-assessed",
  request: { params: idParams, body: json(subsistenceMinimumUpdateSchema) },
  responses: { 200: { description: 'The row', ...json(subsistenceMinimumSchema) } },
});

export function createSubsistenceRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const table = createSubsistenceService(ctx.prisma);
  // The change is already marked on every household of the region; the run picks them up.
  const reassess = (region: string) =>
    startRegionReassessment(ctx.temporal, { region, onlyStale: true }).catch((err: unknown) =>
      ctx.logger.warn({ err, region }, 'region re-assessment not started; households stay marked for the next run'),
    );

  router.get('/subsistence-minimums', async (req, res) => {
    const query = parseQuery(listQuery, req.query);
    const page = pageOf(query.range, 100);
    const { rows, total } = await table.list(query.filter ?? {}, page);
    setContentRange(res, 'subsistence-minimums', page.skip, rows.length, total);
    res.json(rows);
  });
  router.get('/subsistence-minimums/:id', async (req, res) => {
    res.json(await table.get(parseId(req.params.id, 'Величина прожиточного минимума')));
  });
  router.post('/subsistence-minimums', async (req, res) => {
    const row = await table.create(parseBody(subsistenceMinimumCreateSchema, req.body));
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'SubsistenceMinimum', entityId: row.id, changes: diff({}, row) });
    await reassess(row.region);
    res.status(201).json(row);
  });
  router.put('/subsistence-minimums/:id', async (req, res) => {
    const id = parseId(req.params.id, 'Величина прожиточного минимума');
    const { before, after } = await table.update(id, parseBody(subsistenceMinimumUpdateSchema, req.body));
    const { updatedAt: _before, ...was } = before;
    const { updatedAt: _after, ...now } = after;
    await audit(ctx.prisma, req, { action: 'UPDATE', entity: 'SubsistenceMinimum', entityId: id, changes: diff(was, now) });
    await reassess(after.region);
    res.json(after);
  });
  return router;
}
