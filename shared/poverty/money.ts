/**
 * Money of the poverty rules: whole kopecks in safe integers, never binary floating point roubles.
 * The one rounding rule is half-up to a whole kopeck (or basis point), applied by divideHalfUp where
 * a division is unavoidable: per-capita income, the threshold, the near-poverty bound, the depth share.
 */
export function divideHalfUp(dividend: number, divisor: number): number {
  if (!Number.isSafeInteger(dividend) || !Number.isSafeInteger(divisor) || dividend < 0 || divisor <= 0) {
    throw new RangeError(`divideHalfUp needs a non-negative integer over a positive integer, got ${dividend}/${divisor}`);
  }
  const quotient = Math.floor(dividend / divisor);
  return 2 * (dividend - quotient * divisor) >= divisor ? quotient + 1 : quotient;
}

/** '10 174,00 ₽': what the Russian forms print. */
export function formatRoubles(kopecks: number): string {
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(kopecks);
  const roubles = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${roubles},${String(abs % 100).padStart(2, '0')} ₽`;
}

/** Basis points as '12,34 %'. */
export const formatBasisPoints = (bp: number): string => `${Math.floor(bp / 100)},${String(bp % 100).padStart(2, '0')} %`;

/** A decimal rouble amount as the database and the passport API write it ('1234.5', '1234.56') → kopecks. */
export function kopecksOf(amount: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new RangeError(`not a rouble amount: ${amount}`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
