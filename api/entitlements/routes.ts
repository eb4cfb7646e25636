import type { Router } from 'express';
import { entitlementRegisterSchema, entitlementRegisteredSchema, entitlementsSchema } from '../../shared/schemas/lifeSituation';
import { z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { HttpError } from '../http/errors';
import { parseId } from '../http/listParams';
import { parseBody } from '../http/validate';
import { IDEMPOTENCY_KEY_MAX } from '../needs/idempotentActions';
import { ERROR_RESPONSES, describeRoute } from '../openapi/registry';
import { createEntitlementService } from './service';

const idParams = z.object({ id: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

describeRoute({
  method: 'get',
  path: '/api/passports/{id}/entitlements',
  summary: '«Положено семье»: the measures the household qualifies for by its life situations and has not received nor has in work',
  request: { params: idParams },
  responses: {
    200: { description: 'Each measure with the situation, the member it concerns and the conditions', ...json(entitlementsSchema) },
  },
});
describeRoute({
  method: 'post',
  path: '/api/passports/{id}/entitlements/register',
  summary: 'Register the chosen measures in one step, each as a need workflow',
  description:
    'The Idempotency-Key is required: each chosen measure and person gets its own key from it, so a repeated request ' +
    'answers with the needs it already registered instead of opening them twice.',
  request: {
    params: idParams,
    headers: z.object({ 'idempotency-key': z.string().min(1).max(IDEMPOTENCY_KEY_MAX) }),
    body: json(entitlementRegisterSchema),
  },
  responses: {
    201: { description: 'At least one need was registered', ...json(entitlementRegisteredSchema) },
    200: { description: 'Every chosen measure was already registered with this key', ...json(entitlementRegisteredSchema) },
    503: {
      ...ERROR_RESPONSES[409],
      description:
        'A case workflow did not answer within UPDATE_DEADLINE_MS; retry with the same Idempotency-Key after Retry-After seconds',
      headers: { 'Retry-After': { schema: { type: 'integer' } } },
    },
  },
});

export function createEntitlementsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const entitlements = createEntitlementService(ctx);

  router.get('/passports/:id/entitlements', async (req, res) => {
    res.json(await entitlements.list(actorOf(req), parseId(req.params.id, 'Паспорт')));
  });
  router.post('/passports/:id/entitlements/register', async (req, res) => {
    const id = parseId(req.params.id, 'Паспорт');
    await entitlements.assertVisible(actorOf(req), id);
    const key = req.get('idempotency-key');
    if (!key || key.length > IDEMPOTENCY_KEY_MAX) {
      throw new HttpError(400, 'IDEMPOTENCY_KEY_REQUIRED', `Нужен заголовок Idempotency-Key (до ${IDEMPOTENCY_KEY_MAX} символов)`);
    }
    const body = parseBody(entitlementRegisterSchema, req.body);
    const registered = await entitlements.register(actorOf(req), id, body, key);
    for (const r of registered.filter((x) => x.created)) {
      await audit(ctx.prisma, req, {
        action: 'CREATE',
        entity: 'Need',
        entityId: r.need.id,
        changes: { personId: r.personId, measureCode: r.measureCode, via: 'entitlements' },
      });
    }
    res.status(registered.some((r) => r.created) ? 201 : 200).json({ registered });
  });
  return router;
}
