import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { bulkActionSchema, bulkResultSchema } from '../../shared/schemas/supervision';
import { z } from '../../shared/schemas/zod';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { toHttpError } from '../http/errorMiddleware';
import { notFound, unprocessable } from '../http/errors';
import { parseBody } from '../http/validate';
import { performCaseAction } from '../needs/actions';
import { describeRoute } from '../openapi/registry';
import { mapInOrder } from './inOrder';

const BULK_ACTIONS = ['claim', 'assign'] as const;
type BulkAction = (typeof BULK_ACTIONS)[number];
const BULK_CONCURRENCY = 4;

describeRoute({
  method: 'post',
  path: '/api/needs-bulk/{action}',
  summary: 'One case action (claim, assign) on up to 100 cases; each case answers for itself',
  request: {
    params: z.object({ action: z.enum(BULK_ACTIONS) }),
    body: { content: { 'application/json': { schema: bulkActionSchema } } },
  },
  responses: { 200: { description: 'One result per case', content: { 'application/json': { schema: z.array(bulkResultSchema) } } } },
});

/** Bulk claim and assign: every case goes through the same action path (rules, workflow, audit) as a single one. */
export function createBulkRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  router.post('/needs-bulk/:action', async (req, res) => {
    const action = req.params.action as BulkAction;
    if (!BULK_ACTIONS.includes(action)) throw notFound('Массовое действие');
    const { ids, assigneeId } = parseBody(bulkActionSchema, req.body);
    if (action === 'assign' && !assigneeId) throw unprocessable({ assigneeId: 'Выберите исполнителя' });
    const body = action === 'assign' ? { assigneeId } : {};
    const actor = actorOf(req);
    // Each case is its own workflow: a few at a time, answered in the order asked; a repeated id once.
    const results = await mapInOrder([...new Set(ids)], BULK_CONCURRENCY, async (id) => {
      try {
        const need = await performCaseAction(ctx, actor, id, action, body);
        await audit(ctx.prisma, req, {
          action: `CASE_${action.toUpperCase()}`,
          entity: 'Need',
          entityId: id,
          changes: { ...body, bulk: true },
        });
        return { id, ok: true as const, status: need.status };
      } catch (err) {
        const { status, code, message } = toHttpError(err);
        if (status >= 500) req.log?.error({ err, needId: id }, 'bulk case action failed');
        return { id, ok: false as const, error: { code, message } };
      }
    });
    res.json(results);
  });
  return router;
}
