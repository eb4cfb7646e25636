import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { MAIL_KINDS } from '../../activities/mail/preferences';
import { z } from '../../shared/schemas/zod';
import { audit, diff } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { parseBody } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { mountNotificationRoutes } from './notifications';
import { mountPreferenceRoutes } from './preferences';

const settingsSchema = z
  .object({
    disabledKinds: z.array(z.enum(MAIL_KINDS, { error: `Вид письма: ${MAIL_KINDS.join(', ')}` })).max(MAIL_KINDS.length),
    digestInsteadOfSingle: z.boolean({ error: 'Укажите да или нет' }),
  })
  .strict()
  .openapi('NotificationSettings');

describeRoute({
  method: 'get',
  path: '/api/me/notification-settings',
  summary: "The signed-in user's mail settings",
  responses: { 200: { description: 'Settings', content: { 'application/json': { schema: settingsSchema } } } },
});
describeRoute({
  method: 'put',
  path: '/api/me/notification-settings',
  summary: 'Which mails to receive, and the daily digest instead of single mails',
  request: { body: { content: { 'application/json': { schema: settingsSchema } } } },
  responses: { 200: { description: 'Saved', content: { 'application/json': { schema: settingsSchema } } } },
});

/** The signed-in user's own settings. */
export function createMeRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const current = async (userId: string) => {
    const row = await ctx.prisma.notificationPreference.findUnique({ where: { userId } });
    return { disabledKinds: row?.disabledKinds ?? [], digestInsteadOfSingle: row?.digestInsteadOfSingle ?? false };
  };
  router.get('/me/notification-settings', async (req, res) => {
    res.json(await current(actorOf(req).userId));
  });
  router.put('/me/notification-settings', async (req, res) => {
    const { userId } = actorOf(req);
    const settings = parseBody(settingsSchema, req.body);
    const before = await current(userId);
    const data = { disabledKinds: [...new Set(settings.disabledKinds)], digestInsteadOfSingle: settings.digestInsteadOfSingle };
    await ctx.prisma.notificationPreference.upsert({ where: { userId }, create: { userId, ...data }, update: data });
    await audit(ctx.prisma, req, { action: 'UPDATE', entity: 'NotificationPreference', entityId: userId, changes: diff(before, data) });
    res.json(data);
  });
  mountNotificationRoutes(router, ctx);
  mountPreferenceRoutes(router, ctx);
  return router;
}
