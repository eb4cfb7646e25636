import fc from 'fast-check';
import { SUBSISTENCE_MINIMUMS } from '../../prisma/seed/data/subsistenceMinimums';
import type { MemberGroup, PersonCategory, Sex } from '../../shared/domain';
import type { MemberInput, SubsistenceRow } from '../../shared/poverty/assessment';
import { AssessmentError, DEFAULT_NEAR_BAND_PERMILLE, assessHousehold } from '../../shared/poverty/assessment';
import { divideHalfUp, formatRoubles, kopecksOf } from '../../shared/poverty/money';
import { REGIONS } from '../../shared/poverty/regions';
import { incomeMonths } from '../../shared/poverty/window';

/** The shipped table, as the rules read it. */
const TABLE: SubsistenceRow[] = SUBSISTENCE_MINIMUMS.map((r) => ({ ...r, id: null }));
const DATE = '2026-12-01'; // income window: 2026-09, 2026-10, 2026-11
const WINDOW = ['2026-09', '2026-10', '2026-11'];

interface Person {
  birthDate: string;
  sex?: Sex;
  categories?: PersonCategory[];
  /** roubles per month over the window; a missing month is left out */
  monthly?: (number | null)[];
}

const member = (p: Person, i: number): MemberInput => ({
  key: `m${i + 1}`,
  personId: null,
  name: `Член семьи ${i + 1}`,
  birthDate: p.birthDate,
  sex: p.sex ?? 'FEMALE',
  categories: p.categories ?? [],
  disabilityGroup: null,
  incomes: (p.monthly ?? []).flatMap((roubles, m) => (roubles === null ? [] : [{ period: WINDOW[m], kopecks: roubles * 100 }])),
});

const assess = (region: 'RU-SAM' | 'RU-LIP', people: Person[], date = DATE) =>
  assessHousehold({
    region: REGIONS[region],
    date,
    members: people.map(member),
    categories: [],
    table: TABLE,
    nearBandPermille: DEFAULT_NEAR_BAND_PERMILLE,
  });

const every = (roubles: number) => [roubles, roubles, roubles];

describe('household assessment against the subsistence minimum (hand-computed families)', () => {
  const cases: {
    name: string;
    region: 'RU-SAM' | 'RU-LIP';
    people: Person[];
    groups: MemberGroup[];
    threshold: number;
    perCapita: number;
    verdict: 'BELOW' | 'NEAR' | 'ABOVE';
    depth: number;
    depthBasisPoints: number;
    deficit: number;
    missing?: string[];
  }[] = [
    {
      // 14 000 ₽ × 3 / 3 / 1 = 14 000,00 ₽ < 15 311,00 ₽ (Samara 2026, pensioners); 1 311 / 15 311 = 8,562 % → 856 bp
      name: 'a single pensioner on a small pension is below the minimum',
      region: 'RU-SAM',
      people: [{ birthDate: '1956-03-10', categories: ['PENSIONER'], monthly: every(14_000) }],
      groups: ['PENSIONER'],
      threshold: 1_531_100,
      perCapita: 1_400_000,
      verdict: 'BELOW',
      depth: 131_100,
      depthBasisPoints: 856,
      deficit: 131_100,
    },
    {
      // Lipetsk: (2 × 10 174 + 2 × 9 510) / 4 = 9 842,00 ₽; (18 000 + 12 000) / 4 = 7 500,00 ₽;
      // depth 2 342 ₽ = 23,796 % → 2380 bp; deficit 4 × 2 342 = 9 368 ₽
      name: 'two working adults with two children on 30 000 ₽ a month are below the Lipetsk minimum',
      region: 'RU-LIP',
      people: [
        { birthDate: '1990-05-01', sex: 'MALE', monthly: every(18_000) },
        { birthDate: '1992-07-20', monthly: every(12_000) },
        { birthDate: '2016-01-15' },
        { birthDate: '2021-09-30' },
      ],
      groups: ['WORKING_AGE', 'WORKING_AGE', 'CHILD', 'CHILD'],
      threshold: 984_200,
      perCapita: 750_000,
      verdict: 'BELOW',
      depth: 234_200,
      depthBasisPoints: 2380,
      deficit: 936_800,
    },
    {
      // 45 000 / 4 = 11 250 ₽: above 9 842 ₽ but not above 1,5 × 9 842 = 14 763 ₽
      name: 'the same family on 45 000 ₽ a month is in the near-poverty band',
      region: 'RU-LIP',
      people: [
        { birthDate: '1990-05-01', sex: 'MALE', monthly: every(25_000) },
        { birthDate: '1992-07-20', monthly: every(20_000) },
        { birthDate: '2016-01-15' },
        { birthDate: '2021-09-30' },
      ],
      groups: ['WORKING_AGE', 'WORKING_AGE', 'CHILD', 'CHILD'],
      threshold: 984_200,
      perCapita: 1_125_000,
      verdict: 'NEAR',
      depth: 0,
      depthBasisPoints: 0,
      deficit: 0,
    },
    {
      name: 'the same family on 70 000 ₽ a month is above the band',
      region: 'RU-LIP',
      people: [
        { birthDate: '1990-05-01', sex: 'MALE', monthly: every(40_000) },
        { birthDate: '1992-07-20', monthly: every(30_000) },
        { birthDate: '2016-01-15' },
        { birthDate: '2021-09-30' },
      ],
      groups: ['WORKING_AGE', 'WORKING_AGE', 'CHILD', 'CHILD'],
      threshold: 984_200,
      perCapita: 1_750_000,
      verdict: 'ABOVE',
      depth: 0,
      depthBasisPoints: 0,
      deficit: 0,
    },
    {
      name: 'an income exactly on the threshold is not below it (near-poverty, depth zero)',
      region: 'RU-LIP',
      people: [{ birthDate: '1985-02-02', monthly: every(10_174) }],
      groups: ['WORKING_AGE'],
      threshold: 1_017_400,
      perCapita: 1_017_400,
      verdict: 'NEAR',
      depth: 0,
      depthBasisPoints: 0,
      deficit: 0,
    },
    {
      // 20 000 + 20 000 + 0 = 40 000 ₽ / 3 = 13 333,333… → 13 333,33 ₽; 19 405 − 13 333,33 = 6 071,67 ₽ = 31,289 % → 3129 bp
      name: 'a month without income counts as zero and is named',
      region: 'RU-SAM',
      people: [{ birthDate: '1988-11-11', sex: 'MALE', monthly: [20_000, 20_000, null] }],
      groups: ['WORKING_AGE'],
      threshold: 1_940_500,
      perCapita: 1_333_333,
      verdict: 'BELOW',
      depth: 607_167,
      depthBasisPoints: 3129,
      deficit: 607_167,
      missing: ['2026-11'],
    },
    {
      // the son turned 16 on 15.10.2026, inside the window: on the assessment date he is working-age.
      // (10 174 × 2) / 2 = 10 174 ₽; 15 000 × 3 / 3 / 2 = 7 500 ₽
      name: 'a member who turned 16 inside the income window counts as working-age on the date',
      region: 'RU-LIP',
      people: [
        { birthDate: '1986-04-04', monthly: every(15_000) },
        { birthDate: '2010-10-15', sex: 'MALE' },
      ],
      groups: ['WORKING_AGE', 'WORKING_AGE'],
      threshold: 1_017_400,
      perCapita: 750_000,
      verdict: 'BELOW',
      depth: 267_400,
      depthBasisPoints: 2628,
      deficit: 534_800,
    },
    {
      // turning 16 on 15.12.2026, after the date: still a child. (10 174 + 9 510) / 2 = 9 842 ₽
      name: 'a member who turns 16 after the date is still a child',
      region: 'RU-LIP',
      people: [
        { birthDate: '1986-04-04', monthly: every(15_000) },
        { birthDate: '2010-12-15', sex: 'MALE' },
      ],
      groups: ['WORKING_AGE', 'CHILD'],
      threshold: 984_200,
      perCapita: 750_000,
      verdict: 'BELOW',
      depth: 234_200,
      depthBasisPoints: 2380,
      deficit: 468_400,
    },
    {
      // Lipetsk: pensioners (disabled) 7 900 ₽; (10 174 + 7 900 + 9 510) / 3 = 9 194,666… → 9 194,67 ₽ (half-up)
      name: 'a disabled adult is in the pensioners group and the threshold rounds half-up to a kopeck',
      region: 'RU-LIP',
      people: [
        { birthDate: '1980-01-01', monthly: every(30_000) },
        { birthDate: '1979-06-06', sex: 'MALE', categories: ['DISABLED'] },
        { birthDate: '2015-03-03' },
      ],
      groups: ['WORKING_AGE', 'PENSIONER', 'CHILD'],
      threshold: 919_467,
      perCapita: 1_000_000,
      verdict: 'NEAR',
      depth: 0,
      depthBasisPoints: 0,
      deficit: 0,
    },
  ];

  it.each(cases)('$name', (c) => {
    const result = assess(c.region, c.people);
    expect(result.members.map((m) => m.group)).toEqual(c.groups);
    expect(result.thresholdKopecks).toBe(c.threshold);
    expect(result.perCapitaIncomeKopecks).toBe(c.perCapita);
    expect(result.verdict).toBe(c.verdict);
    expect(result.depthKopecks).toBe(c.depth);
    expect(result.depthBasisPoints).toBe(c.depthBasisPoints);
    expect(result.deficitKopecks).toBe(c.deficit);
    expect(result.monthsWithoutIncome).toEqual(c.missing ?? []);
    expect(result.months).toEqual(WINDOW);
  });

  it('names every input so the arithmetic can be checked by hand', () => {
    const result = assess('RU-SAM', [{ birthDate: '1956-03-10', categories: ['PENSIONER'], monthly: every(14_000) }]);
    const line = (key: string) => result.lines.find((l) => l.key === key)?.value;
    expect(line('months')).toBe('2026-09, 2026-10, 2026-11');
    expect(line('incomeTotal')).toBe('42 000,00 ₽');
    expect(line('threshold')).toBe('15 311,00 ₽');
    expect(line('perCapitaIncome')).toBe('14 000,00 ₽');
    expect(line('depth')).toBe('1 311,00 ₽ (8,56 % порога)');
    expect(line('member:m1')).toContain('пенсионер (категория «пенсионер»); ПМ 15 311,00 ₽');
    expect(result.members[0].subsistenceSource.actTitle).toContain('Самарской области');
  });

  it('uses the value in force on the date: Samara 2025 for an assessment in 2025', () => {
    const result = assess('RU-SAM', [{ birthDate: '1956-03-10', categories: ['PENSIONER'] }], '2025-06-15');
    expect(result.thresholdKopecks).toBe(1_433_500);
    expect(result.months).toEqual(['2025-03', '2025-04', '2025-05']);
  });

  it('refuses a date before any value of the region and a household without members', () => {
    expect(() => assess('RU-SAM', [{ birthDate: '1956-03-10' }], '2024-12-31')).toThrow(AssessmentError);
    expect(() => assess('RU-SAM', [])).toThrow('В семье нет ни одного человека');
  });
});

describe('money arithmetic', () => {
  it.each([
    [5, 2, 3],
    [7, 2, 4],
    [1, 3, 0],
    [2, 3, 1],
    [2_758_400, 3, 919_467],
    [0, 7, 0],
  ])('divideHalfUp(%i, %i) = %i', (a, b, q) => expect(divideHalfUp(a, b)).toBe(q));

  it('reads and prints rouble amounts in kopecks', () => {
    expect(kopecksOf('10174')).toBe(1_017_400);
    expect(kopecksOf('12.5')).toBe(1250);
    expect(kopecksOf('0.07')).toBe(7);
    expect(formatRoubles(1_017_400)).toBe('10 174,00 ₽');
    expect(formatRoubles(5)).toBe('0,05 ₽');
  });

  it('takes the three full months before the date, across a year boundary', () => {
    expect(incomeMonths('2026-02-28')).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});

describe('properties of the assessment', () => {
  const person = fc.record({
    birthDate: fc
      .date({ min: new Date('1930-01-01'), max: new Date('2026-11-30'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    sex: fc.constantFrom<Sex>('MALE', 'FEMALE'),
    categories: fc.subarray<PersonCategory>(['PENSIONER', 'DISABLED', 'UNEMPLOYED']),
    monthly: fc.array(fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null }), { minLength: 3, maxLength: 3 }),
  });
  const region = fc.constantFrom<'RU-SAM' | 'RU-LIP'>('RU-SAM', 'RU-LIP');
  const RANK = { BELOW: 0, NEAR: 1, ABOVE: 2 } as const;

  it('raising any income never lowers the verdict (so never turns ABOVE into BELOW)', () => {
    fc.assert(
      fc.property(
        region,
        fc.array(person, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat({ max: 2 }),
        fc.integer({ min: 1, max: 100_000 }),
        (r, people, who, month, raise) => {
          const before = assess(r, people);
          const raised = people.map((p, i) =>
            i === who % people.length ? { ...p, monthly: p.monthly.map((v, m) => (m === month ? (v ?? 0) + raise : v)) } : p,
          );
          const after = assess(r, raised);
          expect(RANK[after.verdict]).toBeGreaterThanOrEqual(RANK[before.verdict]);
          expect(after.perCapitaIncomeKopecks).toBeGreaterThanOrEqual(before.perCapitaIncomeKopecks);
        },
      ),
    );
  });

  it('adding a member with no income never raises the per-capita income', () => {
    fc.assert(
      fc.property(region, fc.array(person, { minLength: 1, maxLength: 6 }), person, (r, people, newcomer) => {
        const before = assess(r, people);
        const after = assess(r, [...people, { ...newcomer, monthly: [null, null, null] }]);
        expect(after.perCapitaIncomeKopecks).toBeLessThanOrEqual(before.perCapitaIncomeKopecks);
      }),
    );
  });
});
