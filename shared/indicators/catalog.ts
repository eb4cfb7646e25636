/** The indicator catalog's vocabulary and the built-in indicators every installation has. */

export const PERIODICITIES = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export const CUTS = ['municipality', 'organisation', 'measure', 'measureKind', 'level'] as const;
export type Cut = (typeof CUTS)[number];

/** «Возрастающий» — more is better; «Убывающий» — less is better (the Leningrad project passport's words). */
export const GOOD_DIRECTIONS = ['UP', 'DOWN'] as const;
export type GoodDirection = (typeof GOOD_DIRECTIONS)[number];

export const INDICATOR_SOURCES = ['BUILT_IN', 'CUSTOM'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/** How a built-in indicator is computed (api/indicators/builtIn.ts). */
export type BuiltInComputation =
  | { from: 'caseCounts'; kinds: string[] }
  | { from: 'caseRatio'; numerator: string; denominator: string }
  | { from: 'resolutionPercentile'; fraction: number }
  | { from: 'openAtEnd' }
  | { from: 'overdueAtEnd' }
  | { from: 'passport'; count: 'households' | 'people' }
  | { from: 'coverage' }
  | { from: 'poverty'; measure: 'householdsBelow' | 'averageDepth' | 'householdsNear' };

export interface BuiltInIndicator {
  code: string;
  name: string;
  unit: string;
  periodicity: Periodicity;
  cuts: Cut[];
  goodDirection: GoodDirection;
  cumulative: boolean;
  description: string;
  computation: BuiltInComputation;
}

const CASE_CUTS: Cut[] = ['municipality', 'organisation', 'measure', 'measureKind'];

export const BUILT_IN_INDICATORS: BuiltInIndicator[] = [
  {
    code: 'needs_registered',
    name: 'Зарегистрировано потребностей',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: CASE_CUTS,
    goodDirection: 'UP',
    cumulative: true,
    description: 'Потребности, заявления по которым получены в периоде',
    computation: { from: 'caseCounts', kinds: ['REGISTERED'] },
  },
  {
    code: 'needs_resolved',
    name: 'Решено потребностей',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: CASE_CUTS,
    goodDirection: 'UP',
    cumulative: true,
    description: 'Потребности, по которым в периоде оказана поддержка',
    computation: { from: 'caseCounts', kinds: ['RESOLVED'] },
  },
  {
    code: 'needs_refused',
    name: 'Отказано',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: CASE_CUTS,
    goodDirection: 'DOWN',
    cumulative: true,
    description: 'Потребности, по которым в периоде принят отказ',
    computation: { from: 'caseCounts', kinds: ['REJECTED'] },
  },
  {
    code: 'needs_resolved_late',
    name: 'Решено с нарушением срока',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: CASE_CUTS,
    goodDirection: 'DOWN',
    cumulative: true,
    description: 'Потребности, решённые в периоде позже срока решения',
    computation: { from: 'caseCounts', kinds: ['LATE'] },
  },
  {
    code: 'needs_open',
    name: 'Открытых потребностей на конец периода',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: CASE_CUTS,
    goodDirection: 'DOWN',
    cumulative: false,
    description: 'Зарегистрированные и ещё не закрытые (решением, отказом или отменой) к концу периода',
    computation: { from: 'openAtEnd' },
  },
  {
    code: 'needs_overdue',
    name: 'Просроченных на конец периода',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: ['municipality', 'organisation', 'measure', 'measureKind'],
    goodDirection: 'DOWN',
    cumulative: false,
    description: 'Открытые к концу периода потребности, срок решения которых к тому времени истёк',
    computation: { from: 'overdueAtEnd' },
  },
  {
    code: 'overdue_rate',
    name: 'Доля решённых с нарушением срока',
    unit: '%',
    periodicity: 'MONTH',
    cuts: CASE_CUTS,
    goodDirection: 'DOWN',
    cumulative: false,
    description: 'Решённые позже срока среди решённых в периоде',
    computation: { from: 'caseRatio', numerator: 'LATE', denominator: 'RESOLVED' },
  },
  {
    code: 'resolution_days_median',
    name: 'Медиана срока решения',
    unit: 'дн.',
    periodicity: 'MONTH',
    cuts: CASE_CUTS,
    goodDirection: 'DOWN',
    cumulative: false,
    description: 'Полных дней от получения заявления до решения, медиана по решённым в периоде',
    computation: { from: 'resolutionPercentile', fraction: 0.5 },
  },
  {
    code: 'resolution_days_p90',
    name: 'Срок решения, 90-й процентиль',
    unit: 'дн.',
    periodicity: 'MONTH',
    cuts: CASE_CUTS,
    goodDirection: 'DOWN',
    cumulative: false,
    description: 'Полных дней от получения заявления до решения: 90 % решённых в периоде уложились в этот срок',
    computation: { from: 'resolutionPercentile', fraction: 0.9 },
  },
  {
    code: 'escalations',
    name: 'Эскалации',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: ['municipality', 'organisation', 'measure', 'measureKind', 'level'],
    goodDirection: 'DOWN',
    cumulative: true,
    description: 'Эскалации просроченных дел вышестоящим, по уровню цепочки',
    computation: { from: 'caseCounts', kinds: ['ESCALATED'] },
  },
  {
    code: 'support_by_kind',
    name: 'Оказано поддержки',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: ['measureKind', 'measure', 'municipality', 'organisation'],
    goodDirection: 'UP',
    cumulative: true,
    description: 'Решённые потребности по видам поддержки',
    computation: { from: 'caseCounts', kinds: ['RESOLVED'] },
  },
  {
    code: 'families',
    name: 'Семей в паспорте',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: ['municipality'],
    goodDirection: 'UP',
    cumulative: false,
    description: 'Домохозяйства, внесённые в социальный паспорт к концу периода',
    computation: { from: 'passport', count: 'households' },
  },
  {
    code: 'people',
    name: 'Людей в паспорте',
    unit: 'чел.',
    periodicity: 'MONTH',
    cuts: ['municipality'],
    goodDirection: 'UP',
    cumulative: false,
    description: 'Люди, внесённые в социальный паспорт к концу периода',
    computation: { from: 'passport', count: 'people' },
  },
  {
    code: 'coverage',
    name: 'Охват поддержкой',
    unit: '%',
    periodicity: 'MONTH',
    cuts: ['municipality'],
    goodDirection: 'UP',
    cumulative: false,
    description: 'Доля семей с зарегистрированной в периоде потребностью, получивших поддержку',
    computation: { from: 'coverage' },
  },
  {
    code: 'poverty_households_below',
    name: 'Домохозяйств ниже прожиточного минимума',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: ['municipality'],
    goodDirection: 'DOWN',
    cumulative: false,
    description: 'По действующим оценкам бедности (текущее значение)',
    computation: { from: 'poverty', measure: 'householdsBelow' },
  },
  {
    code: 'poverty_depth_average',
    name: 'Средняя глубина бедности',
    unit: '%',
    periodicity: 'MONTH',
    cuts: ['municipality'],
    goodDirection: 'DOWN',
    cumulative: false,
    description: 'Средний недостаток дохода до ПМ у домохозяйств ниже ПМ, в % от ПМ (текущее значение)',
    computation: { from: 'poverty', measure: 'averageDepth' },
  },
  {
    code: 'poverty_households_near',
    name: 'Домохозяйств у черты бедности',
    unit: 'ед.',
    periodicity: 'MONTH',
    cuts: ['municipality'],
    goodDirection: 'DOWN',
    cumulative: false,
    description: 'Доход выше ПМ, но в пределах полосы «у черты» (текущее значение)',
    computation: { from: 'poverty', measure: 'householdsNear' },
  },
];

export const builtInIndicator = (code: string): BuiltInIndicator | undefined => BUILT_IN_INDICATORS.find((i) => i.code === code);

/** Period keys as the catalog writes them: 2026-03-15, 2026-W11, 2026-03, 2026-Q1, 2026. */
export const PERIOD_KEY_PATTERNS: Record<Periodicity, RegExp> = {
  DAY: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  WEEK: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  MONTH: /^\d{4}-(0[1-9]|1[0-2])$/,
  QUARTER: /^\d{4}-Q[1-4]$/,
  YEAR: /^\d{4}$/,
};

/** The period key format in PostgreSQL's to_char, applied to the period's first day. */
export const PERIOD_TO_CHAR: Record<Periodicity, string> = {
  DAY: 'YYYY-MM-DD',
  WEEK: 'IYYY-"W"IW',
  MONTH: 'YYYY-MM',
  QUARTER: 'YYYY-"Q"Q',
  YEAR: 'YYYY',
};

/** Whether a fact is good against its plan, by the indicator's direction. */
export function factAgainstPlan(fact: number, plan: number, direction: GoodDirection): 'GOOD' | 'BAD' {
  return (direction === 'UP' ? fact >= plan : fact <= plan) ? 'GOOD' : 'BAD';
}
