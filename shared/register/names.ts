/** A full name as duplicates are compared: lower case, ё read as е, single spaces. */
export function foldName(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [p.lastName, p.firstName, p.middleName ?? ''].join(' ').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/**
 * The score (0..100) of a likely duplicate: the trigram similarity of the folded names, weighted up
 * when the birth date is the same. The same name with another birth date scores at most 50 (a typo
 * in the date is as likely as a namesake).
 */
export function duplicateScore(similarity: number, sameBirthDate: boolean): number {
  return Math.round(sameBirthDate ? 40 + 60 * similarity : 50 * similarity);
}

/** Name similarity an imported row needs with someone born the same day to be looked at as a duplicate. */
export const IMPORT_DUPLICATE_SIMILARITY = 0.6;

/** From this score on, an imported row is flagged and the entry form warns. */
export const LIKELY_DUPLICATE_SCORE = 70;

/**
 * The spellings of a name a register may hold when it was typed with е or ё: as typed, with every ё
 * as е, and with each single е as ё ("Федорова" → "Фёдорова"), so an exact (indexed) lookup finds them.
 */
export function yoVariants(name: string): string[] {
  const plain = name.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const variants = new Set([name, plain]);
  for (const [i, ch] of [...plain].entries()) {
    if (ch === 'е' || ch === 'Е') variants.add(plain.slice(0, i) + (ch === 'е' ? 'ё' : 'Ё') + plain.slice(i + 1));
  }
  return [...variants];
}
