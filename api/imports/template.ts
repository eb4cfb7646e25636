import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '../../shared/register/importTemplate';

/** The template as CSV: UTF-8 with a BOM (Excel opens it as Cyrillic), semicolons, the header and one example row. */
export function templateCsv(): Buffer {
  const quote = (v: string) => (/[;,"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [IMPORT_COLUMNS.map((c) => quote(c.header)).join(';'), IMPORT_COLUMNS.map((c) => quote(c.example)).join(';')];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The template as an XLSX book: the table with an example row, and a sheet explaining every column. */
export async function templateXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Семьи');
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.example])));
  // Dates and SNILS stay text, so Excel does not turn them into numbers.
  for (const c of sheet.columns) c.numFmt = '@';
  const help = book.addWorksheet('Пояснения');
  help.columns = [
    { header: 'Столбец', key: 'header', width: 24 },
    { header: 'Обязательный', key: 'required', width: 14 },
    { header: 'Как заполнять', key: 'hint', width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS) help.addRow({ header: c.header, required: c.required ? 'да' : 'нет', hint: c.hint });
  help.addRow({});
  help.addRow({
    header:
      'Строка — один человек. Строки с одинаковым номером семьи образуют одну семью (адрес и муниципалитет — из первой строки семьи).',
  });
  help.addRow({
    header:
      'Родство: например, у супруги «Супруг(а)» и СНИЛС заявителя, у сына «Ребёнок, Ребёнок» и «2, 3» (строки отца и матери). ' +
      'Связь записывается в обе стороны; семья с ошибкой родства не загружается целиком.',
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
