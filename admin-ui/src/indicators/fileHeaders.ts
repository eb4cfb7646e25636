import Papa from 'papaparse';

/** Russian spreadsheets are still often saved as CSV in Windows-1251; UTF-8 is tried first (as the API does). */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

async function xlsxHeaders(bytes: Uint8Array): Promise<string[]> {
  // Loaded only when someone picks a workbook: it is large and most files are CSV.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const headers: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    if (headers.length > 0) return;
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      headers[column - 1] = cell.text.trim();
    });
  });
  return Array.from(headers, (h) => h ?? '');
}

/**
 * The column titles of a chosen file, read in the browser only to offer the column mapping;
 * the API reads the file again and is the judge of everything in it.
 */
export async function fileHeaders(file: File): Promise<string[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) return xlsxHeaders(bytes);
  const parsed = Papa.parse<string[]>(decodeText(bytes), {
    preview: 1,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t', '|'],
  });
  return (parsed.data[0] ?? []).map((h) => h.trim());
}

export type Mapping = { indicator: string; territory: string; period: string; value: string };

const GUESSES: Record<keyof Mapping, RegExp> = {
  indicator: /показател|indicator/i,
  territory: /территор|муницип|territory|municipality/i,
  period: /период|period/i,
  value: /значени|value/i,
};

/** The columns a template-shaped file has under the expected titles; '' where nothing fits. */
export function guessMapping(headers: string[]): Mapping {
  const guess = (field: keyof Mapping) => headers.find((h) => GUESSES[field].test(h)) ?? '';
  return { indicator: guess('indicator'), territory: guess('territory'), period: guess('period'), value: guess('value') };
}
