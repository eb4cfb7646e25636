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
