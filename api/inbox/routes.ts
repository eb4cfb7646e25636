import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { z } from '../../shared/schemas/zod';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { listQuerySchema, pageOf, setContentRange } from '../http/listParams';
import { parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { createInboxService } from './service';

const countsSchema = z.object({ waiting: z.number().int(), escalations: z.number().int() }).openapi('InboxCounts');
const waitingItemSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    person: z.object({ id: z.uuid(), lastName: z.string(), firstName: z.string(), middleName: z.string().nullable() }),
    measure: z.object({ name: z.string() }),
    organisation: z.object({ shortName: z.string() }),
    question: z.string(),
    askedAt: z.string(),
    askedBy: z.string().nullable(),
  })
  .openapi('WaitingForAnswer');
const waitingQuery = listQuerySchema(z.object({}), ['askedAt']);

describeRoute({
  method: 'get',
  path: '/api/inbox/counts',
  summary: "What waits for the signed-in user: an operator's information requests, an overseer's escalations (menu counts)",
  responses: { 200: { description: 'Counts', content: { 'application/json': { schema: countsSchema } } } },
});
describeRoute({
  method: 'get',
  path: '/api/inbox/waiting',
  summary: "«Ждут моего ответа»: the operator's cases waiting for information, with the question (react-admin list)",
  request: { query: waitingQuery },
  responses: {
    200: {
      description: 'Longest waiting first; Content-Range gives the total',
      content: { 'application/json': { schema: z.array(waitingItemSchema) } },
    },
  },
});

/** The inboxes of the menu: what waits for the signed-in person. */
export function createInboxRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const inbox = createInboxService(ctx.prisma);
  router.get('/inbox/counts', async (req, res) => {
    res.json(await inbox.counts(actorOf(req)));
  });
  router.get('/inbox/waiting', async (req, res) => {
    const query = parseQuery(waitingQuery, req.query);
    const { skip, take } = pageOf(query.range, 25);
    const page = await inbox.waiting(actorOf(req), { skip, take });
    // The list shows names: read like the queue, audited as a search.
    await audit(ctx.prisma, req, { action: 'SEARCH', entity: 'Need', changes: { list: 'inbox/waiting', shown: page.items.length } });
    setContentRange(res, 'inbox/waiting', skip, page.items.length, page.total);
    res.json(page.items);
  });
  return router;
}
