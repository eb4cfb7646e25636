import type { Router } from 'express';
import { egissoExportQuerySchema, egissoMappingInputSchema, egissoMappingSchema } from '../../shared/schemas/egisso';
import { z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import { audit, diff } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { HttpError } from '../http/errors';
import { parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { createEgissoService } from './service';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const params = z.object({ id: z.uuid() });

describeRoute({
  method: 'get',
  path: '/api/egisso-mappings',
  summary: 'Every measure with its EGISSO classifier code, form and amount (empty where not mapped yet)',
  responses: { 200: { description: 'Mappings', ...json(z.array(egissoMappingSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/egisso-mappings/{id}',
  request: { params },
  responses: { 200: { description: 'Mapping', ...json(egissoMappingSchema) } },
});
describeRoute({
  method: 'put',
  path: '/api/egisso-mappings/{id}',
  summary: 'Map a measure (by its id) to EGISSO (admins; versioned and audited)',
  request: { params, body: json(egissoMappingInputSchema) },
  responses: { 200: { description: 'Mapping', ...json(egissoMappingSchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/egisso/facts.xml',
  summary: 'Facts of provided support of an organisation over a period, in the EGISSO structure (docs/EGISSO.md); audited',
  request: { query: egissoExportQuerySchema },
  responses: { 200: { description: 'XML file', content: { 'application/xml': { schema: z.string() } } } },
});

/** EGISSO (issue 13): the measure mapping admins keep and the export of facts of provided support. */
export function createEgissoRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const egisso = createEgissoService(ctx.prisma);

  router.get('/egisso-mappings', async (_req, res) => {
    const rows = await egisso.mappings();
    setContentRange(res, 'egisso-mappings', 0, rows.length, rows.length);
    res.json(rows);
  });
  router.get('/egisso-mappings/:id', async (req, res) => {
    res.json(await egisso.mapping(parseId(req.params.id, 'Мера поддержки')));
  });
  router.put('/egisso-mappings/:id', async (req, res) => {
    const id = parseId(req.params.id, 'Мера поддержки');
    const { before, after } = await egisso.saveMapping(id, parseBody(egissoMappingInputSchema, req.body), actorOf(req).userId);
    await audit(ctx.prisma, req, {
      action: before ? 'UPDATE' : 'CREATE',
      entity: 'EgissoMeasureMapping',
      entityId: id,
      changes: diff(before ?? {}, after),
    });
    res.json(after);
  });
  router.get('/egisso/facts.xml', async (req, res) => {
    const actor = actorOf(req);
    const query = parseQuery(egissoExportQuerySchema, req.query);
    // A supervisor exports the facts of their own organisation only.
    if (actor.role === 'SUPERVISOR' && query.organisationId !== actor.organisationId) {
      throw new HttpError(403, 'FORBIDDEN', 'Руководитель выгружает сведения только своей организации');
    }
    const { xml, organisation, count, unmapped } = await egisso.exportFacts(actor, query);
    await audit(ctx.prisma, req, {
      action: 'EXPORT',
      entity: 'EgissoFacts',
      entityId: organisation.id,
      changes: { from: query.from, to: query.to, facts: count, unmappedMeasures: unmapped },
    });
    res.attachment(`ЕГИССО факты ${organisation.code} ${query.from}_${query.to}.xml`);
    res.type('application/xml');
    res.set('Cache-Control', 'private, no-store');
    res.set('X-Egisso-Facts', String(count));
    res.set('X-Egisso-Unmapped', unmapped.join(','));
    res.send(xml);
  });
  return router;
}
