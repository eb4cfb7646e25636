/** What a home-page widget reads: the catalog entry and its values from the API. */
export interface Indicator {
  id: string;
  code: string;
  name: string;
  unit: string;
  cuts: string[];
  goodDirection: 'UP' | 'DOWN';
  source: 'BUILT_IN' | 'CUSTOM';
}

export interface Widget {
  indicator: string;
  kind: 'NUMBER' | 'TREND' | 'BAR' | 'TABLE';
  cut?: string | null;
}

export interface Point {
  period: string;
  key: string | null;
  label: string | null;
  value: number | null;
  plan: number | null;
  verdict: 'GOOD' | 'BAD' | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in Samara as YYYY-MM-DD, whatever the browser's zone. */
export function samaraToday(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Samara', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
  return parts;
}

/** Numbers and trends cover the last six months by month; bars and tables the year so far. */
export function valuesUrl(indicator: Indicator, widget: Widget, today = samaraToday()): string {
  const [year, month] = today.split('-').map(Number);
  const sixMonthsBack = new Date(Date.UTC(year, month - 6, 1));
  const from =
    widget.kind === 'BAR' || widget.kind === 'TABLE'
      ? `${year}-01-01`
      : `${sixMonthsBack.getUTCFullYear()}-${pad(sixMonthsBack.getUTCMonth() + 1)}-01`;
  const periodicity = widget.kind === 'BAR' || widget.kind === 'TABLE' ? 'YEAR' : 'MONTH';
  const params = new URLSearchParams({ from, to: today, periodicity });
  if (widget.cut && indicator.cuts.includes(widget.cut) && widget.kind !== 'NUMBER' && widget.kind !== 'TREND')
    params.set('cut', widget.cut);
  return `/api/indicators/${indicator.id}/values?${params}`;
}

/** Where a number leads: the list of records behind it, when the workspace has one for the role. */
export function recordsBehind(code: string, role: string): string | null {
  const queue = ['EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'].includes(role);
  const passports = ['OPERATOR', 'COORDINATOR', 'AUDITOR'].includes(role);
  const supervision = ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'].includes(role);
  if (code === 'needs_overdue' && supervision) return '/supervision';
  if (code === 'escalations' && supervision) return '/supervision';
  if (code.startsWith('needs_') && queue) return '/needs';
  if ((code === 'families' || code === 'people') && passports) return '/passports';
  return null;
}

export const verdictColour = (verdict: Point['verdict']) => (verdict === 'GOOD' ? '#2e7d32' : verdict === 'BAD' ? '#c62828' : undefined);
