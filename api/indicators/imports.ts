import type { CheckedValue } from '../../activities/indicators/writeValues';
import type { PrismaClient } from '../../prisma/client';
import { PERIOD_KEY_PATTERNS } from '../../shared/indicators/catalog';
import type { Periodicity } from '../../shared/indicators/catalog';
import type { importMappingSchema } from '../../shared/schemas/indicators';
import type { z } from '../../shared/schemas/zod';
import type { Actor } from '../../shared/needCase';
import { isValidSnils } from '../../shared/snils';
import type { TabularFile } from '../../shared/tabular/read';
import { unprocessable } from '../http/errors';
import { municipalitiesInScope } from './scope';

export const IMPORT_MAX_ROWS = 100_000;

/** Column titles that name people or their SNILS: custom indicators carry no personal data. */
const PERSONAL_HEADER = /снилс|snils|фамил|имя|отчеств|фио|ф\.и\.о|surname|last.?name|first.?name|full.?name|birth|рождени/i;
const SNILS_LIKE = /^\d{3}[-\s]?\d{3}[-\s]?\d{3}[-\s]?\d{2}$/;

export interface ValueRow extends CheckedValue {
  indicator: string;
  territory: string;
  value: number;
}

export interface Problem {
  rowNumber: number;
  column: string;
  message: string;
}

/** A number as people type it in a table: spaces as thousands separators, a comma or a dot before decimals. */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return null;
  const value = Number(compact);
  return Number.isFinite(value) && Math.abs(value) < 1e13 ? value : null;
}

/** Refuses a whole file whose columns look like personal data (names, SNILS), naming the column. */
export function personalDataColumn(file: TabularFile): string | null {
  const named = file.headers.find((h) => PERSONAL_HEADER.test(h));
  if (named) return named;
  for (const [i, header] of file.headers.entries()) {
    if (file.rows.some((r) => SNILS_LIKE.test(r.cells[i]?.trim() ?? '') && isValidSnils(r.cells[i]))) return header || `№${i + 1}`;
  }
  return null;
}

interface Catalogs {
  indicators: Map<string, { id: string; periodicity: Periodicity }>;
  territories: Map<string, string>;
}

/** Custom indicators by code, municipalities by code and by name (lower case), limited to the actor's scope. */
export async function loadCatalogs(prisma: PrismaClient, actor: Actor): Promise<Catalogs> {
  const allowed = municipalitiesInScope(actor);
  const indicators = await prisma.indicator.findMany({ where: { source: 'CUSTOM', active: true } });
  const municipalities = await prisma.municipality.findMany({ where: allowed === null ? {} : { id: { in: allowed } } });
  const territories = new Map<string, string>();
  for (const m of municipalities) {
    territories.set(m.code.toLowerCase(), m.id);
    territories.set(m.name.toLowerCase(), m.id);
  }
  return { indicators: new Map(indicators.map((i) => [i.code, { id: i.id, periodicity: i.periodicity as Periodicity }])), territories };
}

/** Checks one value (a file row or a pushed value) against the catalogs; problems name the column. */
export function checkValue(
  catalogs: Catalogs,
  raw: { rowNumber: number; indicator: string; territory: string; period: string; value: string | number },
  columns: { indicator: string; territory: string; period: string; value: string },
): { row?: ValueRow; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (column: string, message: string) => problems.push({ rowNumber: raw.rowNumber, column, message });
  const indicator = catalogs.indicators.get(raw.indicator.trim());
  if (!indicator) problem(columns.indicator, `Нет пользовательского показателя с кодом «${raw.indicator.trim()}»`);
  const municipalityId = catalogs.territories.get(raw.territory.trim().toLowerCase());
  if (!municipalityId) problem(columns.territory, `Неизвестная или недоступная территория «${raw.territory.trim()}»`);
  const period = raw.period.trim();
  if (indicator && !PERIOD_KEY_PATTERNS[indicator.periodicity].test(period)) {
    problem(columns.period, `Период «${period}» не подходит для периодичности ${indicator.periodicity}`);
  }
  const value = typeof raw.value === 'number' ? raw.value : parseNumber(raw.value);
  if (value === null) problem(columns.value, `Значение «${String(raw.value).trim()}» не число`);
  if (problems.length > 0 || !indicator || !municipalityId || value === null) return { problems };
  return {
    problems,
    row: {
      rowNumber: raw.rowNumber,
      indicatorId: indicator.id,
      indicator: raw.indicator.trim(),
      municipalityId,
      territory: raw.territory.trim(),
      period,
      value,
    },
  };
}

/** Every row checked, duplicates of an (indicator, territory, period) reported on the later row. */
export function checkFile(
  file: TabularFile,
  mapping: z.infer<typeof importMappingSchema>,
  catalogs: Catalogs,
  defaultIndicator: string | undefined,
): { rows: ValueRow[]; problems: Problem[] } {
  const index = (title: string | undefined) =>
    title === undefined ? -1 : file.headers.findIndex((h) => h.toLowerCase() === title.trim().toLowerCase());
  const missing = Object.entries(mapping).filter(([, title]) => index(title) < 0);
  if (missing.length > 0) {
    throw unprocessable(Object.fromEntries(missing.map(([field, title]) => [`mapping.${field}`, `В файле нет столбца «${title}»`])));
  }
  if (!mapping.indicator && !defaultIndicator) throw unprocessable({ 'mapping.indicator': 'Укажите показатель или столбец с его кодом' });
  const columns = {
    indicator: mapping.indicator ?? 'показатель',
    territory: mapping.territory,
    period: mapping.period,
    value: mapping.value,
  };
  const rows: ValueRow[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const r of file.rows) {
    const cell = (title: string | undefined) => r.cells[index(title)] ?? '';
    const checked = checkValue(
      catalogs,
      {
        rowNumber: r.rowNumber,
        indicator: mapping.indicator ? cell(mapping.indicator) : (defaultIndicator as string),
        territory: cell(mapping.territory),
        period: cell(mapping.period),
        value: cell(mapping.value),
      },
      columns,
    );
    problems.push(...checked.problems);
    if (!checked.row) continue;
    const key = `${checked.row.indicatorId}|${checked.row.municipalityId}|${checked.row.period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        rowNumber: r.rowNumber,
        column: columns.period,
        message: `Повтор: те же показатель, территория и период, что в строке ${first}`,
      });
      continue;
    }
    seen.set(key, r.rowNumber);
    rows.push(checked.row);
  }
  return { rows, problems };
}

/** Whether this file was committed before for the same indicator (or with its own indicator column). */
export const alreadyImported = async (prisma: PrismaClient, fileSha256: string, indicatorCode: string | undefined) =>
  (await prisma.indicatorImport.count({ where: { fileSha256, indicatorCode: indicatorCode ?? '' } })) > 0;

/** 422 with the first problems as fields "row N: column". */
export function problemsError(problems: Problem[]) {
  const fields = Object.fromEntries(problems.slice(0, 50).map((p) => [`строка ${p.rowNumber}: ${p.column}`, p.message]));
  return unprocessable(fields, `В файле ${problems.length} ошибок; ничего не записано`);
}
