import type { DisabilityGroup, HouseholdCategory, MemberGroup, PersonCategory, Sex } from '../domain';
import type { Assessment } from '../schemas/poverty';
import { divideHalfUp, formatBasisPoints, formatRoubles } from './money';
import type { RegionRules } from './regions';
import { ageOn, incomeMonths, russianDate } from './window';

/** One row of the subsistence-minimum table, as the rules need it. */
export interface SubsistenceRow {
  id: string | null;
  region: string;
  effectiveFrom: string;
  group: MemberGroup | 'PER_CAPITA';
  amountKopecks: number;
  actTitle: string;
  actNumber: string | null;
  actDate: string | null;
  confirmed: boolean;
}

export interface MemberInput {
  key: string;
  personId: string | null;
  name: string;
  birthDate: string;
  sex: Sex | null;
  categories: readonly PersonCategory[];
  disabilityGroup: DisabilityGroup | null;
  /** The calculator may fix a member's group; real households always follow the region's rules. */
  groupOverride?: MemberGroup;
  incomes: readonly { period: string; kopecks: number }[];
}

export interface HouseholdInput {
  region: RegionRules;
  date: string;
  members: readonly MemberInput[];
  categories: readonly HouseholdCategory[];
  table: readonly SubsistenceRow[];
  /** The upper bound of near-poverty as a multiple of the threshold, in thousandths (1500 = 1.5×). */
  nearBandPermille: number;
}

export const DEFAULT_NEAR_BAND_PERMILLE = 1500;
const ADULT_AGE = 18;
const LARGE_FAMILY_MINORS = 3;

export class AssessmentError extends Error {
  constructor(
    readonly code: 'NO_MEMBERS' | 'NO_SUBSISTENCE_MINIMUM',
    message: string,
  ) {
    super(message);
    this.name = 'AssessmentError';
  }
}

const GROUP_NAMES: Record<MemberGroup, string> = { WORKING_AGE: 'трудоспособный', PENSIONER: 'пенсионер', CHILD: 'ребёнок' };

function groupOf(member: MemberInput, age: number, region: RegionRules): { group: MemberGroup; reason: string } {
  if (member.groupOverride) return { group: member.groupOverride, reason: 'группа указана вручную' };
  if (age < region.childUnderAge) return { group: 'CHILD', reason: `${age} лет: младше ${region.childUnderAge}` };
  if (member.categories.includes('PENSIONER')) return { group: 'PENSIONER', reason: 'категория «пенсионер»' };
  if (region.disabledCountAsPensioners && member.categories.includes('DISABLED'))
    return { group: 'PENSIONER', reason: 'категория «инвалид»' };
  if (member.sex && age >= region.pensionAge[member.sex]) return { group: 'PENSIONER', reason: `${age} лет: пенсионный возраст` };
  return { group: 'WORKING_AGE', reason: `${age} лет` };
}

/** The row in force on the date: the latest effectiveFrom not after it, for the region and group. */
function subsistenceFor(table: readonly SubsistenceRow[], region: string, group: MemberGroup, date: string): SubsistenceRow {
  let found: SubsistenceRow | undefined;
  for (const row of table) {
    if (row.region === region && row.group === group && row.effectiveFrom <= date && (!found || row.effectiveFrom > found.effectiveFrom))
      found = row;
  }
  if (!found)
    throw new AssessmentError(
      'NO_SUBSISTENCE_MINIMUM',
      `Нет прожиточного минимума региона ${region} для группы «${GROUP_NAMES[group]}» на ${russianDate(date)}`,
    );
  return found;
}

/**
 * A household's income against the subsistence minimum on a date. Pure: everything it reads is in
 * the input, and every number it produces is named in `lines` so a person can redo the arithmetic.
 */
export function assessHousehold(input: HouseholdInput): Assessment {
  const { region, date } = input;
  if (input.members.length === 0) throw new AssessmentError('NO_MEMBERS', 'В семье нет ни одного человека');
  const months = incomeMonths(date);
  const members = input.members.map((m) => {
    const ageYears = ageOn(m.birthDate, date);
    const { group, reason } = groupOf(m, ageYears, region);
    const row = subsistenceFor(input.table, region.code, group, date);
    const incomeByMonth = months.map((period) => ({
      period,
      kopecks: m.incomes.filter((i) => i.period === period).reduce((sum, i) => sum + i.kopecks, 0),
    }));
    return {
      key: m.key,
      personId: m.personId,
      name: m.name,
      birthDate: m.birthDate,
      ageYears,
      group,
      groupReason: reason,
      subsistenceKopecks: row.amountKopecks,
      subsistenceSource: {
        id: row.id,
        actTitle: row.actTitle,
        actNumber: row.actNumber,
        actDate: row.actDate,
        effectiveFrom: row.effectiveFrom,
        confirmed: row.confirmed,
      },
      incomeByMonth,
      incomeTotalKopecks: incomeByMonth.reduce((sum, i) => sum + i.kopecks, 0),
      minor: ageYears < ADULT_AGE,
      disabled: m.categories.includes('DISABLED'),
    };
  });
  const n = members.length;
  const reported = new Set(input.members.flatMap((m) => m.incomes.map((i) => i.period)));
  const monthsWithoutIncome = months.filter((p) => !reported.has(p));

  const incomeTotalKopecks = members.reduce((sum, m) => sum + m.incomeTotalKopecks, 0);
  const monthlyIncomeKopecks = divideHalfUp(incomeTotalKopecks, months.length);
  const perCapitaIncomeKopecks = divideHalfUp(incomeTotalKopecks, months.length * n);
  const subsistenceSumKopecks = members.reduce((sum, m) => sum + m.subsistenceKopecks, 0);
  const thresholdKopecks = divideHalfUp(subsistenceSumKopecks, n);
  const nearUpperKopecks = divideHalfUp(thresholdKopecks * input.nearBandPermille, 1000);
  const verdict = perCapitaIncomeKopecks < thresholdKopecks ? 'BELOW' : perCapitaIncomeKopecks <= nearUpperKopecks ? 'NEAR' : 'ABOVE';
  const depthKopecks = Math.max(0, thresholdKopecks - perCapitaIncomeKopecks);
  const depthBasisPoints = thresholdKopecks === 0 ? 0 : divideHalfUp(depthKopecks * 10_000, thresholdKopecks);
  const deficitKopecks = depthKopecks * n;
  const minors = members.filter((m) => m.minor).length;
  const composition = {
    members: n,
    children: members.filter((m) => m.group === 'CHILD').length,
    pensioners: members.filter((m) => m.group === 'PENSIONER').length,
    disabled: members.filter((m) => m.disabled).length,
    largeFamily: input.categories.includes('LARGE_FAMILY') || minors >= LARGE_FAMILY_MINORS,
    singleParent: input.categories.includes('SINGLE_PARENT'),
  };
  const band = `${Math.floor(input.nearBandPermille / 1000)},${
    String(input.nearBandPermille % 1000)
      .padStart(3, '0')
      .replace(/0+$/, '') || '0'
  }`;
  const lines = [
    { key: 'date', label: 'Дата оценки', value: russianDate(date) },
    { key: 'region', label: 'Регион', value: region.name },
    { key: 'months', label: 'Расчётный период: 3 полных месяца до даты оценки', value: months.join(', ') },
    ...members.map((m) => ({
      key: `member:${m.key}`,
      label: m.name || m.key,
      value: `${GROUP_NAMES[m.group]} (${m.groupReason}); ПМ ${formatRoubles(m.subsistenceKopecks)}; доход за период ${formatRoubles(m.incomeTotalKopecks)}`,
    })),
    { key: 'members', label: 'Число членов семьи', value: String(n) },
    { key: 'incomeTotal', label: 'Доход семьи за 3 месяца', value: formatRoubles(incomeTotalKopecks) },
    {
      key: 'monthsWithoutIncome',
      label: 'Месяцы без сведений о доходах (учтены как 0)',
      value: monthsWithoutIncome.length ? monthsWithoutIncome.join(', ') : 'нет',
    },
    { key: 'monthlyIncome', label: 'Среднемесячный доход семьи (доход за 3 месяца / 3)', value: formatRoubles(monthlyIncomeKopecks) },
    {
      key: 'perCapitaIncome',
      label: `Среднедушевой доход (доход за 3 месяца / 3 / ${n}, округление до копейки)`,
      value: formatRoubles(perCapitaIncomeKopecks),
    },
    { key: 'subsistenceSum', label: 'Сумма прожиточных минимумов членов семьи', value: formatRoubles(subsistenceSumKopecks) },
    { key: 'threshold', label: `Порог семьи (сумма ПМ / ${n}, округление до копейки)`, value: formatRoubles(thresholdKopecks) },
    { key: 'nearUpper', label: `Верхняя граница зоны риска (порог × ${band})`, value: formatRoubles(nearUpperKopecks) },
    { key: 'verdict', label: 'Вывод', value: VERDICT_WORDS[verdict] },
    {
      key: 'depth',
      label: 'Глубина бедности на человека',
      value: `${formatRoubles(depthKopecks)} (${formatBasisPoints(depthBasisPoints)} порога)`,
    },
    { key: 'deficit', label: 'Дефицит дохода семьи в месяц (глубина × число членов)', value: formatRoubles(deficitKopecks) },
  ];
  return {
    region: region.code,
    assessedOn: date,
    months,
    monthsWithoutIncome,
    members: members.map(({ minor: _minor, disabled: _disabled, ...m }) => m),
    composition,
    incomeTotalKopecks,
    monthlyIncomeKopecks,
    perCapitaIncomeKopecks,
    subsistenceSumKopecks,
    thresholdKopecks,
    nearBandPermille: input.nearBandPermille,
    nearUpperKopecks,
    verdict,
    depthKopecks,
    depthBasisPoints,
    deficitKopecks,
    lines,
  };
}

export const VERDICT_WORDS = {
  BELOW: 'доход ниже прожиточного минимума',
  NEAR: 'зона риска бедности (доход выше порога, но не выше верхней границы)',
  ABOVE: 'доход выше зоны риска бедности',
} as const;
