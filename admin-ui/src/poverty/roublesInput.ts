/**
 * What a person typed as roubles («10 174», «10174,5», «10 174.05») in whole kopecks, without passing
 * through binary floating point; null for anything else (more than two decimals, letters, a sign).
 */
export function parseRoubles(text: string): number | null {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** Kopecks as the calculator's input shows them: «10174,00». */
export const roublesText = (kopecks: number) => `${Math.floor(kopecks / 100)},${String(kopecks % 100).padStart(2, '0')}`;
