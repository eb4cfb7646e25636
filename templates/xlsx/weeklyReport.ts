import ExcelJS from 'exceljs';
import type { WeeklyReport } from '../../shared/reports/weeklyReport';
import { REPORT_COUNT_TITLES, REPORT_COUNTS } from '../../shared/reports/weeklyReport';
import { printDateTime, printDay } from '../pdf/labels';

/** The same report as a workbook: the organisation and week on top, then one row per measure and the total. */
export async function writeWeeklyReport(report: WeeklyReport, generatedBy: string, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Отчёт ${report.week}`, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRow(['Еженедельный отчёт об исполнении регламента']).font = { bold: true, size: 13 };
  sheet.addRow(['Организация', report.organisation.name]);
  sheet.addRow(['Неделя', report.week, `с ${printDay(report.from)} по ${printDay(report.to)} (время самарское)`]);
  sheet.addRow(['Сформировано', `${printDateTime(generatedAt)} (время самарское) — ${generatedBy}`]);
  sheet.addRow([]);
  const header = sheet.addRow(['Мера поддержки', ...REPORT_COUNTS.map((k) => REPORT_COUNT_TITLES[k])]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(1).width = 48;
  REPORT_COUNTS.forEach((_, i) => (sheet.getColumn(i + 2).width = 14));
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  for (const line of report.lines) sheet.addRow([line.measure, ...REPORT_COUNTS.map((k) => line[k])]);
  sheet.addRow(['Итого', ...REPORT_COUNTS.map((k) => report.total[k])]).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
