import type { Router } from 'express';
import { weeklyReportOf } from '../../activities/reports/weeklyReportData';
import { weeklyReportPdf, weeklyReportXlsx } from '../../activities/reports/weeklyReportFiles';
import { localDate } from '../../shared/calendar/localDate';
import { weekDays, weekOf } from '../../shared/reports/reportWeek';
import { weeklyReportFileName } from '../../shared/reports/weeklyReport';
import { z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { HttpError } from '../http/errors';
import { parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CONTENT = { pdf: 'application/pdf', xlsx: XLSX } as const;

const weeklyQuery = z.object({
  organisationId: z.uuid({ error: 'Укажите организацию' }),
  week: z
    .string({ error: 'Укажите неделю' })
    .refine((w) => weekDays(w) !== null, { error: 'Неделя в виде ГГГГ-Wнн, например 2026-W49' })
    .refine((w) => w <= weekOf(localDate(new Date())), { error: 'Неделя ещё не началась' }),
  format: z.enum(['pdf', 'xlsx'], { error: 'Формат: pdf или xlsx' }),
});

describeRoute({
  method: 'get',
  path: '/api/reports/weekly',
  summary:
    'The weekly execution report of an organisation (ISO week, Samara time) as PDF or XLSX; supervisors their own organisation (audited)',
  request: { query: weeklyQuery },
  responses: {
    200: {
      description: 'The report',
      content: Object.fromEntries(Object.values(CONTENT).map((type) => [type, { schema: z.string().openapi({ format: 'binary' }) }])),
    },
  },
});

/** The weekly execution report on request: the same files the Monday mail carries, signed by the user. */
export function createReportsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  router.get('/reports/weekly', async (req, res) => {
    const actor = actorOf(req);
    const query = parseQuery(weeklyQuery, req.query);
    if (actor.role === 'SUPERVISOR' && actor.organisationId !== query.organisationId) {
      throw new HttpError(403, 'FORBIDDEN', 'Отчёт доступен только по своей организации');
    }
    if (!(await ctx.prisma.organisation.findUnique({ where: { id: query.organisationId } }))) {
      throw new HttpError(404, 'NOT_FOUND', 'Организация не найдена');
    }
    const report = await weeklyReportOf(ctx.prisma, query.organisationId, query.week);
    await audit(ctx.prisma, req, {
      action: query.format === 'pdf' ? 'PRINT' : 'EXPORT',
      entity: 'WeeklyReport',
      entityId: query.organisationId,
      changes: { form: 'weekly-report', week: query.week, format: query.format },
    });
    const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    const author = { fullName: user.fullName, role: actor.role };
    const bytes =
      query.format === 'pdf' ? await weeklyReportPdf(report, author, new Date()) : await weeklyReportXlsx(report, author, new Date());
    res.attachment(`${weeklyReportFileName(report)}.${query.format}`);
    res.type(CONTENT[query.format]);
    res.set('Cache-Control', 'private, no-store');
    res.send(bytes);
  });
  return router;
}
