import type { WeeklyReport } from '../../shared/reports/weeklyReport';
import { REPORT_COUNT_TITLES, REPORT_COUNTS } from '../../shared/reports/weeklyReport';
import { facts } from './blocks';
import { printDay } from './labels';
import type { PrintDocument } from './printDocument';
import { table } from './table';
import type { Column } from './table';

export const weeklyReportTitle = (report: WeeklyReport) => `Еженедельный отчёт об исполнении регламента: ${report.organisation.shortName}`;

const columns: Column[] = [
  { header: 'Мера поддержки', width: 0.3 },
  ...REPORT_COUNTS.map((k): Column => ({ header: REPORT_COUNT_TITLES[k], width: 0.1, align: 'right' })),
];

/** The week's counts by measure with a total line, on A4 landscape. */
export function drawWeeklyReport(doc: PrintDocument, report: WeeklyReport): void {
  facts(doc, [
    ['Организация', report.organisation.name],
    ['Неделя', `${report.week}: с ${printDay(report.from)} по ${printDay(report.to)} (время самарское)`],
  ]);
  doc.moveDown(0.5);
  const rows = [
    ...report.lines.map((l) => [l.measure, ...REPORT_COUNTS.map((k) => String(l[k]))]),
    ['Итого', ...REPORT_COUNTS.map((k) => String(report.total[k]))],
  ];
  table(doc, columns, rows, 'Нет мер поддержки');
}
