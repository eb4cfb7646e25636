import type { MemberGroup } from '../../../../shared/domain';
import { incomeMonths } from '../../../../shared/poverty/window';
import { parseRoubles, roublesText } from '../roublesInput';
import type { Assessment, CalculatorRequest } from '../../../../shared/schemas/poverty';

/** One person of a household typed into the calculator; incomes as typed, one per month of the window. */
export interface MemberInput {
  key: string;
  name: string;
  birthDate: string;
  /** '' lets the region's rules decide from the age (and categories). */
  group: MemberGroup | '';
  incomes: string[];
}

export interface HypotheticalInput {
  region: string;
  date: string;
  members: MemberInput[];
}

let counter = 0;
export const newMember = (): MemberInput => ({ key: `m${++counter}`, name: '', birthDate: '', group: '', incomes: ['', '', ''] });

/** Which typed incomes cannot be read as roubles, by "member key:month index". */
export function incomeProblems(input: HypotheticalInput): Set<string> {
  const problems = new Set<string>();
  for (const m of input.members)
    m.incomes.forEach((text, i) => {
      if (text.trim() !== '' && parseRoubles(text) === null) problems.add(`${m.key}:${i}`);
    });
  return problems;
}

/**
 * The calculator's request for what was typed; a blank income is a month without data (not zero),
 * which the API names in its answer.
 */
export function hypotheticalRequest(input: HypotheticalInput, unnamed: (n: number) => string = () => ''): CalculatorRequest {
  const months = incomeMonths(input.date);
  return {
    region: input.region,
    date: input.date,
    categories: [],
    members: input.members.map((m, i) => ({
      key: m.key,
      // A member left unnamed is still named in the arithmetic and the conclusion.
      name: m.name.trim() || unnamed(i + 1),
      birthDate: m.birthDate,
      categories: [],
      ...(m.group ? { group: m.group } : {}),
      incomes: months.flatMap((period, i) => {
        const amountKopecks = parseRoubles(m.incomes[i] ?? '');
        return amountKopecks === null ? [] : [{ period, amountKopecks }];
      }),
    })),
  };
}

/**
 * A real household's assessment as an editable hypothetical one, for "what if": every member keeps
 * the group the assessment gave them (their categories are not copied), incomes by month.
 */
export function whatIfFrom(assessment: Assessment): HypotheticalInput {
  return {
    region: assessment.region,
    date: assessment.assessedOn,
    members: assessment.members.map((m) => ({
      key: m.key,
      name: m.name,
      birthDate: m.birthDate,
      group: m.group,
      incomes: assessment.months.map((period) => {
        const month = m.incomeByMonth.find((x) => x.period === period);
        const missing = !month || (month.kopecks === 0 && assessment.monthsWithoutIncome.includes(period));
        return missing ? '' : roublesText(month.kopecks);
      }),
    })),
  };
}
