import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '../../shared/register/importTemplate';
import type { ImportColumnKey } from '../../shared/register/importTemplate';
import { nextSnils } from './fixtures';

export type ImportCells = Partial<Record<ImportColumnKey, string>>;

/** A valid row of the import template for person `i` of family `family`. */
export function goodRow(i: number, family: string, overrides: ImportCells = {}): ImportCells {
  return {
    family,
    municipality: 'samara',
    address: `г. Самара, ул. Импортная, д. ${family}`,
    lastName: `Загрузова`,
    firstName: ['Анна', 'Мария', 'Ольга', 'Елена'][i % 4],
    middleName: 'Ивановна',
    birthDate: `${String((i % 28) + 1).padStart(2, '0')}.0${(i % 9) + 1}.19${50 + (i % 49)}`,
    sex: 'Ж',
    snils: nextSnils(),
    phone: '+79270000000',
    incomeSource: 'Зарплата',
    incomeAmount: '25000',
    incomePeriod: '2026-10',
    ...overrides,
  };
}

/**
 * A family of four whose first row will be row `firstRow` of the file: the applicant (father), his
 * wife by his SNILS, a son of both by row numbers, a daughter of both and sister of the son, mixing
 * SNILS and row numbers as a region's export may.
 */
export function familyOfFour(family: string, firstRow: number): ImportCells[] {
  const father = goodRow(0, family, { firstName: 'Иван', middleName: 'Петрович', sex: 'М', birthDate: '02.02.1980' });
  const mother = goodRow(1, family, { firstName: 'Мария', birthDate: '03.03.1982', relationKind: 'Жена', relationTo: father.snils });
  const son = goodRow(2, family, {
    firstName: 'Пётр',
    middleName: 'Иванович',
    sex: 'М',
    birthDate: '04.04.2010',
    relationKind: 'Сын',
    relationTo: `${firstRow}, ${firstRow + 1}`,
  });
  const daughter = goodRow(3, family, {
    firstName: 'Анна',
    middleName: 'Ивановна',
    birthDate: '05.05.2014',
    relationKind: 'Ребёнок, дочь, сестра',
    relationTo: `${father.snils}, ${firstRow + 1}, ${firstRow + 2}`,
  });
  return [father, mother, son, daughter];
}

/** The rows as a CSV file of the template (semicolons, UTF-8). */
export function csvFile(rows: ImportCells[]): Buffer {
  const line = (cells: string[]) => cells.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';');
  const text = [line(IMPORT_COLUMNS.map((c) => c.header)), ...rows.map((r) => line(IMPORT_COLUMNS.map((c) => r[c.key] ?? '')))].join('\n');
  return Buffer.from(text, 'utf8');
}

/** The rows as an XLSX book of the template. */
export async function xlsxFile(rows: ImportCells[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Семьи');
  sheet.addRow(IMPORT_COLUMNS.map((c) => c.header));
  for (const r of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => r[c.key] ?? ''));
  return Buffer.from(await book.xlsx.writeBuffer());
}
