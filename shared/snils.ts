import { z } from 'zod';

/**
 * СНИЛС: nine digits of the number and two check digits. The check number is the sum of the digits
 * weighted 9..1, reduced modulo 101, with 100 and 101 written as 00. Numbers up to 001-001-998 were
 * issued before the check was introduced and are accepted as they are.
 */
const LAST_UNCHECKED = 1_001_998;

export function normalizeSnils(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

export function snilsCheckNumber(nineDigits: string): number {
  const sum = [...nineDigits].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
  const reduced = sum % 101;
  return reduced === 100 ? 0 : reduced;
}

export function isValidSnils(input: string): boolean {
  const digits = normalizeSnils(input);
  if (!digits) return false;
  const number = digits.slice(0, 9);
  if (Number(number) <= LAST_UNCHECKED) return true;
  return snilsCheckNumber(number) === Number(digits.slice(9));
}

export function formatSnils(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9, 11)}`;
}

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
