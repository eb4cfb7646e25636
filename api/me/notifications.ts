import type { Router } from 'express';
import { caseNumber } from '../../shared/caseWording';
import { z } from '../../shared/schemas/zod';
import { needScope } from '../access/scopes';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { listQuerySchema, pageOf, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';

const KINDS = ['CASE_ROUTED', 'REMINDER', 'ESCALATION', 'INFO_REQUESTED', 'CASE_CLOSED', 'INFO_PROVIDED'] as const;
const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(KINDS),
    needId: z.uuid(),
    caseNumber: z.string(),
    measure: z.string(),
    createdAt: z.string(),
    read: z.boolean(),
  })
  .openapi('InAppNotification');
const unreadSchema = z.object({ unread: z.number().int() }).openapi('UnreadNotifications');
const markReadSchema = z.object({ ids: z.array(z.uuid()).max(200).optional() }).strict();
const listQuery = listQuerySchema(z.object({}), ['createdAt']);
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

describeRoute({
  method: 'get',
  path: '/api/me/notifications',
  summary: "The signed-in user's notifications in the workspace (the bell), newest first (react-admin list)",
  request: { query: listQuery },
  responses: { 200: { description: 'Notifications; Content-Range gives the total', ...json(z.array(notificationSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/me/notifications/unread',
  summary: 'How many notifications the signed-in user has not read',
  responses: { 200: { description: 'Count', ...json(unreadSchema) } },
});
describeRoute({
  method: 'post',
  path: '/api/me/notifications/read',
  summary: 'Marks the given notifications (or all, without ids) as read',
  request: { body: json(markReadSchema) },
  responses: { 200: { description: 'Unread left', ...json(unreadSchema) } },
});

/** The bell: the case notifications addressed to the signed-in user, of cases still in their scope. */
export function mountNotificationRoutes(router: Router, ctx: ApiContext): void {
  const unread = (userId: string) => ctx.prisma.inAppNotification.count({ where: { userId, readAt: null } });
  router.get('/me/notifications', async (req, res) => {
    const actor = actorOf(req);
    const { skip, take } = pageOf(parseQuery(listQuery, req.query).range, 20);
    const where = { userId: actor.userId };
    const [rows, total] = await Promise.all([
      ctx.prisma.inAppNotification.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip, take }),
      ctx.prisma.inAppNotification.count({ where }),
    ]);
    const needs = await ctx.prisma.need.findMany({
      where: { AND: [{ id: { in: rows.map((r) => r.needId) } }, needScope(actor)] },
      select: { id: true, measure: { select: { name: true } } },
    });
    const measures = new Map(needs.map((n) => [n.id, n.measure.name]));
    const items = rows
      .filter((r) => measures.has(r.needId))
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        needId: r.needId,
        caseNumber: caseNumber(r.needId),
        measure: measures.get(r.needId) as string,
        createdAt: r.createdAt.toISOString(),
        read: r.readAt !== null,
      }));
    setContentRange(res, 'me/notifications', skip, items.length, total);
    res.json(items);
  });
  router.get('/me/notifications/unread', async (req, res) => {
    res.json({ unread: await unread(actorOf(req).userId) });
  });
  router.post('/me/notifications/read', async (req, res) => {
    const { userId } = actorOf(req);
    const { ids } = parseBody(markReadSchema, req.body ?? {});
    await ctx.prisma.inAppNotification.updateMany({
      where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    res.json({ unread: await unread(userId) });
  });
}
