import type { Router } from 'express';
import { caseNumber } from '../../shared/caseWording';
import { appealCreateSchema, appealFilterSchema, appealSchema } from '../../shared/schemas/appeal';
import { z } from '../../shared/schemas/zod';
import { drawAppealReceipt } from '../../templates/pdf/appealReceipt';
import { drawNeedApplication } from '../../templates/pdf/needApplication';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { loadNeed } from '../needs/view';
import { describeRoute } from '../openapi/registry';
import { printedBy, sendPdf } from '../pdf/sendPdf';
import { appealNumber, listAppeals, loadAppeal, registerAppeal } from './service';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const params = z.object({ id: z.uuid() });
const listQuery = listQuerySchema(appealFilterSchema, ['number']);
const pdf = (description: string) => ({
  200: { description, content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
});

describeRoute({
  method: 'post',
  path: '/api/appeals',
  summary: 'Register a single-window appeal: several needs of a family, each started as its own case',
  request: { headers: z.object({ 'idempotency-key': z.string().max(200).optional() }), body: json(appealCreateSchema) },
  responses: {
    201: { description: 'The appeal with its needs', ...json(appealSchema) },
    200: { description: 'Already registered with this Idempotency-Key', ...json(appealSchema) },
  },
});
describeRoute({
  method: 'get',
  path: '/api/appeals',
  summary: 'Appeals of the municipality (operators) or all (coordinators, auditors), newest first',
  request: { query: listQuery },
  responses: { 200: { description: 'Appeals', ...json(z.array(appealSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/appeals/{id}',
  request: { params },
  responses: { 200: { description: 'The appeal', ...json(appealSchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/appeals/{id}/receipt.pdf',
  summary: 'The receipt (расписка) with the appeal number and its needs',
  request: { params },
  responses: pdf('A4 PDF'),
});
describeRoute({
  method: 'get',
  path: '/api/needs/{id}/application.pdf',
  summary: "The citizen's application (заявление) for one need, for signature",
  request: { params },
  responses: pdf('A4 PDF'),
});

const fullName = (p: { lastName: string; firstName: string; middleName: string | null }) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

/** Single-window appeals (issue 13): registered once, printed as a receipt and one application per need. */
export function createAppealsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();

  router.post('/appeals', async (req, res) => {
    const actor = actorOf(req);
    const { appeal, created } = await registerAppeal(ctx, actor, parseBody(appealCreateSchema, req.body), req.get('idempotency-key'));
    if (created) {
      await audit(ctx.prisma, req, {
        action: 'CREATE',
        entity: 'Appeal',
        entityId: appeal.id,
        changes: { number: appeal.number, needs: appeal.needs.map((n) => n.needId) },
      });
    }
    res.status(created ? 201 : 200).json(appeal);
  });
  router.get('/appeals', async (req, res) => {
    const query = parseQuery(listQuery, req.query);
    const page = pageOf(query.range, 25);
    const { rows, total } = await listAppeals(ctx.prisma, actorOf(req), query.filter ?? {}, page);
    setContentRange(res, 'appeals', page.skip, rows.length, total);
    res.json(rows);
  });
  router.get('/appeals/:id', async (req, res) => {
    res.json(await loadAppeal(ctx.prisma, actorOf(req), parseId(req.params.id, 'Обращение')));
  });
  router.get('/appeals/:id/receipt.pdf', async (req, res) => {
    const actor = actorOf(req);
    const appeal = await loadAppeal(ctx.prisma, actor, parseId(req.params.id, 'Обращение'));
    const operator = await ctx.prisma.user.findUnique({ where: { id: actor.userId }, select: { fullName: true } });
    await audit(ctx.prisma, req, { action: 'PRINT', entity: 'Appeal', entityId: appeal.id, changes: { form: 'appeal-receipt' } });
    const bytes = await printedBy(ctx.prisma, actor, 'Расписка в приёме обращения', (doc) =>
      drawAppealReceipt(doc, {
        number: appeal.number,
        registeredAt: appeal.registeredAt,
        applicant: appeal.applicant.fullName,
        address: appeal.address,
        operator: operator?.fullName ?? '',
        needs: appeal.needs.map((n) => ({
          caseNumber: n.caseNumber,
          person: n.person.fullName,
          measure: n.measure.name,
          organisation: n.organisation.shortName,
          resolveDueAt: n.resolveDueAt,
        })),
      }),
    );
    sendPdf(res, `Расписка ${appeal.number}.pdf`, bytes);
  });
  router.get('/needs/:id/application.pdf', async (req, res) => {
    const actor = actorOf(req);
    const need = await loadNeed(ctx.prisma, actor, parseId(req.params.id, 'Потребность'));
    const [person, organisation, link] = await Promise.all([
      ctx.prisma.person.findUniqueOrThrow({ where: { id: need.person.id }, include: { contacts: true } }),
      ctx.prisma.organisation.findUniqueOrThrow({ where: { id: need.organisation.id }, select: { name: true } }),
      ctx.prisma.appealNeed.findUnique({ where: { needId: need.id }, include: { appeal: { select: { number: true } } } }),
    ]);
    await audit(ctx.prisma, req, { action: 'PRINT', entity: 'Need', entityId: need.id, changes: { form: 'need-application' } });
    const bytes = await printedBy(ctx.prisma, actor, 'Заявление о предоставлении меры поддержки', (doc) =>
      drawNeedApplication(doc, {
        caseNumber: caseNumber(need.id),
        appealNumber: link ? appealNumber(link.appeal.number) : null,
        organisation: organisation.name,
        applicant: {
          fullName: fullName(person),
          birthDate: person.birthDate.toISOString().slice(0, 10),
          snils: person.snils,
          address: person.address,
          contacts: person.contacts.map((c) => c.value).join(', '),
        },
        measure: need.measure.name,
        description: need.description,
        documents: need.requiredDocuments.map((d) => d.name),
      }),
    );
    sendPdf(res, `Заявление ${caseNumber(need.id)}.pdf`, bytes);
  });
  return router;
}
