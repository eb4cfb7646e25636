import ExcelJS from 'exceljs';
import { printDateTime } from '../pdf/labels';

/** One line of a breakdown (a municipality, an age group, a sex), as the dashboard API gives it. */
export interface PovertyBreakdownRow {
  label: string;
  householdsInPassport: number;
  householdsBelow: number;
  householdsNear: number;
  peopleInPassport: number;
  peopleBelow: number;
  peopleNear: number;
  /** People below the threshold per people in the passport, in basis points. */
  shareBelowBasisPoints: number;
  /** The average depth of poverty of the households below, as a share of their threshold, in basis points. */
  averageDepthBasisPoints: number;
}

export interface PovertyDashboardSheet {
  title: string;
  dimension: string;
  rows: PovertyBreakdownRow[];
}

export interface PovertyDashboardExport {
  generatedAt: Date;
  generatedBy: string;
  /** The filters the user applied, as they were shown («Муниципалитет»: «г.о. Самара»); empty when none. */
  filters: [string, string][];
  sheets: PovertyDashboardSheet[];
}

const COLUMNS: { header: string; key: Exclude<keyof PovertyBreakdownRow, 'label'>; width: number; numFmt: string }[] = [
  { header: 'Семей в паспорте', key: 'householdsInPassport', width: 14, numFmt: '#,##0' },
  { header: 'Семей ниже ПМ', key: 'householdsBelow', width: 14, numFmt: '#,##0' },
  { header: 'Семей в зоне риска бедности', key: 'householdsNear', width: 14, numFmt: '#,##0' },
  { header: 'Человек в паспорте', key: 'peopleInPassport', width: 14, numFmt: '#,##0' },
  { header: 'Человек ниже ПМ', key: 'peopleBelow', width: 14, numFmt: '#,##0' },
  { header: 'Человек в зоне риска бедности', key: 'peopleNear', width: 14, numFmt: '#,##0' },
  { header: 'Доля населения ниже ПМ', key: 'shareBelowBasisPoints', width: 14, numFmt: '0.0%' },
  { header: 'Средняя глубина бедности', key: 'averageDepthBasisPoints', width: 14, numFmt: '0.0%' },
];
const SHARES = new Set(['shareBelowBasisPoints', 'averageDepthBasisPoints']);

function writeFilters(sheet: ExcelJS.Worksheet, data: PovertyDashboardExport): void {
  sheet.addRow(['Фильтры']).font = { bold: true };
  if (data.filters.length === 0) sheet.addRow(['Без фильтров: все данные, доступные пользователю']);
  for (const [name, value] of data.filters) sheet.addRow([name, value]);
  sheet.addRow(['Сформировано', `${printDateTime(data.generatedAt)} (время самарское) — ${data.generatedBy}`]);
  sheet.addRow([]);
}

function writeBreakdown(workbook: ExcelJS.Workbook, data: PovertyDashboardExport, part: PovertyDashboardSheet): void {
  const sheet = workbook.addWorksheet(part.title.slice(0, 31));
  sheet.addRow([part.title]).font = { bold: true, size: 13 };
  writeFilters(sheet, data);
  const header = sheet.addRow([part.dimension, ...COLUMNS.map((c) => c.header)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(1).width = 34;
  COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 2).width = c.width;
    sheet.getColumn(i + 2).numFmt = c.numFmt;
  });
  for (const row of part.rows)
    sheet.addRow([
      row.label,
      // Basis points become a fraction only here, where the cell's format shows it as a percentage.
      ...COLUMNS.map((c) => (SHARES.has(c.key) ? row[c.key] / 10_000 : row[c.key])),
    ]);
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
}

/** The poverty dashboards as a workbook: one sheet per breakdown, each headed by the filters applied. */
export async function writePovertyDashboard(data: PovertyDashboardExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Социальный паспорт';
  workbook.created = data.generatedAt;
  for (const part of data.sheets) writeBreakdown(workbook, data, part);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
