import type { Request, Router } from 'express';
import {
  catalogHistoryFilterSchema,
  catalogVersionSchema,
  escalationChainInputSchema,
  escalationChainSchema,
  measureInputSchema,
  municipalityAdminSchema,
  municipalityInputSchema,
  organisationAdminSchema,
  organisationInputSchema,
  rejectionReasonCodeSchema,
  rejectionReasonInputSchema,
  rejectionReasonSchema,
} from '../../shared/schemas/catalogAdmin';
import { z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import { audit, diff } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { notFound } from '../http/errors';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { createCatalogAdmin } from './service';
import { catalogHistory } from './versions';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const idParams = z.object({ id: z.string() });
const historyQuery = listQuerySchema(catalogHistoryFilterSchema, ['changedAt']);
const measureOut = z.record(z.string(), z.unknown()).openapi('SupportMeasureAdmin');

/** One create, read and update triple of a catalog resource in the OpenAPI document. */
function describeResource(path: string, what: string, input: z.ZodType, output: z.ZodType, create = true) {
  describeRoute({
    method: 'get',
    path: `/api/${path}/{id}`,
    summary: what,
    request: { params: idParams },
    responses: { 200: { description: what, ...json(output) } },
  });
  if (create) {
    describeRoute({
      method: 'post',
      path: `/api/${path}`,
      summary: `${what}: add (admins; a new version is kept)`,
      request: { body: json(input) },
      responses: { 201: { description: what, ...json(output) } },
    });
  }
  describeRoute({
    method: 'put',
    path: `/api/${path}/{id}`,
    summary: `${what}: change (admins; the previous version is kept, before/after audited)`,
    request: { params: idParams, body: json(input) },
    responses: { 200: { description: what, ...json(output) } },
  });
}

describeRoute({
  method: 'post',
  path: '/api/support-measures',
  summary: 'Add a support measure (admins)',
  request: { body: json(measureInputSchema) },
  responses: { 201: { description: 'The measure', ...json(measureOut) } },
});
describeRoute({
  method: 'put',
  path: '/api/support-measures/{id}',
  summary: 'Change a support measure (admins); running cases keep the policy they started with',
  request: { params: idParams, body: json(measureInputSchema) },
  responses: { 200: { description: 'The measure', ...json(measureOut) } },
});
describeResource('organisations', 'Organisation', organisationInputSchema, organisationAdminSchema);
describeResource('municipalities', 'Municipality', municipalityInputSchema, municipalityAdminSchema);
describeResource('rejection-reasons', 'Rejection reason', rejectionReasonInputSchema, rejectionReasonSchema, false);
describeRoute({
  method: 'get',
  path: '/api/rejection-reasons',
  summary: 'Rejection reasons offered to executors',
  responses: { 200: { description: 'Reasons', ...json(z.array(rejectionReasonSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/escalation-chain',
  summary: 'The escalation chain new cases start with',
  responses: { 200: { description: 'The chain', ...json(escalationChainSchema) } },
});
describeRoute({
  method: 'put',
  path: '/api/escalation-chain',
  summary: 'Replace the escalation chain (admins); running cases keep theirs',
  request: { body: json(escalationChainInputSchema) },
  responses: { 200: { description: 'The chain', ...json(escalationChainSchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/catalog-history',
  summary: 'Versions of catalog rows, newest first, with the fields each changed',
  request: { query: historyQuery },
  responses: { 200: { description: 'Versions', ...json(z.array(catalogVersionSchema)) } },
});

/** Catalog administration (issue 13): admins write, every change is versioned and audited. */
export function createCatalogAdminRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const admin = createCatalogAdmin(ctx.prisma);
  const actorId = (req: Request) => actorOf(req).userId;
  const audited = async <T extends Record<string, unknown>>(
    req: Request,
    entity: string,
    entityId: string,
    { before, after }: { before: Record<string, unknown> | null; after: T },
  ) => {
    await audit(ctx.prisma, req, { action: before ? 'UPDATE' : 'CREATE', entity, entityId, changes: diff(before ?? {}, after) });
    return after;
  };

  router.post('/support-measures', async (req, res) => {
    const saved = await admin.saveMeasure(null, parseBody(measureInputSchema, req.body), actorId(req));
    res.status(201).json(await audited(req, 'SupportMeasure', saved.after.id, saved));
  });
  router.put('/support-measures/:id', async (req, res) => {
    const id = parseId(req.params.id, 'Мера поддержки');
    const saved = await admin.saveMeasure(id, parseBody(measureInputSchema, req.body), actorId(req));
    res.json(await audited(req, 'SupportMeasure', id, saved));
  });

  router.get('/organisations/:id', async (req, res) => {
    res.json(await admin.organisation(parseId(req.params.id, 'Организация')));
  });
  router.post('/organisations', async (req, res) => {
    const saved = await admin.saveOrganisation(null, parseBody(organisationInputSchema, req.body), actorId(req));
    res.status(201).json(await audited(req, 'Organisation', saved.after.id, saved));
  });
  router.put('/organisations/:id', async (req, res) => {
    const id = parseId(req.params.id, 'Организация');
    const saved = await admin.saveOrganisation(id, parseBody(organisationInputSchema, req.body), actorId(req));
    res.json(await audited(req, 'Organisation', id, saved));
  });

  router.get('/municipalities/:id', async (req, res) => {
    res.json(await admin.municipality(parseId(req.params.id, 'Муниципалитет')));
  });
  router.post('/municipalities', async (req, res) => {
    const saved = await admin.saveMunicipality(null, parseBody(municipalityInputSchema, req.body), actorId(req));
    res.status(201).json(await audited(req, 'Municipality', saved.after.id, saved));
  });
  router.put('/municipalities/:id', async (req, res) => {
    const id = parseId(req.params.id, 'Муниципалитет');
    const saved = await admin.saveMunicipality(id, parseBody(municipalityInputSchema, req.body), actorId(req));
    res.json(await audited(req, 'Municipality', id, saved));
  });

  router.get('/escalation-chain', async (_req, res) => {
    res.json(await admin.escalationChain());
  });
  router.put('/escalation-chain', async (req, res) => {
    const saved = await admin.saveEscalationChain(parseBody(escalationChainInputSchema, req.body), actorId(req));
    res.json(await audited(req, 'EscalationChain', 'region', saved));
  });

  router.get('/rejection-reasons', async (_req, res) => {
    const rows = await admin.rejectionReasons();
    setContentRange(res, 'rejection-reasons', 0, rows.length, rows.length);
    res.json(rows);
  });
  const reasonCode = (raw: string) => {
    const parsed = rejectionReasonCodeSchema.safeParse(raw);
    if (!parsed.success) throw notFound('Причина отказа');
    return parsed.data;
  };
  router.get('/rejection-reasons/:id', async (req, res) => {
    res.json(await admin.rejectionReason(reasonCode(req.params.id)));
  });
  router.put('/rejection-reasons/:id', async (req, res) => {
    const code = reasonCode(req.params.id);
    const saved = await admin.saveRejectionReason(code, parseBody(rejectionReasonInputSchema, req.body), actorId(req));
    res.json(await audited(req, 'RejectionReason', code, saved));
  });

  router.get('/catalog-history', async (req, res) => {
    const query = parseQuery(historyQuery, req.query);
    const page = pageOf(query.range, 50);
    const { rows, total } = await catalogHistory(ctx.prisma, query.filter ?? {}, page);
    setContentRange(res, 'catalog-history', page.skip, rows.length, total);
    res.json(rows);
  });
  return router;
}
