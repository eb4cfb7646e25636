import type { WeeklyReport } from '../../shared/reports/weeklyReport';
import { drawWeeklyReport, weeklyReportTitle } from '../../templates/pdf/weeklyReport';
import { renderPdf } from '../../templates/pdf/render';
import { writeWeeklyReport } from '../../templates/xlsx/weeklyReport';

/** Who a report was made by: a user (name and role) or the system on its schedule (no role). */
export interface ReportAuthor {
  fullName: string;
  role: string;
}

export const SCHEDULED_AUTHOR: ReportAuthor = { fullName: 'система «Социальный паспорт», по расписанию', role: '' };

export function weeklyReportPdf(report: WeeklyReport, author: ReportAuthor, at: Date): Promise<Buffer> {
  return renderPdf({ title: weeklyReportTitle(report), generatedAt: at, generatedBy: author, layout: 'landscape' }, (doc) =>
    drawWeeklyReport(doc, report),
  );
}

export const weeklyReportXlsx = (report: WeeklyReport, author: ReportAuthor, at: Date): Promise<Buffer> =>
  writeWeeklyReport(report, author.fullName, at);
