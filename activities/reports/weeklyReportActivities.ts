import type { PrismaClient } from '../../prisma/client';
import { weeklyReportFileName } from '../../shared/reports/weeklyReport';
import { renderMail } from '../../templates/email/render';
import { printDay } from '../../templates/pdf/labels';
import type { MailDeps } from '../mail/mailNotifier';
import { settingsUrlOf } from '../mail/mailNotifier';
import { sendAll } from '../mail/outbox';
import { weeklyReportOf } from './weeklyReportData';
import { SCHEDULED_AUTHOR, weeklyReportPdf, weeklyReportXlsx } from './weeklyReportFiles';

export const WEEKLY_REPORT_MAIL_KIND = 'WEEKLY_REPORT';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An organisation's weekly report goes to its heads (supervisors) and to the regional coordinators. */
async function reportReaders(prisma: PrismaClient, organisationId: string): Promise<string[]> {
  const users = await prisma.user.findMany({
    where: {
      active: true,
      email: { not: null },
      OR: [{ role: 'SUPERVISOR', organisationId }, { role: 'COORDINATOR' }],
    },
    orderBy: { email: 'asc' },
    select: { email: true },
  });
  return [...new Set(users.map((u) => u.email as string))];
}

/** One organisation, one week: the same key for every reader, so a rerun mails no one twice. */
export const weeklyReportMailKey = (organisationId: string, week: string) => `weekly-report:${organisationId}:${week}`;

/**
 * The weekly execution report by mail, with its PDF and workbook attached. Keyed by organisation,
 * week and reader in the mail outbox: a retried activity or a rerun workflow sends nothing twice.
 */
export function createWeeklyReportActivities(deps: MailDeps | null) {
  return {
    /** The organisations a report is made for: every active one (none when no mail is configured). */
    async reportOrganisations(): Promise<string[]> {
      if (!deps) return [];
      const organisations = await deps.prisma.organisation.findMany({
        where: { active: true },
        orderBy: { code: 'asc' },
        select: { id: true },
      });
      return organisations.map((o) => o.id);
    },

    async mailWeeklyReport(input: { organisationId: string; week: string }): Promise<number> {
      if (!deps) return 0;
      const idempotencyKey = weeklyReportMailKey(input.organisationId, input.week);
      const sent = await deps.prisma.mailOutbox.findMany({ where: { idempotencyKey, status: 'SENT' }, select: { recipient: true } });
      const readers = (await reportReaders(deps.prisma, input.organisationId)).filter((r) => !sent.some((s) => s.recipient === r));
      if (readers.length === 0) return 0;
      const report = await weeklyReportOf(deps.prisma, input.organisationId, input.week);
      const at = new Date();
      const name = weeklyReportFileName(report);
      const attachments = [
        { filename: `${name}.pdf`, content: await weeklyReportPdf(report, SCHEDULED_AUTHOR, at), contentType: 'application/pdf' },
        { filename: `${name}.xlsx`, content: await weeklyReportXlsx(report, SCHEDULED_AUTHOR, at), contentType: XLSX },
      ];
      const from = printDay(report.from);
      const to = printDay(report.to);
      const mail = renderMail(
        'weeklyReport',
        `Отчёт по регламенту за неделю ${report.week} (${from}–${to}): ${report.organisation.shortName}`,
        {
          settingsUrl: settingsUrlOf(deps.appUrl),
          organisation: report.organisation.name,
          week: report.week,
          from,
          to,
          total: report.total,
        },
      );
      return sendAll(
        deps,
        readers.map((recipient) => ({ idempotencyKey, recipient, kind: WEEKLY_REPORT_MAIL_KIND, mail, attachments })),
      );
    },
  };
}

export type WeeklyReportActivities = ReturnType<typeof createWeeklyReportActivities>;
