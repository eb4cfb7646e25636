import { hypotheticalRequest, incomeProblems, whatIfFrom } from '../../admin-ui/src/poverty/calculator/calculatorInput';
import type { Assessment } from '../../shared/schemas/poverty';

const typed = {
  region: 'RU-LIP',
  date: '2026-12-01',
  members: [
    { key: 'm1', name: 'Анна', birthDate: '1988-04-12', group: '' as const, incomes: ['20 000', '', '0'] },
    { key: 'm2', name: '', birthDate: '1950-01-01', group: 'PENSIONER' as const, incomes: ['7900,5', '7 900', '7900.05'] },
  ],
};

describe('the calculator’s typed household', () => {
  it('sends a blank month as missing and a typed zero as zero, in kopecks, for the three months before the date', () => {
    const request = hypotheticalRequest(typed);
    expect(request).toMatchObject({ region: 'RU-LIP', date: '2026-12-01' });
    if (!('members' in request)) throw new Error('a hypothetical request has members');
    expect(request.members[0].incomes).toEqual([
      { period: '2026-09', amountKopecks: 2_000_000 },
      { period: '2026-11', amountKopecks: 0 },
    ]);
    expect(request.members[0]).not.toHaveProperty('group');
    expect(request.members[1]).toMatchObject({ group: 'PENSIONER' });
    expect(request.members[1].incomes.map((i) => i.amountKopecks)).toEqual([790_050, 790_000, 790_005]);
  });

  it('names the incomes that cannot be read as roubles', () => {
    const bad = { ...typed, members: [{ ...typed.members[0], incomes: ['20 000', '12,345', 'много'] }] };
    expect([...incomeProblems(bad)]).toEqual(['m1:1', 'm1:2']);
  });

  it('turns a family’s assessment into editable inputs for “what if”, an unreported month left blank', () => {
    const member = {
      key: 'p1',
      personId: '7b0f3c52-54a4-4e0c-9d77-3f1d2a9d8e10',
      name: 'Ёлкина Анна',
      birthDate: '1988-04-12',
      ageYears: 38,
      group: 'WORKING_AGE' as const,
      groupReason: '38 лет',
      subsistenceKopecks: 1_017_400,
      subsistenceSource: { id: null, actTitle: 'акт', actNumber: null, actDate: null, effectiveFrom: '2020-01-01', confirmed: true },
      incomeByMonth: [
        { period: '2026-09', kopecks: 2_000_050 },
        { period: '2026-10', kopecks: 0 },
        { period: '2026-11', kopecks: 0 },
      ],
      incomeTotalKopecks: 2_000_050,
    };
    const assessment = {
      region: 'RU-LIP',
      assessedOn: '2026-12-01',
      months: ['2026-09', '2026-10', '2026-11'],
      monthsWithoutIncome: ['2026-10'],
      members: [member],
    };
    const input = whatIfFrom(assessment as unknown as Assessment);
    expect(input).toEqual({
      region: 'RU-LIP',
      date: '2026-12-01',
      members: [{ key: 'p1', name: 'Ёлкина Анна', birthDate: '1988-04-12', group: 'WORKING_AGE', incomes: ['20000,50', '', '0,00'] }],
    });
    // Sent back unchanged, the unreported month stays unreported.
    const again = hypotheticalRequest(input);
    if (!('members' in again)) throw new Error('a hypothetical request has members');
    expect(again.members[0].incomes).toEqual([
      { period: '2026-09', amountKopecks: 2_000_050 },
      { period: '2026-11', amountKopecks: 0 },
    ]);
  });
});
