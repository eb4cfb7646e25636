import { createHash } from 'node:crypto';
import { localDate } from '../../../shared/calendar/workingDays';
import type { MemberGroup } from '../../../shared/domain';
import { REGIONS } from '../../../shared/poverty/regions';
import { ageOn, incomeMonths } from '../../../shared/poverty/window';
import { SUBSISTENCE_MINIMUMS } from './subsistenceMinimums';
import type { PersonSeed } from './types';

/** How the demo families fall against the subsistence minimum: some below, some near, most above. */
const VERDICT_SHARES = [
  { upTo: 0.15, from: 0.35, to: 0.95 }, // below the threshold
  { upTo: 0.35, from: 1.03, to: 1.45 }, // near-poverty band (up to 1.5×)
  { upTo: 1, from: 1.6, to: 4.5 }, // above
];
const MONTHS = 6;

/** A small deterministic generator per family, so the spread does not disturb the seed's other random choices. */
function randomFor(key: string): () => number {
  let state = createHash('sha256').update(key).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function latestSamaraValue(group: MemberGroup, date: string): number {
  const rows = SUBSISTENCE_MINIMUMS.filter((r) => r.region === 'RU-SAM' && r.group === group && r.effectiveFrom <= date);
  return rows.reduce((a, b) => (a.effectiveFrom > b.effectiveFrom ? a : b)).amountKopecks;
}

/**
 * Replaces a synthetic family's incomes with six months before `today` whose per-capita level puts the
 * family below, near or above its Samara threshold in the shares above (kopecks, half-up per adult).
 */
export function spreadIncomes(familyKey: string, persons: PersonSeed[], today = new Date()): void {
  const random = randomFor(familyKey);
  const date = localDate(today);
  const rules = REGIONS['RU-SAM'];
  const groupOf = (p: PersonSeed): MemberGroup => {
    const age = ageOn(p.birthDate, date);
    return age < rules.childUnderAge ? 'CHILD' : age >= rules.pensionAge[p.sex] ? 'PENSIONER' : 'WORKING_AGE';
  };
  const threshold = persons.reduce((sum, p) => sum + latestSamaraValue(groupOf(p), date), 0) / persons.length;
  const roll = random();
  const band = VERDICT_SHARES.find((b) => roll < b.upTo) ?? VERDICT_SHARES[VERDICT_SHARES.length - 1];
  const perCapita = threshold * (band.from + (band.to - band.from) * random());
  const earners = persons.filter((p) => ageOn(p.birthDate, date) >= 18);
  const payees = earners.length > 0 ? earners : persons.slice(0, 1);
  const each = Math.round((perCapita * persons.length) / payees.length);
  for (const p of persons) p.incomes = [];
  for (const p of payees) {
    const source = groupOf(p) === 'PENSIONER' ? 'PENSION' : 'SALARY';
    p.incomes = incomeMonths(date, MONTHS).map((period) => ({ source, amount: (each / 100).toFixed(2), period }));
  }
}
