/** Words of the domain shared by workflows, activities, the API and tests. Pure data, no I/O. */

export const NEED_STATUSES = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_INFO', 'RESOLVED', 'REJECTED', 'CANCELLED'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const FINAL_STATUSES: readonly NeedStatus[] = ['RESOLVED', 'REJECTED', 'CANCELLED'];
/** Routed and not yet closed: an organisation is working on it, and its deadline runs (unless paused). */
export const OPEN_STATUSES = ['ASSIGNED', 'IN_PROGRESS', 'WAITING_INFO'] as const satisfies readonly NeedStatus[];
/** Whether a status (as any layer receives it, a plain string) is an open one. */
export const isOpen = (status: string) => (OPEN_STATUSES as readonly string[]).includes(status);

/** The seven kinds of support named in the Samara seed, plus housing and culture. */
export const SUPPORT_KINDS = [
  'MEDICAL',
  'EDUCATION',
  'SOCIAL_PAYMENT',
  'DEBT',
  'SPORT',
  'EMPLOYMENT',
  'VOLUNTEER',
  'HOUSING',
  'CULTURE',
  /** The generic measure of a plan's free-task control points. */
  'PLAN_TASK',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const RELATION_KINDS = ['SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'GUARDIAN', 'WARD', 'OTHER'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const SEXES = ['MALE', 'FEMALE'] as const;
export type Sex = (typeof SEXES)[number];

export const DEBT_KINDS = ['UTILITIES', 'LOAN', 'TAX', 'ALIMONY', 'FINE', 'OTHER'] as const;
export type DebtKind = (typeof DEBT_KINDS)[number];

export const INCOME_SOURCES = ['SALARY', 'PENSION', 'BENEFIT', 'ALIMONY', 'SELF_EMPLOYMENT', 'OTHER'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

export const CONTACT_KINDS = ['PHONE', 'EMAIL', 'OTHER'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Who a level of the escalation chain reaches. */
export const ESCALATION_TARGETS = ['ASSIGNEE', 'ORGANISATION_HEAD', 'REGIONAL_COORDINATOR'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

export const REJECTION_REASONS = [
  'NOT_ELIGIBLE',
  'DOCUMENTS_MISSING',
  'DUPLICATE',
  'CITIZEN_DECLINED',
  'NOT_REACHABLE',
  'OUT_OF_COMPETENCE',
  'OTHER',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const USER_ROLES = ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR', 'ADMIN'] as const;

/** Socio-demographic groups of the subsistence minimum (прожиточный минимум). */
export const SUBSISTENCE_GROUPS = ['PER_CAPITA', 'WORKING_AGE', 'PENSIONER', 'CHILD'] as const;
export type SubsistenceGroup = (typeof SUBSISTENCE_GROUPS)[number];
/** The groups a person can belong to (PER_CAPITA describes the whole population, nobody in it). */
export type MemberGroup = Exclude<SubsistenceGroup, 'PER_CAPITA'>;

export const PERSON_CATEGORIES = ['PENSIONER', 'DISABLED', 'UNEMPLOYED', 'STUDENT', 'PREGNANT', 'GUARDIAN'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

export const DISABILITY_GROUPS = ['GROUP_I', 'GROUP_II', 'GROUP_III', 'DISABLED_CHILD'] as const;
export type DisabilityGroup = (typeof DISABILITY_GROUPS)[number];

export const HOUSEHOLD_CATEGORIES = ['LARGE_FAMILY', 'SINGLE_PARENT'] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];

/** Below the household's threshold, in the near-poverty band above it, or above the band. */
export const POVERTY_VERDICTS = ['BELOW', 'NEAR', 'ABOVE'] as const;
export type PovertyVerdict = (typeof POVERTY_VERDICTS)[number];

/** Depth of poverty as a share of the threshold, in basis points: [from, to) per band. */
export const DEPTH_BANDS = {
  UP_TO_10: [0, 1000],
  FROM_10_TO_25: [1000, 2500],
  FROM_25_TO_50: [2500, 5000],
  OVER_50: [5000, 10001],
} as const satisfies Record<string, readonly [number, number]>;
export type DepthBand = keyof typeof DEPTH_BANDS;
export const DEPTH_BAND_NAMES = Object.keys(DEPTH_BANDS) as [DepthBand, ...DepthBand[]];

/** Age groups of the poverty dashboards, by completed years on the assessment date: [from, to]. */
export const AGE_GROUPS = {
  '0-6': [0, 6],
  '7-15': [7, 15],
  '16-29': [16, 29],
  '30-49': [30, 49],
  '50-64': [50, 64],
  '65+': [65, 200],
} as const satisfies Record<string, readonly [number, number]>;
export type AgeGroup = keyof typeof AGE_GROUPS;
export const AGE_GROUP_NAMES = Object.keys(AGE_GROUPS) as [AgeGroup, ...AgeGroup[]];
