/** The targets as the API keeps them (GET/PUT /api/indicators/:id/targets); a null territory is the region. */
export interface Targets {
  baseValue: number | null;
  baseYear: number | null;
  targets: { period: string; municipalityId: string | null; value: number }[];
}

/** The editor's state: the Leningrad passport's table, rows by territory and columns by period, cells as typed. */
export interface TargetsGrid {
  baseValue: string;
  baseYear: string;
  periods: string[];
  cells: Record<string, string>;
}

export const REGION = '';
export const cellKey = (period: string, territory: string) => `${period}|${territory}`;

export function gridOf(targets: Targets): TargetsGrid {
  return {
    baseValue: targets.baseValue === null ? '' : String(targets.baseValue),
    baseYear: targets.baseYear === null ? '' : String(targets.baseYear),
    periods: [...new Set(targets.targets.map((t) => t.period))].sort(),
    cells: Object.fromEntries(targets.targets.map((t) => [cellKey(t.period, t.municipalityId ?? REGION), String(t.value)])),
  };
}

/** A typed number (comma or dot, spaces between thousands); anything else is sent as typed for the API to name. */
const numberOf = (text: string): number | string => {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return compact !== '' && Number.isFinite(Number(compact)) ? Number(compact) : text;
};

/**
 * The PUT body, and which cell each sent target came from, so the API's messages
 * (`targets.3.value`) land on the cell that caused them. Empty cells are not plans.
 */
export function bodyOf(grid: TargetsGrid, territories: string[]) {
  const sent: { period: string; territory: string }[] = [];
  const targets = [];
  for (const period of grid.periods) {
    for (const territory of [REGION, ...territories]) {
      const text = grid.cells[cellKey(period, territory)]?.trim() ?? '';
      if (text === '') continue;
      sent.push({ period, territory });
      targets.push({ period, municipalityId: territory === REGION ? null : territory, value: numberOf(text) });
    }
  }
  const body = {
    baseValue: grid.baseValue.trim() === '' ? null : numberOf(grid.baseValue),
    baseYear: grid.baseYear.trim() === '' ? null : numberOf(grid.baseYear),
    targets,
  };
  return { body, sent };
}

/** The API's field messages placed on the editor: base fields as they are, each target's on its cell or column. */
export function placeErrors(errors: Record<string, string>, sent: { period: string; territory: string }[]) {
  const cells: Record<string, string> = {};
  const periods: Record<string, string> = {};
  const base: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const target = /^targets\.(\d+)\.(\w+)$/.exec(field);
    const origin = target ? sent[Number(target[1])] : undefined;
    if (origin && target?.[2] === 'period') periods[origin.period] = message;
    else if (origin) cells[cellKey(origin.period, origin.territory)] = message;
    else base[field] = message;
  }
  return { cells, periods, base };
}
