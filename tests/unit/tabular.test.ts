import ExcelJS from 'exceljs';
import { readTabular, sha256Hex, TabularFileError } from '../../shared/tabular/read';

async function xlsxBuffer(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Данные');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reading an uploaded table', () => {
  it('reads a semicolon CSV with a BOM, keeping spreadsheet row numbers across blank lines', async () => {
    const csv = '\uFEFFМуниципалитет;Период;Значение\nСызрань;2026-01;12,5\n\n"Тольятти; город";2026-02;7\n';
    const file = await readTabular(Buffer.from(csv, 'utf8'), { maxRows: 10 });
    expect(file.format).toBe('csv');
    expect(file.headers).toEqual(['Муниципалитет', 'Период', 'Значение']);
    expect(file.rows).toEqual([
      { rowNumber: 2, cells: ['Сызрань', '2026-01', '12,5'] },
      { rowNumber: 4, cells: ['Тольятти; город', '2026-02', '7'] },
    ]);
    expect(file.sha256).toBe(sha256Hex(Buffer.from(csv, 'utf8')));
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a comma CSV saved in Windows-1251 and pads short rows to the header width', async () => {
    const text = 'Территория,Значение,Примечание\r\nСамара,3\r\n';
    const bytes = Buffer.from(new Uint8Array([...text].map((ch) => win1251(ch))));
    const file = await readTabular(bytes, { maxRows: 10 });
    expect(file.headers).toEqual(['Территория', 'Значение', 'Примечание']);
    expect(file.rows).toEqual([{ rowNumber: 2, cells: ['Самара', '3', ''] }]);
  });

  it('reads an XLSX sheet: numbers, dates, formulas and rich text become text, row numbers are the sheet rows', async () => {
    const buffer = await xlsxBuffer([
      ['Территория', 'Дата', 'Значение'],
      ['Самара', new Date(Date.UTC(2026, 0, 31)), 42],
      [],
      [{ richText: [{ text: 'Сыз' }, { text: 'рань' }] }, '2026-02', { formula: '2*3', result: 6 }],
    ]);
    const file = await readTabular(buffer, { maxRows: 10 });
    expect(file.format).toBe('xlsx');
    expect(file.headers).toEqual(['Территория', 'Дата', 'Значение']);
    expect(file.rows).toEqual([
      { rowNumber: 2, cells: ['Самара', '2026-01-31', '42'] },
      { rowNumber: 4, cells: ['Сызрань', '2026-02', '6'] },
    ]);
    expect(file.sha256).toBe(sha256Hex(buffer));
  });

  it('refuses a file with more data rows than allowed instead of cutting it', async () => {
    const csv = 'a\n1\n2\n3\n';
    await expect(readTabular(Buffer.from(csv), { maxRows: 2 })).rejects.toMatchObject({ code: 'too_many_rows' });
    await expect(readTabular(Buffer.from(csv), { maxRows: 3 })).resolves.toMatchObject({ rows: [{}, {}, {}] });
  });

  it('refuses an empty file, a broken workbook and unclosed quotes', async () => {
    await expect(readTabular(Buffer.from('\n \n'), { maxRows: 5 })).rejects.toMatchObject({ code: 'empty' });
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not a workbook')]);
    await expect(readTabular(broken, { maxRows: 5 })).rejects.toBeInstanceOf(TabularFileError);
    await expect(readTabular(broken, { maxRows: 5 })).rejects.toMatchObject({ code: 'malformed' });
    await expect(readTabular(Buffer.from('a;b\n"x;1\n'), { maxRows: 5 })).rejects.toMatchObject({ code: 'malformed' });
  });
});

/** Windows-1251 byte of a character used in the test (Cyrillic А..я map to 0xC0..0xFF). */
function win1251(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
  if (code < 0x80) return code;
  throw new Error(`not in the test alphabet: ${ch}`);
}
