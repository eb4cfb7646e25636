import type { Router } from 'express';
import type { Prisma } from '../../prisma/client';
import { auditEntrySchema } from '../../shared/schemas/views';
import { isoDateSchema, searchText, uuidSchema, z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import type { ApiContext } from '../context';
import { listQuerySchema, pageOf, setContentRange } from '../http/listParams';
import { parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { audit } from './auditLog';

const auditFilter = z.object({
  actorId: uuidSchema.optional(),
  entity: searchText(50),
  entityId: searchText(100),
  action: searchText(50),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
const auditQuery = listQuerySchema(auditFilter, ['at']);

describeRoute({
  method: 'get',
  path: '/api/audit',
  summary: 'The audit log (auditors only), newest first',
  request: { query: auditQuery },
  responses: {
    200: { description: 'Entries; Content-Range gives the total', content: { 'application/json': { schema: z.array(auditEntrySchema) } } },
  },
});

export function createAuditRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  router.get('/audit', async (req, res) => {
    const query = parseQuery(auditQuery, req.query);
    const f = query.filter ?? {};
    const where: Prisma.AuditLogWhereInput = {
      actorId: f.actorId,
      entity: f.entity,
      entityId: f.entityId,
      action: f.action,
      at: {
        gte: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined,
        lt: f.to ? new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) : undefined,
      },
    };
    const page = pageOf(query.range, 50);
    const [rows, total] = await Promise.all([
      ctx.prisma.auditLog.findMany({ where, orderBy: [{ at: query.sort?.[1] === 'ASC' ? 'asc' : 'desc' }, { id: 'desc' }], ...page }),
      ctx.prisma.auditLog.count({ where }),
    ]);
    await audit(ctx.prisma, req, { action: 'READ', entity: 'AuditLog', changes: { filter: f } });
    setContentRange(res, 'audit', page.skip, rows.length, total);
    res.json(rows.map((r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString() })));
  });
  return router;
}
