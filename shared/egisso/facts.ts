import Ajv from 'ajv';
import factSchema from './factSchema.json';

/**
 * A fact of provided support as the EGISSO exchange names its parts (see docs/EGISSO.md for what is
 * confirmed and what is assumed). The JSON Schema beside this file is the contract: the export
 * checks every fact against it before writing, and the tests check the written file against it.
 */
export interface EgissoFact {
  uuid: string;
  oszCode: string;
  lmszId: string;
  kmszCode: string;
  mszReceiver: { SNILS: string; FamilyName: string; FirstName: string; Patronymic?: string; Gender: 'Male' | 'Female'; BirthDate: string };
  decisionDate: string;
  dateStart: string;
  dateFinish: string;
  assignmentInfo: { monetaryForm: { amount: string } } | { naturalForm: EgissoQuantity } | { serviceForm: EgissoQuantity };
  reason: string;
}
export interface EgissoQuantity {
  amount: string;
  measuryCode: string;
  measuryName: string;
}

export { EGISSO_FORMS } from './forms';
export type { EgissoForm } from './forms';
export const EGISSO_NAMESPACE = 'urn:social-passport:egisso:facts:1';

export const validateEgissoFact = new Ajv({ allErrors: true }).compile<EgissoFact>(factSchema);

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** One element per key, in the schema's order; nested objects become nested elements. */
function element(name: string, value: unknown, indent: string): string {
  if (value === undefined) return '';
  if (typeof value === 'object' && value !== null) {
    const children = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v, `${indent}  `))
      .join('');
    return `${indent}<${name}>\n${children}${indent}</${name}>\n`;
  }
  return `${indent}<${name}>${escape(String(value))}</${name}>\n`;
}

/** The export file: a package header (who, which period, when) and the facts. */
export function egissoXml(
  header: { packageId: string; oszCode: string; from: string; to: string; createdAt: string },
  facts: EgissoFact[],
): string {
  const attrs = `xmlns="${EGISSO_NAMESPACE}" packageId="${escape(header.packageId)}" oszCode="${escape(header.oszCode)}" periodFrom="${header.from}" periodTo="${header.to}" createdAt="${header.createdAt}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<data ${attrs}>\n  <elements>\n${facts.map((f) => element('fact', f, '    ')).join('')}  </elements>\n</data>\n`;
}
