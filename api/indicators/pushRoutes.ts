import { Router } from 'express';
import { pushResultSchema, pushValuesSchema } from '../../shared/schemas/indicators';
import { ERROR_RESPONSES, registry } from '../openapi/registry';
import type { ApiContext } from '../context';
import { parseBody } from '../http/validate';
import { writeValues } from '../../activities/indicators/writeValues';
import { checkValue, loadCatalogs, problemsError } from './imports';
import type { ValueRow } from './imports';
import { createSystemKeys, requireSystemKey, SYSTEM_KEY_HEADER } from './systemKeys';

registry.registerComponent('securitySchemes', 'systemKey', { type: 'apiKey', in: 'header', name: 'X-Api-Key' });
registry.registerPath({
  method: 'post',
  path: '/api/indicator-values',
  summary: 'An external system pushes values of custom indicators (key in X-Api-Key; idempotent by indicator, territory and period)',
  description:
    'Territory is a municipality code or name; period as the indicator’s periodicity (2026, 2026-Q1, 2026-03, 2026-W05, 2026-03-15). ' +
    'All values are checked first: if any is wrong nothing is written (422 names each). Sending the same value again writes nothing.',
  security: [{ systemKey: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: pushValuesSchema } } } },
  responses: {
    200: {
      description: 'How many values were received and how many changed',
      content: { 'application/json': { schema: pushResultSchema } },
    },
    400: ERROR_RESPONSES[400],
    401: ERROR_RESPONSES[401],
    413: ERROR_RESPONSES[413],
    415: ERROR_RESPONSES[415],
    422: ERROR_RESPONSES[422],
    500: ERROR_RESPONSES[500],
  },
});

/** The push endpoint for external systems: authenticated by a system key, not a user's session. */
export function createIndicatorPushRouter(ctx: ApiContext): Router {
  const router = Router();
  const keys = createSystemKeys(ctx.prisma);
  router.post('/indicator-values', requireSystemKey(keys), async (req, res) => {
    const { values } = parseBody(pushValuesSchema, req.body);
    const key = res.locals.systemKey as { id: string; name: string };
    // A system may push for any territory of the region: its key is the admin's grant.
    const catalogs = await loadCatalogs(ctx.prisma, { userId: key.id, role: 'COORDINATOR', organisationId: null, municipalityId: null });
    const columns = { indicator: 'indicator', territory: 'territory', period: 'period', value: 'value' };
    const rows: ValueRow[] = [];
    const problems = [];
    const seen = new Set<string>();
    for (const [i, v] of values.entries()) {
      const checked = checkValue(catalogs, { rowNumber: i + 1, ...v }, columns);
      problems.push(...checked.problems);
      if (!checked.row) continue;
      const id = `${checked.row.indicatorId}|${checked.row.municipalityId}|${checked.row.period}`;
      if (seen.has(id)) problems.push({ rowNumber: i + 1, column: 'period', message: 'Повтор значения в одном запросе' });
      seen.add(id);
      rows.push(checked.row);
    }
    if (problems.length > 0) throw problemsError(problems);
    const written = await ctx.prisma.$transaction((tx) => writeValues(tx, rows, { origin: 'PUSH', systemKeyId: key.id }));
    await ctx.prisma.auditLog.create({
      data: {
        action: 'CREATE',
        entity: 'IndicatorValue',
        ip: req.ip ?? null,
        changes: { systemKey: key.name, received: rows.length, written },
      },
    });
    res.json({ received: rows.length, written });
  });
  return router;
}

export { SYSTEM_KEY_HEADER };
