import { smsLength } from './smsSegments';

export interface OutreachFacts {
  measureName: string;
  /** Where the family turns: a phone or an office address, as the measure's organisation publishes it. */
  contact: string;
}

/** Where families turn unless the deployment says otherwise (OUTREACH_CONTACT). */
export const DEFAULT_OUTREACH_CONTACT = 'тел. 122 или МФЦ';

/**
 * The outreach SMS: the measure and where to turn, nothing else about the family (no names, no
 * SNILS, no income) — a phone number can change hands. Shortened to the measure name's first words
 * when the whole text would need more than two segments.
 */
export function outreachSms(facts: OutreachFacts): string {
  const text = (measure: string) => `Вам может быть положена мера: ${measure}. Обратитесь: ${facts.contact}`;
  const words = facts.measureName.trim().split(/\s+/);
  let measure = words.join(' ');
  while (smsLength(text(measure)).segments > 2 && words.length > 1) {
    words.pop();
    measure = `${words.join(' ').replace(/[,.;:]$/, '')}…`;
  }
  return text(measure);
}
