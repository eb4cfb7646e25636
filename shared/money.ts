const NBSP = '\u00a0';

/** Kopecks as roubles the Russian way: «10 174,00 ₽» (thousands by a no-break space, never split across lines). */
export function formatRoubles(kopecks: number): string {
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(kopecks);
  const roubles = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${sign}${roubles},${String(abs % 100).padStart(2, '0')}${NBSP}₽`;
}

/** Basis points (1/100 of a per cent) as a percentage with one decimal, rounded half up: 4073 → «40,7 %». */
export function formatBasisPoints(basisPoints: number): string {
  const tenths = Math.round(basisPoints / 10);
  return `${Math.floor(tenths / 10)},${tenths % 10}${NBSP}%`;
}

/**
 * What a person typed as roubles («10 174», «10174,5», «10 174.05») in whole kopecks, without passing
 * through binary floating point; null for anything else (more than two decimals, letters, a sign).
 */
export function parseRoubles(text: string): number | null {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}
