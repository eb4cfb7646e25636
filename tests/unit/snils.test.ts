import { formatSnils, isValidSnils, normalizeSnils, snilsCheckNumber, snilsSchema } from '../../shared/snils';

// Weighted sums (digits × 9..1) are worked out by hand in the comments.
describe('SNILS', () => {
  it('accepts a number whose check digits equal a weighted sum below 100', () => {
    // 1·9 + 1·8 + 2·7 + 2·6 + 3·5 + 3·4 + 4·3 + 4·2 + 5·1 = 95
    expect(snilsCheckNumber('112233445')).toBe(95);
    expect(isValidSnils('112-233-445 95')).toBe(true);
  });

  it('reads the common spellings: dashes, spaces, none, pasted dashes and non-breaking spaces', () => {
    for (const spelling of ['112-233-445 95', '11223344595', ' 112 233 445 95 ', '112-233-445-95', '112–233–445\u00a095']) {
      expect(normalizeSnils(spelling)).toBe('11223344595');
      expect(isValidSnils(spelling)).toBe(true);
    }
  });

  it('takes a weighted sum above 101 modulo 101', () => {
    expect(snilsCheckNumber('123456789')).toBe(64); // 165 − 101
    expect(snilsCheckNumber('987654321')).toBe(83); // 285 − 2·101
    expect(isValidSnils('123-456-789 64')).toBe(true);
    expect(isValidSnils('987-654-321 83')).toBe(true);
  });

  it('writes a weighted sum of exactly 100 or 101 as check number 00', () => {
    expect(snilsCheckNumber('920000003')).toBe(0); // 81 + 16 + 3 = 100
    expect(snilsCheckNumber('920000004')).toBe(0); // 81 + 16 + 4 = 101
    expect(isValidSnils('920-000-003 00')).toBe(true);
    expect(isValidSnils('920-000-004 00')).toBe(true);
    expect(isValidSnils('920-000-004 01')).toBe(false);
  });

  it('writes a remainder of 100 after the modulo as 00 too, and a remainder of 0 as 00', () => {
    expect(snilsCheckNumber('996000006')).toBe(0); // 81 + 72 + 42 + 6 = 201 → 201 mod 101 = 100
    expect(snilsCheckNumber('999960002')).toBe(0); // 270 + 30 + 2 = 302 → 302 mod 101 = 100
    expect(snilsCheckNumber('996000007')).toBe(0); // 202 → 202 mod 101 = 0
    expect(isValidSnils('996-000-006 00')).toBe(true);
    expect(isValidSnils('999-960-002 00')).toBe(true);
  });

  it('refuses a check number that does not match', () => {
    expect(isValidSnils('112-233-445 96')).toBe(false);
    expect(isValidSnils('123-456-789 65')).toBe(false);
    expect(isValidSnils('920-000-003 01')).toBe(false);
  });

  it('refuses anything that is not exactly 11 digits', () => {
    expect(normalizeSnils('112-233-445 9')).toBeNull();
    expect(normalizeSnils('112-233-445 951')).toBeNull();
    expect(normalizeSnils('112-233-44a 95')).toBeNull();
    expect(normalizeSnils('')).toBeNull();
    expect(isValidSnils('112-233-445 9')).toBe(false);
    expect(isValidSnils('112-233-445 95 1')).toBe(false);
  });

  it('accepts numbers up to 001-001-998, issued before the check existed, whatever their check digits', () => {
    expect(isValidSnils('001-001-998 12')).toBe(true);
    expect(isValidSnils('000-000-001 77')).toBe(true);
    // 001-001-999 is the first checked number: 1·7 + 1·4 + 9·3 + 9·2 + 9·1 = 65
    expect(isValidSnils('001-001-999 65')).toBe(true);
    expect(isValidSnils('001-001-999 12')).toBe(false);
  });

  it('formats any accepted spelling as XXX-XXX-XXX YY and refuses to format a wrong length', () => {
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
    expect(formatSnils(' 112 233 445-95')).toBe('112-233-445 95');
    expect(() => formatSnils('1122334459')).toThrow(RangeError);
  });

  it('normalises to the printed form through the schema and explains refusals in Russian', () => {
    expect(snilsSchema.parse('123 456 789-64')).toBe('123-456-789 64');
    expect(snilsSchema.safeParse('123').error?.issues[0].message).toBe('СНИЛС должен содержать 11 цифр');
    expect(snilsSchema.safeParse('112-233-445 96').error?.issues[0].message).toBe('Неверный СНИЛС: контрольное число не сходится');
    expect(snilsSchema.safeParse(11223344595).error?.issues[0].message).toBe('Укажите СНИЛС');
  });
});
