import { z } from 'zod';

/**
 * СНИЛС: nine digits of the number and two check digits. The check number is the sum of the digits
 * weighted 9..1: below 100 it is the sum itself, 100 and 101 are written 00, above 101 the sum is
 * taken modulo 101 (and a remainder of 100 is again 00). Numbers up to 001-001-998 were issued
 * before the check existed and are accepted whatever their check digits.
 */
const LAST_NUMBER_WITHOUT_CHECK = 1_001_998;

/** Spaces and the dashes people paste from documents (hyphen, non-breaking hyphen, en and em dash). */
const SEPARATORS = /[\s\-\u2010-\u2015]/g;

/** The 11 digits of a SNILS written with or without separators, or null when it is not 11 digits. */
export function normalizeSnils(input: string): string | null {
  const digits = input.replace(SEPARATORS, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

/** The check number (0..99) of the first nine digits. */
export function snilsCheckNumber(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError(`A SNILS number has nine digits, got ${JSON.stringify(nineDigits)}`);
  const sum = [...nineDigits].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
  if (sum < 100) return sum;
  if (sum <= 101) return 0;
  const remainder = sum % 101;
  return remainder === 100 ? 0 : remainder;
}

export function isValidSnils(input: string): boolean {
  const digits = normalizeSnils(input);
  if (!digits) return false;
  const number = digits.slice(0, 9);
  if (Number(number) <= LAST_NUMBER_WITHOUT_CHECK) return true;
  return snilsCheckNumber(number) === Number(digits.slice(9));
}

/** The printed form 'XXX-XXX-XXX YY' of a SNILS written any accepted way. */
export function formatSnils(input: string): string {
  const digits = normalizeSnils(input);
  if (!digits) throw new RangeError(`A SNILS has 11 digits, got ${JSON.stringify(input)}`);
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
}

/** A SNILS field: accepts any accepted spelling, yields the printed form, explains refusals in Russian. */
export const snilsSchema = z.string({ error: 'Укажите СНИЛС' }).transform((value, ctx) => {
  const digits = normalizeSnils(value);
  if (!digits) {
    ctx.addIssue({ code: 'custom', message: 'СНИЛС должен содержать 11 цифр' });
    return z.NEVER;
  }
  if (!isValidSnils(digits)) {
    ctx.addIssue({ code: 'custom', message: 'Неверный СНИЛС: контрольное число не сходится' });
    return z.NEVER;
  }
  return formatSnils(digits);
});

// The rule as the OpenAPI document states it wherever a SNILS is asked for.
z.globalRegistry.add(snilsSchema, {
  description:
    'СНИЛС: 11 digits, with or without spaces and dashes (112-233-445 95, 11223344595). The last two digits are the check number ' +
    'of the first nine: their sum weighted 9..1; below 100 the sum itself, 100 and 101 are 00, above 101 the remainder of ' +
    'division by 101 (100 again 00). Numbers up to 001-001-998 carry no check. Answered in the form XXX-XXX-XXX YY.',
  example: '112-233-445 95',
});
