import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { needSchema } from '../../shared/schemas/need';
import { calculatorRequestSchema, dashboardQuerySchema } from '../../shared/schemas/poverty';
import { uuidSchema, z } from '../../shared/schemas/zod';
import { isoDateSchema } from '../../shared/schemas/zod';
import { drawPovertyConclusion } from '../../templates/pdf/povertyConclusion';
import { writePovertyDashboard } from '../../templates/xlsx/povertyDashboard';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { documentStoreFrom } from '../documents/storage';
import { actorOf } from '../http/actor';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { printedBy, sendPdf } from '../pdf/sendPdf';
import { conclusionData, conclusionFileName } from './conclusion';
import { dashboardExport } from './dashboardExport';
import { assess } from './povertyData';
import { startSocialContract } from './socialContract';

const CONCLUSION_TITLE = 'Заключение о среднедушевом доходе семьи';
const conclusionRequestSchema = z
  .object({ request: calculatorRequestSchema, applicantKey: z.string().max(40).optional() })
  .strict()
  .openapi('PovertyConclusionRequest');
const socialContractSchema = z
  .object({ householdId: uuidSchema, personId: uuidSchema, date: isoDateSchema.optional() })
  .strict()
  .openapi('SocialContractStart');
const exportQuerySchema = dashboardQuerySchema.omit({ dimension: true });

describeRoute({
  method: 'post',
  path: '/api/poverty/conclusion.pdf',
  summary: "The calculator's conclusion as an A4 PDF (a family of the passport or a typed household)",
  request: { body: { content: { 'application/json': { schema: conclusionRequestSchema } } } },
  responses: { 200: { description: 'A4 PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } } },
});
describeRoute({
  method: 'post',
  path: '/api/poverty/social-contract',
  summary: "Registers the applicant's social-contract need with the calculator's conclusion attached",
  request: {
    headers: z.object({ 'idempotency-key': z.string().max(200).optional() }),
    body: { content: { 'application/json': { schema: socialContractSchema } } },
  },
  responses: {
    201: { description: 'The need, its conclusion attached', content: { 'application/json': { schema: needSchema } } },
    200: { description: 'Already registered with this Idempotency-Key', content: { 'application/json': { schema: needSchema } } },
  },
});
describeRoute({
  method: 'get',
  path: '/api/poverty/dashboard.xlsx',
  summary: 'The poverty dashboards (by municipality, age group and sex) as an Excel workbook with the filters written in',
  request: { query: exportQuerySchema },
  responses: { 200: { description: 'XLSX workbook' } },
});

/** What the poverty pages print and export: the calculator's conclusion, the social contract it starts, the dashboards' workbook. */
export function createPovertyPrintsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const store = documentStoreFrom(ctx.config);

  router.post('/poverty/conclusion.pdf', async (req, res) => {
    const actor = actorOf(req);
    const { request, applicantKey } = parseBody(conclusionRequestSchema, req.body);
    const assessment = await assess(ctx, actor, request);
    const householdId = 'householdId' in request ? request.householdId : null;
    const data = await conclusionData(ctx, actor, assessment, householdId, applicantKey);
    await audit(ctx.prisma, req, {
      action: 'PRINT',
      entity: 'Household',
      ...(householdId ? { entityId: householdId } : {}),
      changes: { form: 'poverty-conclusion', verdict: assessment.verdict },
    });
    sendPdf(
      res,
      conclusionFileName(assessment.assessedOn),
      await printedBy(ctx.prisma, actor, CONCLUSION_TITLE, (doc) => drawPovertyConclusion(doc, data)),
    );
  });

  router.post('/poverty/social-contract', async (req, res) => {
    const actor = actorOf(req);
    const body = parseBody(socialContractSchema, req.body);
    const assessment = await assess(ctx, actor, { householdId: body.householdId, ...(body.date ? { date: body.date } : {}) });
    const data = await conclusionData(
      ctx,
      actor,
      assessment,
      body.householdId,
      assessment.members.find((m) => m.personId === body.personId)?.key,
    );
    const bytes = await printedBy(ctx.prisma, actor, CONCLUSION_TITLE, (doc) => drawPovertyConclusion(doc, data));
    const { need, created } = await startSocialContract(
      ctx,
      store,
      actor,
      { personId: body.personId, assessment, conclusion: { fileName: conclusionFileName(assessment.assessedOn), bytes } },
      req.get('idempotency-key'),
    );
    if (created)
      await audit(ctx.prisma, req, { action: 'CREATE', entity: 'Need', entityId: need.id, changes: { ...body, form: 'social-contract' } });
    res.status(created ? 201 : 200).json(need);
  });

  router.get('/poverty/dashboard.xlsx', async (req, res) => {
    const actor = actorOf(req);
    const query = parseQuery(exportQuerySchema, req.query);
    const data = await dashboardExport(ctx, actor, query.municipalityId);
    await audit(ctx.prisma, req, { action: 'EXPORT', entity: 'PovertyAssessment', changes: { filters: query } });
    res.attachment(`Бедность ${data.generatedAt.toISOString().slice(0, 10)}.xlsx`);
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.set('Cache-Control', 'private, no-store');
    res.send(await writePovertyDashboard(data));
  });
  return router;
}
