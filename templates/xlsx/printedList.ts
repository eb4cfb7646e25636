import ExcelJS from 'exceljs';
import type { PrintedList } from '../pdf/printedList';
import { printDateTime } from '../pdf/labels';

/** The same list as a workbook: title, filters and who made it on top, then the table with a frozen header. */
export async function writePrintedList(list: PrintedList, generatedBy: string, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(list.title.slice(0, 31), {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRow([list.title]).font = { bold: true, size: 13 };
  sheet.addRow(['Отбор']).font = { bold: true };
  if (list.filters.length === 0) sheet.addRow(['Фильтры не заданы: все записи, доступные пользователю']);
  for (const [name, value] of list.filters) sheet.addRow([name, value]);
  sheet.addRow(['Записей', list.rows.length, list.truncated ? 'показаны первые; уточните отбор' : '']);
  sheet.addRow(['Сформировано', `${printDateTime(generatedAt)} (время самарское) — ${generatedBy}`]);
  sheet.addRow([]);
  const header = sheet.addRow(list.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  list.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.xlsxWidth));
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  for (const row of list.rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
