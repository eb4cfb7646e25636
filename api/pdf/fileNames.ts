import { caseNumber } from '../../shared/caseWording';

/**
 * A surname as "the family of …" says it ("Ивановых", "Ёлкиных", "Островских") for the usual Russian
 * endings; other surnames (Шевченко, Ким, Черных) do not change.
 */
export function familyOf(surname: string): string {
  const possessive = /^(.+(?:ов|ев|ёв|ин|ын))а?$/iu.exec(surname);
  if (possessive) return `${possessive[1]}ых`;
  const adjectival = /^(.+[сц]к)(?:ий|ая)$/iu.exec(surname);
  if (adjectival) return `${adjectival[1]}их`;
  return surname;
}

/** The surname most members share; on a tie, the eldest's (the list comes eldest first). */
function familySurname(surnames: string[]): string | undefined {
  const families = new Map<string, number>();
  for (const name of surnames) families.set(familyOf(name), (families.get(familyOf(name)) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of families) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

export const passportCardFileName = (surnames: string[]) => {
  const family = familySurname(surnames);
  return family ? `Паспорт семьи ${family}.pdf` : 'Паспорт семьи.pdf';
};
export const supportActFileName = (needId: string) => `Акт о предоставлении поддержки ${caseNumber(needId)}.pdf`;
export const caseHistoryFileName = (needId: string) => `Выписка из истории дела ${caseNumber(needId)}.pdf`;
