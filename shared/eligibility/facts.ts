import { ageOn } from '../poverty/window';

/** The need states that count as "the family has it" (received) and "it is on its way" (open). */
const RECEIVED = new Set(['RESOLVED']);
const OPEN = new Set(['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_INFO']);

export const ADULT_AGE = 18;

/** What a rule may read about one member. */
export interface MemberFacts {
  id: string;
  ageYears: number;
  /** full months since birth: a rule about babies needs more than years */
  ageMonths: number;
  sex: string;
  adult: boolean;
  categories: string[];
  disabilityGroup: string | null;
  receivedMeasures: string[];
  openMeasures: string[];
}

/** What a rule may read about the household: built once per passport, shared by every situation. */
export interface HouseholdFacts {
  id: string;
  municipalityId: string;
  categories: string[];
  membersCount: number;
  adultsCount: number;
  childrenCount: number;
  underOneCount: number;
  underThreeCount: number;
  /** children of 6 to 17 full years */
  schoolAgeCount: number;
  pensionersCount: number;
  disabledCount: number;
  unemployedCount: number;
  guardiansCount: number;
  pregnantCount: number;
  /** the current poverty assessment's verdict; null when the household has not been assessed */
  verdict: string | null;
  perCapitaIncomeKopecks: number | null;
  thresholdKopecks: number | null;
  /** measure codes any member has received (a resolved need) */
  receivedMeasures: string[];
  /** measure codes of any member's needs still in work */
  openMeasures: string[];
  /** who a household-wide measure is registered for: the eldest adult, or the eldest member */
  applicantId: string | null;
  members: MemberFacts[];
}

/** The slice of a loaded passport the facts are built from (see ./loadFacts.ts for the query). */
export interface PassportForFacts {
  id: string;
  municipalityId: string;
  categories: readonly string[];
  assessments: readonly { verdict: string; perCapitaIncomeKopecks: number; thresholdKopecks: number }[];
  members: readonly {
    id: string;
    birthDate: Date | string;
    sex: string;
    categories: readonly string[];
    disabilityGroup: string | null;
    needs: readonly { status: string; measure: { code: string } }[];
  }[];
}

const isoDay = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Full calendar months between a birth date and a date ('YYYY-MM-DD'). */
export function monthsOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

const codesWhere = (needs: readonly { status: string; measure: { code: string } }[], states: Set<string>) =>
  [...new Set(needs.filter((n) => states.has(n.status)).map((n) => n.measure.code))].sort();

/** The facts of a household on a date ('YYYY-MM-DD'): a pure function of the loaded passport. */
export function householdFacts(passport: PassportForFacts, today: string): HouseholdFacts {
  const members: MemberFacts[] = passport.members.map((m) => {
    const birth = isoDay(m.birthDate);
    const ageYears = ageOn(birth, today);
    return {
      id: m.id,
      ageYears,
      ageMonths: monthsOn(birth, today),
      sex: m.sex,
      adult: ageYears >= ADULT_AGE,
      categories: [...m.categories],
      disabilityGroup: m.disabilityGroup,
      receivedMeasures: codesWhere(m.needs, RECEIVED),
      openMeasures: codesWhere(m.needs, OPEN),
    };
  });
  const count = (test: (m: MemberFacts) => boolean) => members.filter(test).length;
  const has = (category: string) => (m: MemberFacts) => m.categories.includes(category);
  const eldestFirst = [...members].sort((a, b) => b.ageMonths - a.ageMonths || a.id.localeCompare(b.id));
  const assessment = passport.assessments[0] ?? null;
  const allNeeds = passport.members.flatMap((m) => m.needs);
  return {
    id: passport.id,
    municipalityId: passport.municipalityId,
    categories: [...passport.categories],
    membersCount: members.length,
    adultsCount: count((m) => m.adult),
    childrenCount: count((m) => !m.adult),
    underOneCount: count((m) => m.ageMonths < 12),
    underThreeCount: count((m) => m.ageYears < 3),
    schoolAgeCount: count((m) => m.ageYears >= 6 && !m.adult),
    pensionersCount: count(has('PENSIONER')),
    disabledCount: count(has('DISABLED')),
    unemployedCount: count(has('UNEMPLOYED')),
    guardiansCount: count(has('GUARDIAN')),
    pregnantCount: count(has('PREGNANT')),
    verdict: assessment?.verdict ?? null,
    perCapitaIncomeKopecks: assessment?.perCapitaIncomeKopecks ?? null,
    thresholdKopecks: assessment?.thresholdKopecks ?? null,
    receivedMeasures: codesWhere(allNeeds, RECEIVED),
    openMeasures: codesWhere(allNeeds, OPEN),
    applicantId: (eldestFirst.find((m) => m.adult) ?? eldestFirst[0])?.id ?? null,
    members,
  };
}

/** The fact names a rule may read with { "var": … }: household.<name> and, in member rules, member.<name>. */
export const HOUSEHOLD_FACT_NAMES: readonly string[] = [
  'id',
  'municipalityId',
  'categories',
  'membersCount',
  'adultsCount',
  'childrenCount',
  'underOneCount',
  'underThreeCount',
  'schoolAgeCount',
  'pensionersCount',
  'disabledCount',
  'unemployedCount',
  'guardiansCount',
  'pregnantCount',
  'verdict',
  'perCapitaIncomeKopecks',
  'thresholdKopecks',
  'receivedMeasures',
  'openMeasures',
  'applicantId',
  'members',
];
export const MEMBER_FACT_NAMES: readonly string[] = [
  'id',
  'ageYears',
  'ageMonths',
  'sex',
  'adult',
  'categories',
  'disabilityGroup',
  'receivedMeasures',
  'openMeasures',
];
