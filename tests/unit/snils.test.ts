import { formatSnils, isValidSnils, normalizeSnils, snilsCheckNumber, snilsSchema } from '../../shared/snils';

const withCheck = (nine: string) => `${nine}${String(snilsCheckNumber(nine)).padStart(2, '0')}`;

describe('SNILS', () => {
  it('accepts a number whose check digits match, in any common spelling', () => {
    expect(isValidSnils('112-233-445 95')).toBe(true);
    expect(isValidSnils('11223344595')).toBe(true);
    expect(isValidSnils(' 112 233 445 95 ')).toBe(true);
  });

  it('refuses a wrong check number and a wrong length', () => {
    expect(isValidSnils('112-233-445 96')).toBe(false);
    expect(isValidSnils('112-233-445 9')).toBe(false);
    expect(isValidSnils('112-233-445 95 1')).toBe(false);
    expect(normalizeSnils('abc')).toBeNull();
  });

  it('writes a weighted sum of 100 or 101 as check number 00', () => {
    const weighted = (nine: string) => [...nine].reduce((a, d, i) => a + Number(d) * (9 - i), 0);
    const hit = (target: number) => {
      for (let n = 1_002_000; n < 9_999_999; n += 1) {
        const nine = String(n).padStart(9, '0');
        if (weighted(nine) === target) return nine;
      }
      throw new Error('no number');
    };
    for (const target of [100, 101]) {
      const nine = hit(target);
      expect(snilsCheckNumber(nine)).toBe(0);
      expect(isValidSnils(`${nine}00`)).toBe(true);
    }
  });

  it('reduces sums above 101 modulo 101', () => {
    const nine = '987654321'; // weighted sum 285 → 285 mod 101 = 83
    expect(snilsCheckNumber(nine)).toBe(83);
    expect(isValidSnils(`${nine}83`)).toBe(true);
  });

  it('accepts numbers issued before the check existed', () => {
    expect(isValidSnils('001-001-998 12')).toBe(true);
    expect(isValidSnils(`${'001001999'}00`)).toBe(snilsCheckNumber('001001999') === 0);
  });

  it('normalises to the printed form through the shared schema, with Russian messages', () => {
    expect(snilsSchema.parse(withCheck('123456789').replace(/(\d{3})(\d{3})(\d{3})(\d{2})/, '$1 $2 $3-$4'))).toBe(
      formatSnils(withCheck('123456789')),
    );
    expect(snilsSchema.safeParse('123').error?.issues[0].message).toBe('СНИЛС должен содержать 11 цифр');
    expect(snilsSchema.safeParse('112-233-445 96').error?.issues[0].message).toBe('Неверный СНИЛС: контрольное число не сходится');
  });
});
