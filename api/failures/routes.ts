import type { Router } from 'express';
import type { FailureRow } from '../../shared/schemas/failures';
import { failureRowSchema } from '../../shared/schemas/failures';
import { z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { setContentRange } from '../http/listParams';
import { describeRoute } from '../openapi/registry';
import { findStuckCases } from './stuckCases';

describeRoute({
  method: 'get',
  path: '/api/failures',
  summary: 'Cases whose current step keeps failing (the «Сбои» list), read from Temporal; repaired with `npm run repair-cases`',
  responses: {
    200: {
      description: 'Failing steps, longest stuck first; Content-Range gives the total',
      content: { 'application/json': { schema: z.array(failureRowSchema) } },
    },
  },
});

export function createFailuresRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  router.get('/failures', async (req, res) => {
    const stuck = await findStuckCases(ctx.temporal);
    const needIds = stuck.map((s) => s.needId).filter((id): id is string => id !== null);
    const needs = await ctx.prisma.need.findMany({ where: { id: { in: needIds } }, select: { id: true, organisationId: true } });
    const currentOrganisation = new Map(needs.map((n) => [n.id, n.organisationId]));
    const organisationIds = stuck.map((s) => (s.needId && currentOrganisation.get(s.needId)) || s.organisationId);
    const organisations = await ctx.prisma.organisation.findMany({
      where: { id: { in: organisationIds.filter((id): id is string => id !== null) } },
      select: { id: true, shortName: true },
    });
    const byId = new Map(organisations.map((o) => [o.id, o]));
    const rows: FailureRow[] = stuck.map((s, i) => ({
      id: `${s.workflowId}:${s.activityId ?? 'workflow-task'}`,
      needId: s.needId,
      workflowId: s.workflowId,
      step: s.step,
      activityType: s.activityType,
      attempt: s.attempt,
      failureKind: s.failure.kind,
      message: s.failure.message,
      stuckSince: s.stuckSince,
      lastFailureAt: s.lastFailureAt,
      organisation: byId.get(organisationIds[i] ?? '') ?? null,
    }));
    await audit(ctx.prisma, req, { action: 'READ', entity: 'Failures', changes: { count: rows.length } });
    setContentRange(res, 'failures', 0, rows.length, rows.length);
    res.json(rows);
  });
  return router;
}
