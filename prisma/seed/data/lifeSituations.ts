import type { RuleCondition } from '../../../shared/eligibility/rule';
import type { SituationDefinition } from '../../../shared/eligibility/entitlements';

export interface LifeSituationSeed extends SituationDefinition {
  description: string;
}

const v = (name: string) => ({ var: name });
const when = (key: string, label: string, logic: Record<string, unknown>): RuleCondition => ({ key, label, logic });
const hasCategory = (scope: 'member' | 'household', category: string) => ({ in: [category, v(`${scope}.categories`)] });

/**
 * The life situations shipped with the system. The Leningrad project's target group (low-income
 * families with children) and the Lipetsk profile's groups (the poor unemployed, those at risk of
 * becoming poor, single pensioners) give the situations beyond the ones the issue names.
 */
export const LIFE_SITUATIONS: LifeSituationSeed[] = [
  {
    code: 'CHILD_BIRTH',
    name: 'Рождение ребёнка',
    description: 'В семье родился ребёнок: пособие и наблюдение у педиатра',
    subject: 'MEMBER',
    rule: { combinator: 'all', conditions: [when('infant', 'Ребёнку меньше года', { '<': [v('member.ageMonths'), 12] })] },
    measureCodes: ['SOC_CHILD_BENEFIT', 'MED_GP_APPOINTMENT'],
  },
  {
    code: 'LOW_INCOME',
    name: 'Семья стала малоимущей',
    description: 'Доход на члена семьи ниже прожиточного минимума по текущей оценке',
    subject: 'HOUSEHOLD',
    rule: {
      combinator: 'all',
      conditions: [when('below', 'Доход на члена семьи ниже прожиточного минимума', { '==': [v('household.verdict'), 'BELOW'] })],
    },
    measureCodes: ['SOC_SUBSIDY_UTILITIES', 'SOC_ONE_TIME_AID'],
  },
  {
    code: 'LOW_INCOME_WITH_CHILDREN',
    name: 'Малоимущая семья с детьми',
    description: 'Целевая группа ленинградского проекта: семьи с детьми с низким доходом',
    subject: 'HOUSEHOLD',
    rule: {
      combinator: 'all',
      conditions: [
        when('below', 'Доход на члена семьи ниже прожиточного минимума', { '==': [v('household.verdict'), 'BELOW'] }),
        when('children', 'В семье есть дети', { '>=': [v('household.childrenCount'), 1] }),
      ],
    },
    measureCodes: ['VOL_HUMANITARIAN', 'CULT_TICKETS'],
  },
  {
    code: 'LARGE_FAMILY',
    name: 'Многодетная семья',
    description: 'Трое и больше детей или статус многодетной семьи',
    subject: 'HOUSEHOLD',
    rule: {
      combinator: 'any',
      conditions: [
        when('status', 'Семья признана многодетной', hasCategory('household', 'LARGE_FAMILY')),
        when('threeChildren', 'В семье трое и больше детей', { '>=': [v('household.childrenCount'), 3] }),
      ],
    },
    measureCodes: ['SOC_LARGE_FAMILY'],
  },
  {
    code: 'DISABILITY',
    name: 'Установлена инвалидность',
    description: 'У члена семьи установлена инвалидность',
    subject: 'MEMBER',
    rule: { combinator: 'all', conditions: [when('disabled', 'Установлена инвалидность', hasCategory('member', 'DISABLED'))] },
    measureCodes: ['MED_REHAB', 'MED_DRUGS', 'SPORT_ADAPTIVE'],
  },
  {
    code: 'BREADWINNER_LOSS',
    name: 'Потеря кормильца',
    description: 'Детей воспитывает один родитель или опекун',
    subject: 'HOUSEHOLD',
    rule: {
      combinator: 'all',
      conditions: [
        when('children', 'В семье есть дети', { '>=': [v('household.childrenCount'), 1] }),
        when('oneCarer', 'Детей воспитывает один родитель или опекун', {
          or: [hasCategory('household', 'SINGLE_PARENT'), { '>=': [v('household.guardiansCount'), 1] }],
        }),
      ],
    },
    measureCodes: ['SOC_ONE_TIME_AID', 'DEBT_ALIMONY_HELP'],
  },
  {
    code: 'JOB_LOSS',
    name: 'Потеря работы',
    description: 'Взрослый член семьи остался без работы',
    subject: 'MEMBER',
    rule: {
      combinator: 'all',
      conditions: [
        when('unemployed', 'Безработный', hasCategory('member', 'UNEMPLOYED')),
        when('adult', 'Совершеннолетний', { '==': [v('member.adult'), true] }),
      ],
    },
    measureCodes: ['EMP_JOB_SEARCH', 'EMP_RETRAINING'],
  },
  {
    code: 'UNEMPLOYED_POOR',
    name: 'Безработный в малоимущей семье',
    description: 'Липецкий профиль бедности: безработные бедные — социальный контракт',
    subject: 'MEMBER',
    rule: {
      combinator: 'all',
      conditions: [
        when('below', 'Доход на члена семьи ниже прожиточного минимума', { '==': [v('household.verdict'), 'BELOW'] }),
        when('unemployed', 'Безработный', hasCategory('member', 'UNEMPLOYED')),
        when('adult', 'Совершеннолетний', { '==': [v('member.adult'), true] }),
      ],
    },
    measureCodes: ['SOC_CONTRACT'],
  },
  {
    code: 'SCHOOL_START',
    name: 'Ребёнок идёт в школу',
    description: 'Ребёнку 6–7 лет: набор первоклассника',
    subject: 'MEMBER',
    rule: {
      combinator: 'all',
      conditions: [
        when('sixOrOlder', 'Ребёнку исполнилось 6 лет', { '>=': [v('member.ageYears'), 6] }),
        when('underEight', 'Ребёнку нет 8 лет', { '<': [v('member.ageYears'), 8] }),
      ],
    },
    measureCodes: ['EDU_SCHOOL_KIT'],
  },
  {
    code: 'KINDERGARTEN_AGE',
    name: 'Ребёнку пора в детский сад',
    description: 'Ребёнку от полутора до трёх лет',
    subject: 'MEMBER',
    rule: {
      combinator: 'all',
      conditions: [
        when('eighteenMonths', 'Ребёнку исполнилось полтора года', { '>=': [v('member.ageMonths'), 18] }),
        when('underThree', 'Ребёнку нет трёх лет', { '<': [v('member.ageYears'), 3] }),
      ],
    },
    measureCodes: ['EDU_KINDERGARTEN'],
  },
  {
    code: 'TEENAGER',
    name: 'Подросток 14–17 лет',
    description: 'Летняя занятость и Пушкинская карта',
    subject: 'MEMBER',
    rule: {
      combinator: 'all',
      conditions: [
        when('fourteen', 'Исполнилось 14 лет', { '>=': [v('member.ageYears'), 14] }),
        when('minor', 'Несовершеннолетний', { '==': [v('member.adult'), false] }),
      ],
    },
    measureCodes: ['EMP_TEEN_SUMMER', 'CULT_PUSHKIN_CARD'],
  },
  {
    code: 'PREGNANCY',
    name: 'Беременность',
    description: 'Наблюдение и запись к врачу',
    subject: 'MEMBER',
    rule: { combinator: 'all', conditions: [when('pregnant', 'Беременность', hasCategory('member', 'PREGNANT'))] },
    measureCodes: ['MED_GP_APPOINTMENT'],
  },
  {
    code: 'SINGLE_PENSIONER',
    name: 'Одинокий пенсионер',
    description: 'Липецкий профиль: пенсионер, живущий один',
    subject: 'MEMBER',
    rule: {
      combinator: 'all',
      conditions: [
        when('pensioner', 'Пенсионер', hasCategory('member', 'PENSIONER')),
        when('alone', 'Живёт один', { '==': [v('household.membersCount'), 1] }),
      ],
    },
    measureCodes: ['VOL_HOUSEHOLD_HELP', 'MED_HOME_CARE'],
  },
  {
    code: 'POVERTY_RISK',
    name: 'Риск бедности',
    description: 'Липецкий профиль: доход чуть выше прожиточного минимума',
    subject: 'HOUSEHOLD',
    rule: {
      combinator: 'all',
      conditions: [when('near', 'Доход на члена семьи близок к прожиточному минимуму', { '==': [v('household.verdict'), 'NEAR'] })],
    },
    measureCodes: ['DEBT_FIN_LITERACY', 'DEBT_FIN_ADVICE'],
  },
];
