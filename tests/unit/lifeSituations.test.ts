import { entitlementsOf } from '../../shared/eligibility/entitlements';
import type { PassportForFacts } from '../../shared/eligibility/facts';
import { householdFacts } from '../../shared/eligibility/facts';
import { logicProblem } from '../../shared/eligibility/rule';
import { LIFE_SITUATIONS } from '../../prisma/seed/data/lifeSituations';
import { SUPPORT_MEASURES } from '../../prisma/seed/data/supportMeasures';
import { lifeSituationCreateSchema } from '../../shared/schemas/lifeSituation';

const TODAY = '2026-12-01';

type Member = PassportForFacts['members'][number];
let seq = 0;
const member = (birthDate: string, over: Partial<Member> = {}): Member => ({
  id: `p${++seq}`,
  birthDate,
  sex: 'FEMALE',
  categories: [],
  disabilityGroup: null,
  needs: [],
  ...over,
});
const adult = (over: Partial<Member> = {}) => member('1990-05-05', over);
const family = (members: Member[], over: { verdict?: string; categories?: string[] } = {}): PassportForFacts => ({
  id: 'h',
  municipalityId: 'm',
  categories: over.categories ?? [],
  assessments: over.verdict ? [{ verdict: over.verdict, perCapitaIncomeKopecks: 1, thresholdKopecks: 2 }] : [],
  members,
});

const situation = (code: string) => {
  const found = LIFE_SITUATIONS.find((s) => s.code === code);
  if (!found) throw new Error(code);
  return found;
};
/** Who the situation gives its measures to in this family (person ids). */
const entitled = (code: string, passport: PassportForFacts) => [
  ...new Set(entitlementsOf([situation(code)], householdFacts(passport, TODAY)).map((e) => e.personId)),
];

interface Case {
  code: string;
  /** the family that just qualifies, and who gets the measures */
  qualifies: () => { passport: PassportForFacts; who: string };
  /** the closest family that does not */
  justMisses: () => PassportForFacts;
}

const withSubject = (members: Member[], who: Member, over: { verdict?: string; categories?: string[] } = {}) => ({
  passport: family(members, over),
  who: who.id,
});

const CASES: Case[] = [
  {
    code: 'CHILD_BIRTH',
    qualifies: () => {
      const baby = member('2025-12-02');
      return withSubject([adult(), baby], baby);
    },
    justMisses: () => family([adult(), member('2025-12-01')]),
  },
  {
    code: 'LOW_INCOME',
    qualifies: () => {
      const a = adult();
      return withSubject([a], a, { verdict: 'BELOW' });
    },
    justMisses: () => family([adult()], { verdict: 'NEAR' }),
  },
  {
    code: 'LOW_INCOME_WITH_CHILDREN',
    qualifies: () => {
      const a = adult();
      return withSubject([a, member('2009-12-02')], a, { verdict: 'BELOW' });
    },
    justMisses: () => family([adult(), member('2008-12-01')], { verdict: 'BELOW' }),
  },
  {
    code: 'LARGE_FAMILY',
    qualifies: () => {
      const a = adult();
      return withSubject([a, member('2010-01-01'), member('2012-01-01'), member('2014-01-01')], a);
    },
    justMisses: () => family([adult(), member('2010-01-01'), member('2012-01-01'), member('2008-12-01')]),
  },
  {
    code: 'DISABILITY',
    qualifies: () => {
      const d = adult({ categories: ['DISABLED'], disabilityGroup: 'GROUP_II' });
      return withSubject([adult(), d], d);
    },
    justMisses: () => family([adult({ categories: ['PENSIONER'] })]),
  },
  {
    code: 'BREADWINNER_LOSS',
    qualifies: () => {
      const a = adult();
      return withSubject([a, member('2009-12-02')], a, { categories: ['SINGLE_PARENT'] });
    },
    justMisses: () => family([adult(), member('2008-12-01')], { categories: ['SINGLE_PARENT'] }),
  },
  {
    code: 'JOB_LOSS',
    qualifies: () => {
      const u = member('2008-12-01', { categories: ['UNEMPLOYED'] });
      return withSubject([adult(), u], u);
    },
    justMisses: () => family([adult(), member('2008-12-02', { categories: ['UNEMPLOYED'] })]),
  },
  {
    code: 'UNEMPLOYED_POOR',
    qualifies: () => {
      const u = adult({ categories: ['UNEMPLOYED'] });
      return withSubject([u], u, { verdict: 'BELOW' });
    },
    justMisses: () => family([adult({ categories: ['UNEMPLOYED'] })], { verdict: 'NEAR' }),
  },
  {
    code: 'SCHOOL_START',
    qualifies: () => {
      const c = member('2020-12-01');
      return withSubject([adult(), c], c);
    },
    justMisses: () => family([adult(), member('2020-12-02'), member('2018-12-01')]),
  },
  {
    code: 'KINDERGARTEN_AGE',
    qualifies: () => {
      const c = member('2025-06-01');
      return withSubject([adult(), c], c);
    },
    justMisses: () => family([adult(), member('2025-06-02'), member('2023-12-01')]),
  },
  {
    code: 'TEENAGER',
    qualifies: () => {
      const t = member('2012-12-01');
      return withSubject([adult(), t], t);
    },
    justMisses: () => family([adult(), member('2012-12-02')]),
  },
  {
    code: 'PREGNANCY',
    qualifies: () => {
      const p = adult({ categories: ['PREGNANT'] });
      return withSubject([p], p);
    },
    justMisses: () => family([adult({ categories: ['GUARDIAN'] })]),
  },
  {
    code: 'SINGLE_PENSIONER',
    qualifies: () => {
      const p = member('1950-01-01', { categories: ['PENSIONER'] });
      return withSubject([p], p);
    },
    justMisses: () => family([member('1950-01-01', { categories: ['PENSIONER'] }), member('1952-01-01', { sex: 'MALE' })]),
  },
  {
    code: 'POVERTY_RISK',
    qualifies: () => {
      const a = adult();
      return withSubject([a], a, { verdict: 'NEAR' });
    },
    justMisses: () => family([adult()], { verdict: 'ABOVE' }),
  },
];

describe('shipped life situations', () => {
  it('every shipped situation has a case here', () => {
    expect(CASES.map((c) => c.code).sort()).toEqual(LIFE_SITUATIONS.map((s) => s.code).sort());
  });

  it.each(LIFE_SITUATIONS.map((s) => [s.code, s]))('%s passes the admin form rules and names catalog measures', (_code, s) => {
    expect(lifeSituationCreateSchema.safeParse(s).success).toBe(true);
    const catalog = new Set(SUPPORT_MEASURES.map((m) => m.code));
    expect(s.measureCodes.filter((c) => !catalog.has(c))).toEqual([]);
  });

  describe.each(CASES.map((c) => [c.code, c]))('%s', (code, c) => {
    it('gives its measures to the member it concerns in a family that just qualifies', () => {
      const { passport, who } = c.qualifies();
      expect(entitled(code, passport)).toEqual([who]);
      const measures = entitlementsOf([situation(code)], householdFacts(passport, TODAY)).map((e) => e.measureCode);
      expect(measures).toEqual(situation(code).measureCodes);
    });
    it('gives nothing to the closest family that does not', () => {
      expect(entitled(code, c.justMisses())).toEqual([]);
    });
  });
});

describe('entitlements', () => {
  it('says which conditions held and which did not', () => {
    const passport = family([adult(), member('2010-01-01'), member('2012-01-01'), member('2014-01-01')]);
    const [first] = entitlementsOf([situation('LARGE_FAMILY')], householdFacts(passport, TODAY));
    expect(first.conditions).toEqual([
      { key: 'status', label: 'Семья признана многодетной', held: false },
      { key: 'threeChildren', label: 'В семье трое и больше детей', held: true },
    ]);
  });

  it('leaves out a measure the member received or has in work, and keeps one that was rejected', () => {
    const need = (code: string, status: string) => ({ status, measure: { code } });
    const received = member('2020-12-01', { needs: [need('EDU_SCHOOL_KIT', 'RESOLVED')] });
    const open = member('2020-11-01', { needs: [need('EDU_SCHOOL_KIT', 'IN_PROGRESS')] });
    const rejected = member('2020-10-01', { needs: [need('EDU_SCHOOL_KIT', 'REJECTED')] });
    expect(entitled('SCHOOL_START', family([adult(), received, open, rejected]))).toEqual([rejected.id]);
  });

  it('leaves out a household measure any member already has', () => {
    const a = adult();
    const child = member('2010-01-01', { needs: [{ status: 'NEW', measure: { code: 'SOC_LARGE_FAMILY' } }] });
    expect(entitled('LARGE_FAMILY', family([a, child, member('2012-01-01'), member('2014-01-01')]))).toEqual([]);
  });

  it('gives a household measure to the eldest adult', () => {
    const younger = adult({ birthDate: '1995-01-01' });
    const elder = adult({ birthDate: '1980-01-01' });
    expect(entitled('LOW_INCOME', family([younger, elder], { verdict: 'BELOW' }))).toEqual([elder.id]);
  });
});

describe('rule checks', () => {
  it('refuses operations outside the allowed set and unknown facts', () => {
    expect(logicProblem({ log: 'x' }, 'HOUSEHOLD')).toMatch(/не разрешена/);
    expect(logicProblem({ '==': [{ var: 'household.salary' }, 1] }, 'HOUSEHOLD')).toMatch(/Неизвестный факт/);
    expect(logicProblem({ '==': [{ var: 'member.ageYears' }, 1] }, 'HOUSEHOLD')).toMatch(/Неизвестный факт/);
    expect(logicProblem({ '==': [{ var: 'member.ageYears' }, 1] }, 'MEMBER')).toBeNull();
    expect(logicProblem({ some: [{ var: 'household.members' }, { '>=': [{ var: 'ageYears' }, 80] }] }, 'HOUSEHOLD')).toBeNull();
  });
});
