import { required } from 'react-admin';
import { textProblem } from '../../../shared/schemas/text';
import type { TextKind } from '../../../shared/schemas/text';

/** A react-admin validator from the API's own text rules, so a form refuses on the spot what the API would. */
export const validText = (kind: TextKind) => (value: unknown) =>
  typeof value === 'string' ? (textProblem(value, kind) ?? undefined) : undefined;

/** Validators of the common fields: a person's names, one-line texts such as an address. */
export const requiredName = [required(), validText('name')];
export const optionalName = validText('name');
export const requiredLine = [required(), validText('line')];

/** Field messages for texts about to be sent, by the same rules the API applies; empty when all are fine. */
export function textProblems(texts: Record<string, [string, TextKind]>): Record<string, string> {
  const problems = Object.entries(texts).map(([field, [value, kind]]) => [field, textProblem(value, kind)] as const);
  return Object.fromEntries(problems.filter((entry): entry is readonly [string, string] => entry[1] !== null));
}
