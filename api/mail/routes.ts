import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import { mailMessageSchema, mailSummarySchema } from '../../shared/schemas/views';
import { z } from '../../shared/schemas/zod';
import type { ApiContext } from '../context';
import { listQuerySchema, pageOf, setContentRange } from '../http/listParams';
import { parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { createMailbox } from './mailbox';

const mailQuery = listQuerySchema(z.object({}), ['date']);

describeRoute({
  method: 'get',
  path: '/api/mail',
  summary: "The local mail server's messages, newest first (admins; embedded default)",
  request: { query: mailQuery },
  responses: {
    200: {
      description: 'Messages; Content-Range gives the total',
      content: { 'application/json': { schema: z.array(mailSummarySchema) } },
    },
  },
});
describeRoute({
  method: 'get',
  path: '/api/mail/{id}',
  summary: 'One message, parsed: headers, text and HTML',
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: { description: 'The message', content: { 'application/json': { schema: mailMessageSchema } } } },
});

/** Admins read what the system mailed (MAIL_DIR, filled by the local mail server of `npm start`). */
export function createMailRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const mailbox = createMailbox(ctx.config.MAIL_DIR);
  router.get('/mail', async (req, res) => {
    const query = parseQuery(mailQuery, req.query);
    const { skip, take } = pageOf(query.range, 25);
    const { items, total } = await mailbox.page(skip, take);
    setContentRange(res, 'mail', skip, items.length, total);
    res.json(items);
  });
  router.get('/mail/:id', async (req, res) => {
    const message = await mailbox.message(req.params.id);
    // A mail to the registering operator names the person: reading one is a personal-data read.
    await audit(ctx.prisma, req, { action: 'READ', entity: 'Mail', entityId: message.id });
    res.json(message);
  });
  return router;
}
