import type { Request, Response, Router } from 'express';
import { NEED_STATUSES } from '../../shared/domain';
import { isoDateSchema, uuidSchema, z } from '../../shared/schemas/zod';
import { drawPrintedList } from '../../templates/pdf/printedList';
import type { PrintedList } from '../../templates/pdf/printedList';
import { writePrintedList } from '../../templates/xlsx/printedList';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { printedBy, sendPdf } from '../pdf/sendPdf';
import { familiesList, needsList } from './service';

const needsQuery = z.object({
  status: z.enum(NEED_STATUSES).optional(),
  organisationId: uuidSchema.optional(),
  municipalityId: uuidSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
const familiesQuery = z.object({ municipalityId: uuidSchema.optional() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (type: string) => ({
  200: { description: 'The list', content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } } },
});

for (const [list, query, what] of [
  ['needs', needsQuery, 'Needs by status and organisation'],
  ['families', familiesQuery, 'The register of families'],
] as const) {
  describeRoute({
    method: 'get',
    path: `/api/lists/${list}.pdf`,
    summary: `${what}, A4 landscape, with the filters printed`,
    request: { query },
    responses: file('application/pdf'),
  });
  describeRoute({
    method: 'get',
    path: `/api/lists/${list}.xlsx`,
    summary: `${what} as a workbook, with the filters`,
    request: { query },
    responses: file(XLSX),
  });
}

/** Printable lists (issue 13): the same filtered list as PDF or XLSX, every download audited. */
export function createListsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();

  async function send(req: Request, res: Response, list: PrintedList, format: 'pdf' | 'xlsx', entity: string, filters: object) {
    const actor = actorOf(req);
    await audit(ctx.prisma, req, { action: 'EXPORT', entity, changes: { list: list.title, format, filters, rows: list.rows.length } });
    const day = new Date().toISOString().slice(0, 10);
    if (format === 'pdf') {
      sendPdf(
        res,
        `${list.title} ${day}.pdf`,
        await printedBy(ctx.prisma, actor, list.title, (doc) => drawPrintedList(doc, list), 'landscape'),
      );
      return;
    }
    const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    res.attachment(`${list.title} ${day}.xlsx`);
    res.type(XLSX);
    res.set('Cache-Control', 'private, no-store');
    res.send(await writePrintedList(list, user.fullName, new Date()));
  }

  for (const format of ['pdf', 'xlsx'] as const) {
    router.get(`/lists/needs.${format}`, async (req, res) => {
      const filters = parseQuery(needsQuery, req.query);
      await send(req, res, await needsList(ctx, actorOf(req), filters), format, 'Need', filters);
    });
    router.get(`/lists/families.${format}`, async (req, res) => {
      const filters = parseQuery(familiesQuery, req.query);
      await send(req, res, await familiesList(ctx, actorOf(req), filters), format, 'Household', filters);
    });
  }
  return router;
}
