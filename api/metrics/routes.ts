import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { ApiContext } from '../context';
import { slowpoint } from '../http/failpoint';
import { HttpError } from '../http/errors';
import { describeRoute, registry } from '../openapi/registry';
import { z } from '../../shared/schemas/zod';
import type { Metrics } from './metrics';

const CHECK_TIMEOUT_MS = 2_000;

const readinessSchema = z
  .object({
    status: z.enum(['ready', 'not-ready']),
    checks: z.object({ database: z.enum(['ok', 'unreachable']), temporal: z.enum(['ok', 'unreachable']) }),
    draining: z.boolean(),
  })
  .openapi('Readiness');

registry.registerComponent('securitySchemes', 'metricsToken', { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN' });

describeRoute({
  method: 'get',
  path: '/api/ready',
  summary: 'Readiness: PostgreSQL and Temporal answer and the process is not shutting down (no sign-in)',
  security: [],
  responses: {
    200: { description: 'Ready to serve', content: { 'application/json': { schema: readinessSchema } } },
    503: {
      description: 'A dependency is unreachable, or the process is draining',
      content: { 'application/json': { schema: readinessSchema } },
    },
  },
});
describeRoute({
  method: 'get',
  path: '/metrics',
  summary: 'Prometheus metrics; with METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>`',
  security: [{ metricsToken: [] }],
  responses: {
    200: { description: 'Prometheus text exposition format 0.0.4', content: { 'text/plain': { schema: z.string() } } },
  },
});

const digest = (value: string) => createHash('sha256').update(value).digest();

async function reachable(check: () => Promise<unknown>): Promise<'ok' | 'unreachable'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'ok';
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Routes for operators of the system rather than its users: readiness for load balancers and
 * orchestrators, metrics for Prometheus. `isDraining` turns readiness off once shutdown began.
 */
export function createOperationsRouter(ctx: ApiContext, metrics: Metrics, isDraining: () => boolean): Router {
  const router = Router();
  router.get('/api/ready', async (_req, res) => {
    await slowpoint(ctx.config, 'ready:slow', 1_500);
    const [database, temporal] = await Promise.all([
      reachable(() => ctx.prisma.$queryRaw`SELECT 1`),
      // The deadline also ends the client's own retries of an unreachable server.
      reachable(() =>
        ctx.temporal.connection.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () => ctx.temporal.workflowService.getSystemInfo({})),
      ),
    ]);
    const draining = isDraining();
    const ok = database === 'ok' && temporal === 'ok' && !draining;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not-ready', checks: { database, temporal }, draining });
  });

  const token = ctx.config.METRICS_TOKEN;
  router.get('/metrics', async (req, res, next) => {
    if (token) {
      const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
      if (!timingSafeEqual(digest(given), digest(token))) return next(new HttpError(401, 'UNAUTHORIZED', 'Нужен токен метрик'));
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
