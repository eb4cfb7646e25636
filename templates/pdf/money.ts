const NBSP = '\u00a0';

/** Kopecks as roubles the Russian way: «10 174,00 ₽» (thousands by a no-break space, never split across lines). */
export function printRoubles(kopecks: number): string {
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(kopecks);
  const roubles = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${sign}${roubles},${String(abs % 100).padStart(2, '0')}${NBSP}₽`;
}

/** A share (0.25) as a percentage with one decimal: «25,0 %». */
export const printPercent = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1).replace('.', ',')}${NBSP}%`;
