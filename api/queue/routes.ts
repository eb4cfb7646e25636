import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { QUEUE_SORT_FIELDS, queueFilterSchema, queueItemSchema } from '../../shared/schemas/queue';
import { z } from '../../shared/schemas/zod';
import { withAuditSql } from '../audit/auditLog';
import { withWorkingDaysLeft } from '../http/workingDaysLeft';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { listQuerySchema, setContentRange } from '../http/listParams';
import { parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { decodeCursor } from './keyset';
import { mountSavedQueryRoutes } from './savedQueries';
import { createQueueService } from './service';

const queueQuery = listQuerySchema(queueFilterSchema, QUEUE_SORT_FIELDS).extend({
  limit: z.coerce.number().int().min(1).max(200).default(25),
  cursor: z.string().max(500).optional(),
});
const countsQuery = queueQuery.pick({ filter: true });

describeRoute({
  method: 'get',
  path: '/api/queue',
  summary: "The organisation's case queue (keyset paging with cursor/limit, or react-admin range)",
  request: { query: queueQuery },
  responses: {
    200: {
      description:
        'One page; X-Next-Cursor names the next one, X-Total-Count counts the matches up to 10,001; ' +
        'X-Total-Count-Capped: true when there are more than 10,000 (the total is then not counted)',
      content: { 'application/json': { schema: z.array(queueItemSchema) } },
    },
  },
});
describeRoute({
  method: 'get',
  path: '/api/queue/counts',
  summary: 'Cases per status and overdue, for the same filters except status',
  request: { query: countsQuery },
  responses: { 200: { description: 'Counts', content: { 'application/json': { schema: z.record(z.string(), z.number()) } } } },
});

export function createQueueRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const queue = createQueueService(ctx.prisma);

  router.get('/queue', async (req, res) => {
    const query = parseQuery(queueQuery, req.query);
    const [sort, direction] = query.sort ?? ['activeDueAt', 'ASC'];
    const offset = query.range?.[0];
    const limit = query.range ? query.range[1] - query.range[0] + 1 : query.limit;
    const after = query.cursor && !query.range ? decodeCursor(query.cursor) : undefined;
    const searched = { action: 'SEARCH', entity: 'Need', changes: { filter: query.filter ?? {} } } as const;
    const page = await queue.page(actorOf(req), query.filter ?? {}, { sort, direction, limit, after, offset }, (read, shownAtMost) =>
      withAuditSql(read, req, searched, shownAtMost),
    );
    if (query.range) setContentRange(res, 'queue', offset ?? 0, page.items.length, page.total);
    res.set('X-Total-Count', String(page.total));
    if (page.totalCapped) res.set('X-Total-Count-Capped', 'true');
    if (page.nextCursor && !query.range) res.set('X-Next-Cursor', page.nextCursor);
    res.json(page.items.map((item) => withWorkingDaysLeft(ctx.calendar, item)));
  });

  router.get('/queue/counts', async (req, res) => {
    const query = parseQuery(countsQuery, req.query);
    res.json(await queue.counts(actorOf(req), query.filter ?? {}));
  });
  mountSavedQueryRoutes(router, ctx);
  return router;
}
