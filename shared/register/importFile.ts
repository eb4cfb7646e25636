import type { TabularFile } from '../tabular/read';
import type { RelationRow } from './importRelations';
import { checkFileRelations } from './importRelations';
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
 * rows — a SNILS given twice, a family whose rows name different municipalities, the relatives map
 * (./importRelations).
 */
export async function validateImportFile(file: TabularFile, ctx: RowContext): Promise<{ missing: string[]; rows: CheckedRow[] }> {
  const { positions, missing } = locateColumns(file.headers);
  if (missing.length > 0) return { missing, rows: [] };
  const rows: CheckedRow[] = [];
  const relationRows: RelationRow[] = [];
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
    relationRows.push({
      rowNumber: row.rowNumber,
      family: checked.data?.family ?? (cells.family ?? '').trim(),
      snils: (cells.snils ?? '').replace(/\D/g, ''),
      relationKind: cells.relationKind ?? '',
      relationTo: cells.relationTo ?? '',
      invalid: !checked.data,
    });
    rows.push(checked);
  }
  const { errors, relations } = checkFileRelations(relationRows);
  for (const checked of rows) {
    const found = errors.get(checked.rowNumber);
    if (found) {
      checked.errors.push(...found);
      delete checked.data;
    } else if (checked.data) checked.data.relations = relations.get(checked.rowNumber) ?? [];
  }
  return { missing, rows };
}
