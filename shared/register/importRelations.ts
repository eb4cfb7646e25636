import { RELATION_KINDS } from '../domain';
import type { RelationKind } from '../domain';
import { RELATION_NAMES } from '../domainNames';
import { inverseRelation } from '../relations';
import type { ImportRowError } from './importRow';

/**
 * «This row's person is `kind` of the person in the earlier row `row`». Each pair is kept on its
 * later row, whichever row stated it: rows are written in order, so when that row is written both
 * persons exist and the pair is written with it, once.
 */
export interface ImportRelation {
  row: number;
  kind: RelationKind;
}

/** What the relation checks need of every row of the file, valid or not. */
export interface RelationRow {
  rowNumber: number;
  /** The family cell, trimmed: rows with the same one form a household. */
  family: string;
  /** The SNILS cell's digits. */
  snils: string;
  relationKind: string;
  relationTo: string;
  /** The row has errors in other columns. */
  invalid: boolean;
}

const fold = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

// The names the workspace shows, their codes, and the words a region's export writes for them.
const KIND_WORDS = new Map<string, RelationKind>([
  ...RELATION_KINDS.flatMap((k) => [[fold(RELATION_NAMES[k]), k] as const, [k.toLowerCase(), k] as const]),
  ...(
    [
      [['супруг', 'супруга', 'муж', 'жена'], 'SPOUSE'],
      [['мать', 'отец', 'родитель'], 'PARENT'],
      [['сын', 'дочь', 'ребенок'], 'CHILD'],
      [['брат', 'сестра'], 'SIBLING'],
      [['опекун', 'попечитель'], 'GUARDIAN'],
      [['подопечный', 'подопечная'], 'WARD'],
      [['иное', 'другое'], 'OTHER'],
    ] as const
  ).flatMap(([words, kind]) => words.map((w) => [w, kind] as const)),
]);

const KIND_LIST = RELATION_KINDS.map((k) => RELATION_NAMES[k]).join(', ');
const items = (cell: string) =>
  cell
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The relation kind a cell names (a workspace name, a code, or a word like «мать» or «сын»). */
export const relationKindOf = (text: string): RelationKind | undefined => KIND_WORDS.get(fold(text));

/** A reference to another row: a row number of the file, or a SNILS in any spelling. */
export function referenceOf(text: string): { row: number } | { snils: string } | undefined {
  if (/^\d{1,6}$/.test(text)) return { row: Number(text) };
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{11}$/.test(digits) ? { snils: digits } : undefined;
}

type Statement = ImportRelation & { from: number };

/** One row's relation cells as statements, or the problems in them. */
function statementsOf(row: RelationRow, rows: Map<number, RelationRow>, bySnils: Map<string, number>) {
  const errors: ImportRowError[] = [];
  const kinds = items(row.relationKind);
  const targets = items(row.relationTo);
  if (targets.length === 0) errors.push({ field: 'relationTo', message: 'Укажите, с кем родство: СНИЛС или номер строки' });
  if (kinds.length === 0) errors.push({ field: 'relationKind', message: `Укажите родство: ${KIND_LIST}` });
  else if (kinds.length !== 1 && kinds.length !== targets.length) {
    errors.push({ field: 'relationKind', message: `Родств указано ${kinds.length}, а лиц ${targets.length}: по одному на каждое лицо` });
  }
  const unknown = kinds.find((k) => !relationKindOf(k));
  if (unknown) errors.push({ field: 'relationKind', message: `Неизвестное родство «${unknown.slice(0, 40)}»: ${KIND_LIST}` });
  const statements: Statement[] = [];
  for (const [i, text] of targets.entries()) {
    const problem = (message: string) => errors.push({ field: 'relationTo', message });
    const ref = referenceOf(text);
    const to = ref && ('row' in ref ? (rows.has(ref.row) ? ref.row : undefined) : bySnils.get(ref.snils));
    const target = to === undefined ? undefined : rows.get(to);
    if (!ref) problem(`«${text.slice(0, 20)}» — не СНИЛС и не номер строки`);
    else if (!target) problem('row' in ref ? `Строки ${ref.row} нет в файле` : `Человека со СНИЛС ${text.slice(0, 20)} нет в файле`);
    else if (target.rowNumber === row.rowNumber) problem('Родство с самим собой');
    else if (target.family !== row.family) problem(`Строка ${target.rowNumber} — другая семья: родство указывается внутри семьи`);
    else if (target.invalid) problem(`В строке ${target.rowNumber} ошибки: без неё родство не записать`);
    else if (statements.some((s) => s.row === target.rowNumber)) problem(`Строка ${target.rowNumber} указана дважды`);
    else {
      const kind = relationKindOf(kinds.length === 1 ? kinds[0] : (kinds[i] ?? ''));
      if (kind) statements.push({ from: row.rowNumber, row: target.rowNumber, kind });
    }
  }
  return { errors, statements: errors.length > 0 ? [] : statements };
}

/** Statements about the same two persons that disagree (row 2 «Супруг(а)» of row 3, row 3 «Ребёнок» of row 2). */
function contradictions(statements: Statement[]): Map<number, ImportRowError[]> {
  const seen = new Map<string, Statement & { normal: RelationKind }>();
  const errors = new Map<number, ImportRowError[]>();
  const add = (row: number, message: string) => errors.set(row, [...(errors.get(row) ?? []), { field: 'relationKind', message }]);
  for (const s of statements) {
    const [low, high] = s.from < s.row ? [s.from, s.row] : [s.row, s.from];
    const normal = s.from === low ? s.kind : inverseRelation(s.kind);
    const key = `${low}:${high}`;
    const first = seen.get(key);
    if (!first) seen.set(key, { ...s, normal });
    else if (first.normal !== normal) {
      add(first.from, `Противоречит строке ${s.from}: там для этой пары указано «${RELATION_NAMES[s.kind]}»`);
      if (s.from !== first.from)
        add(s.from, `Противоречит строке ${first.from}: там для этой пары указано «${RELATION_NAMES[first.kind]}»`);
    }
  }
  return errors;
}

/**
 * Checks the relation columns across the file: each reference names a person of the same family
 * in the file, not the person themselves, and every statement about a pair agrees with the others.
 * A family with a relation error is held back whole, so it never arrives without part of its map:
 * its other rows are marked on the family column. Answers the errors by row and the relations of
 * the valid rows, each pair on its later row.
 */
export function checkFileRelations(rows: RelationRow[]): {
  errors: Map<number, ImportRowError[]>;
  relations: Map<number, ImportRelation[]>;
} {
  const byRow = new Map(rows.map((r) => [r.rowNumber, r]));
  const bySnils = new Map<string, number>();
  for (const r of rows) if (r.snils && !bySnils.has(r.snils)) bySnils.set(r.snils, r.rowNumber);
  const errors = new Map<number, ImportRowError[]>();
  const statements: Statement[] = [];
  for (const row of rows) {
    if (!row.relationKind.trim() && !row.relationTo.trim()) continue;
    const checked = statementsOf(row, byRow, bySnils);
    if (checked.errors.length > 0) errors.set(row.rowNumber, checked.errors);
    statements.push(...checked.statements);
  }
  for (const [row, found] of contradictions(statements)) errors.set(row, [...(errors.get(row) ?? []), ...found]);

  const heldBack = new Map<string, number>();
  for (const row of [...errors.keys()].sort((a, b) => a - b)) {
    const family = byRow.get(row)?.family ?? '';
    if (!heldBack.has(family)) heldBack.set(family, row);
  }
  for (const row of rows) {
    const culprit = heldBack.get(row.family);
    if (culprit === undefined || errors.has(row.rowNumber) || row.invalid) continue;
    errors.set(row.rowNumber, [{ field: 'family', message: `Семья не загружается: ошибка родства в строке ${culprit}` }]);
  }
  const relations = new Map<number, ImportRelation[]>();
  for (const s of statements) {
    if (errors.has(s.from) || errors.has(s.row)) continue;
    const [later, kept] = s.from > s.row ? [s.from, { row: s.row, kind: s.kind }] : [s.row, { row: s.from, kind: inverseRelation(s.kind) }];
    const known = relations.get(later) ?? [];
    if (!known.some((k) => k.row === kept.row)) relations.set(later, [...known, kept]);
  }
  return { errors, relations };
}
