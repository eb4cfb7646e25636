import type { Response, Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { z } from '../../shared/schemas/zod';
import { drawCaseHistoryExtract } from '../../templates/pdf/caseHistoryExtract';
import { drawPassportCard } from '../../templates/pdf/passportCard';
import type { PrintDocument } from '../../templates/pdf/printDocument';
import { drawSupportAct } from '../../templates/pdf/supportAct';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { parseId } from '../http/listParams';
import { describeRoute, ERROR_RESPONSES } from '../openapi/registry';
import { caseHistoryFileName, passportCardFileName, supportActFileName } from './fileNames';
import { createFormData } from './forms';
import { printedBy, sendPdf } from './sendPdf';

const params = z.object({ id: z.uuid() });
const pdf = (description: string) => ({
  200: { description, content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
});

describeRoute({
  method: 'get',
  path: '/api/passports/{id}/card.pdf',
  summary: 'The printable social passport card of a family',
  request: { params },
  responses: pdf('A4 PDF'),
});
describeRoute({
  method: 'get',
  path: '/api/needs/{id}/act.pdf',
  summary: 'The act of support provided (resolved cases only; 409 otherwise)',
  request: { params },
  responses: { ...pdf('A4 PDF'), 409: ERROR_RESPONSES[409] },
});
describeRoute({
  method: 'get',
  path: '/api/needs/{id}/history.pdf',
  summary: "An extract of the case's history for auditors",
  request: { params },
  responses: pdf('A4 PDF'),
});

/** The printable forms: generated on request, each generation recorded as a read in the audit log. */
export function createPdfRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const forms = createFormData(ctx);

  async function send(res: Response, title: string, fileName: string, actorId: string, role: string, draw: (doc: PrintDocument) => void) {
    sendPdf(res, fileName, await printedBy(ctx.prisma, { userId: actorId, role }, title, draw));
  }

  router.get('/passports/:id/card.pdf', async (req, res) => {
    const actor = actorOf(req);
    const id = parseId(req.params.id, 'Паспорт');
    const { card, surnames } = await forms.passportCard(actor, id);
    await audit(ctx.prisma, req, { action: 'PRINT', entity: 'Household', entityId: id, changes: { form: 'passport-card' } });
    await send(res, 'Карточка социального паспорта семьи', passportCardFileName(surnames), actor.userId, actor.role, (doc) =>
      drawPassportCard(doc, card),
    );
  });
  router.get('/needs/:id/act.pdf', async (req, res) => {
    const actor = actorOf(req);
    const id = parseId(req.params.id, 'Потребность');
    const data = await forms.supportAct(actor, id);
    await audit(ctx.prisma, req, { action: 'PRINT', entity: 'Need', entityId: id, changes: { form: 'support-act' } });
    await send(res, 'Акт о предоставлении меры поддержки', supportActFileName(id), actor.userId, actor.role, (doc) =>
      drawSupportAct(doc, data),
    );
  });
  router.get('/needs/:id/history.pdf', async (req, res) => {
    const actor = actorOf(req);
    const id = parseId(req.params.id, 'Потребность');
    const data = await forms.caseHistory(actor, id);
    await audit(ctx.prisma, req, { action: 'PRINT', entity: 'NeedEvent', entityId: id, changes: { form: 'case-history' } });
    await send(res, 'Выписка из истории дела', caseHistoryFileName(id), actor.userId, actor.role, (doc) =>
      drawCaseHistoryExtract(doc, data),
    );
  });
  return router;
}
