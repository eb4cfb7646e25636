import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** One data row of an uploaded table. `rowNumber` is the row as the person sees it in a spreadsheet:
 *  the header is row 1, so the first data row is 2 (blank rows are skipped but still counted). */
export interface TabularRow {
  rowNumber: number;
  cells: string[];
}

export interface TabularFile {
  format: 'csv' | 'xlsx';
  headers: string[];
  rows: TabularRow[];
  /** Hex SHA-256 of the bytes as uploaded: the file's identity for provenance and re-import checks. */
  sha256: string;
}

export type TabularErrorCode = 'empty' | 'too_many_rows' | 'malformed';

/** Why a file cannot be read at all (as opposed to a bad value in one row, which the caller reports). */
export class TabularFileError extends Error {
  constructor(
    readonly code: TabularErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TabularFileError';
  }
}

export interface ReadTabularOptions {
  /** Most data rows accepted; a longer file is refused whole rather than cut silently. */
  maxRows: number;
  /** Worksheet to read in an XLSX file (1-based position); the first one by default. */
  sheet?: number;
}

export function sha256Hex(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex');
}

/** Reads an uploaded CSV or XLSX file (told apart by content, not by name) into a header row and
 *  data rows of text cells, padded to the header's width. */
export async function readTabular(buffer: Buffer, options: ReadTabularOptions): Promise<TabularFile> {
  const sha256 = sha256Hex(buffer);
  const format = isZip(buffer) ? 'xlsx' : 'csv';
  const grid = format === 'xlsx' ? await xlsxGrid(buffer, options.sheet ?? 1) : csvGrid(buffer);
  const headerIndex = grid.findIndex((row) => !isBlank(row.cells));
  if (headerIndex < 0) throw new TabularFileError('empty', 'Файл пуст: нет строки заголовков');
  const headers = grid[headerIndex].cells.map((cell) => cell.trim());
  const rows: TabularRow[] = [];
  for (const row of grid.slice(headerIndex + 1)) {
    if (isBlank(row.cells)) continue;
    if (rows.length >= options.maxRows) {
      throw new TabularFileError('too_many_rows', `В файле больше ${options.maxRows} строк данных`);
    }
    const cells = row.cells.slice(0, Math.max(headers.length, row.cells.length));
    while (cells.length < headers.length) cells.push('');
    rows.push({ rowNumber: row.rowNumber, cells });
  }
  return { format, headers, rows, sha256 };
}

function isZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Russian spreadsheets are still often saved as CSV in Windows-1251; UTF-8 is tried first. */
function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(buffer);
  }
}

function csvGrid(buffer: Buffer): TabularRow[] {
  const parsed = Papa.parse<string[]>(decodeText(buffer), { skipEmptyLines: false, delimitersToGuess: [';', ',', '\t', '|'] });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) {
    throw new TabularFileError('malformed', `Файл CSV повреждён: незакрытые кавычки в записи ${(fatal.row ?? 0) + 1}`);
  }
  // Papaparse returns records; a record is one spreadsheet row even when a quoted cell spans lines.
  return parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells: cells.map((cell) => cell ?? '') }));
}

async function xlsxGrid(buffer: Buffer, sheetPosition: number): Promise<TabularRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new TabularFileError('malformed', 'Файл XLSX повреждён или не является книгой Excel');
  }
  const sheet = workbook.worksheets[sheetPosition - 1];
  if (!sheet) throw new TabularFileError('empty', 'В книге нет листа с данными');
  const grid: TabularRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    grid.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return grid;
}

/** Text of a cell as a person reads it; dates become ISO dates (times only when present). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value) return '';
  return '';
}
