import ExcelJS from 'exceljs';
import { printDateTime } from '../pdf/labels';

/** One line of a breakdown (a municipality, an age group, a sex); money in kopecks. */
export interface PovertyBreakdownRow {
  label: string;
  households: number;
  householdsBelow: number;
  householdsNear: number;
  people: number;
  peopleBelow: number;
  peopleNear: number;
  /** People below the threshold as a share of the people in the passport (0…1). */
  shareBelow: number;
  /** The average per-capita depth of the households below, in kopecks (null when there are none). */
  averageDepth: number | null;
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

const COLUMNS: { header: string; key: keyof PovertyBreakdownRow; width: number; numFmt?: string }[] = [
  { header: 'Домохозяйств в паспорте', key: 'households', width: 14, numFmt: '#,##0' },
  { header: 'Домохозяйств ниже ПМ', key: 'householdsBelow', width: 14, numFmt: '#,##0' },
  { header: 'Домохозяйств в зоне риска', key: 'householdsNear', width: 14, numFmt: '#,##0' },
  { header: 'Человек в паспорте', key: 'people', width: 14, numFmt: '#,##0' },
  { header: 'Человек ниже ПМ', key: 'peopleBelow', width: 14, numFmt: '#,##0' },
  { header: 'Человек в зоне риска', key: 'peopleNear', width: 14, numFmt: '#,##0' },
  { header: 'Доля ниже ПМ', key: 'shareBelow', width: 12, numFmt: '0.0%' },
  { header: 'Средняя глубина бедности на человека, ₽', key: 'averageDepth', width: 18, numFmt: '#,##0.00' },
];

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
    sheet.getColumn(i + 2).numFmt = c.numFmt ?? 'General';
  });
  for (const row of part.rows)
    sheet.addRow([
      row.label,
      ...COLUMNS.map((c) => {
        const value = row[c.key];
        // Kopecks become roubles only here, where the cell's format shows two decimals.
        if (c.key === 'averageDepth') return value === null ? null : (value as number) / 100;
        return value;
      }),
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
