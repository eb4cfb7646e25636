import type { TabularFile } from '../tabular/read';
import type { ImportRowData, ImportRowError, RowContext } from './importRow';
import { validateImportRow } from './importRow';
import type { ImportColumnKey } from './importTemplate';
import { locateColumns } from './importTemplate';

export interface CheckedRow {
  rowNumber: number;
  data?: ImportRowData;
  errors: ImportRowError[];
}

/** Rows checked between two turns of the event loop, so a large file does not hold up other requests. */
const ROWS_PER_TURN = 2000;
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks every row of a file against the template: each row on its own (./importRow), then across
 * rows — a SNILS given twice, a family whose rows name different municipalities.
 */
export async function validateImportFile(file: TabularFile, ctx: RowContext): Promise<{ missing: string[]; rows: CheckedRow[] }> {
  const { positions, missing } = locateColumns(file.headers);
  if (missing.length > 0) return { missing, rows: [] };
  const rows: CheckedRow[] = [];
  const snilsAt = new Map<string, number>();
  const familyAt = new Map<string, { row: number; municipalityId: string }>();
  for (const [i, row] of file.rows.entries()) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await nextTurn();
    const cells = Object.fromEntries(Object.entries(positions).map(([key, at]) => [key, row.cells[at as number] ?? ''])) as Partial<
      Record<ImportColumnKey, string>
    >;
    const checked: CheckedRow = { rowNumber: row.rowNumber, ...validateImportRow(cells, ctx) };
    if (checked.data) {
      const { snils, family, municipalityId } = checked.data;
      const twin = snilsAt.get(snils);
      if (twin !== undefined) checked.errors.push({ field: 'snils', message: `Этот СНИЛС уже указан в строке ${twin}` });
      const first = familyAt.get(family);
      if (first && first.municipalityId !== municipalityId) {
        checked.errors.push({ field: 'municipality', message: `У семьи «${family}» в строке ${first.row} другой муниципалитет` });
      }
      if (checked.errors.length > 0) delete checked.data;
      else {
        snilsAt.set(snils, row.rowNumber);
        if (!first) familyAt.set(family, { row: row.rowNumber, municipalityId });
      }
    }
    rows.push(checked);
  }
  return { missing, rows };
}
