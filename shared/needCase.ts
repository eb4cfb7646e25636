import type { EscalationTarget, NeedStatus, RejectionReason, USER_ROLES } from './domain';

/** The contract between the API, the needCase workflow and its activities. Plain data only. */

export const TASK_QUEUE = 'need-cases';
export const NEED_CASE_INPUT_VERSION = 1;

export const needWorkflowId = (needId: string): string => `need-${needId}`;

export type UserRole = (typeof USER_ROLES)[number];

/** The user on whose behalf an update or signal is sent; recorded on every case event. */
export interface Actor {
  userId: string;
  role: UserRole;
  organisationId: string | null;
  municipalityId: string | null;
}

export interface EscalationStep {
  level: number;
  target: EscalationTarget;
  afterWorkingDays: number;
}

/** Deadlines and rules of the support measure, fixed when the need is registered. */
export interface CasePolicy {
  acceptWorkingDays: number;
  resolveWorkingDays: number;
  reminderWorkingDaysBefore: number;
  requiredDocuments: string[];
  escalationChain: EscalationStep[];
}

export interface NeedRegistration {
  needId: string;
  personId: string;
  measureId: string;
  organisationId: string;
  municipalityId: string;
  description: string;
  registeredBy: Actor;
}

export interface NeedCaseInput {
  version: typeof NEED_CASE_INPUT_VERSION;
  registration: NeedRegistration;
  policy: CasePolicy;
  /**
   * When the citizen's application was received, if it is entered later (a paper application keyed
   * in by the back office): its deadlines run from then. Absent in inputs from before it existed.
   */
  receivedAt?: string;
  /** Present only when the workflow continues as new. */
  carriedState?: CaseState;
}

export type DeadlineKind = 'ACCEPT' | 'RESOLVE';

export interface Alarm {
  at: string;
  deadline: DeadlineKind;
  kind: 'REMINDER' | 'ESCALATION';
  level?: number;
  target?: EscalationTarget;
}

export interface CaseDocument {
  id: string;
  kind: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  storageKey: string;
  /** The document this one is a new version of; the case numbers versions within a series. */
  replacesId?: string | null;
  seriesId?: string;
  version?: number;
  /** Deleting is soft: the document stays readable in the case's history. */
  deletedAt?: string | null;
  deletedById?: string | null;
}

/** Everything the workflow knows about the case; the queue row is a projection of it. */
export interface CaseState {
  status: NeedStatus;
  organisationId: string;
  assigneeId: string | null;
  registeredAt: string;
  acceptDueAt: string | null;
  resolveDueAt: string | null;
  activeDueAt: string | null;
  /** Working days of the resolve deadline left when the clock was paused for information. */
  pausedWorkingDaysLeft: number | null;
  escalationLevel: number;
  alarms: Alarm[];
  documents: CaseDocument[];
  supportDate: string | null;
  report: string | null;
  rejectionReason: RejectionReason | null;
  rejectionComment: string | null;
  closedAt: string | null;
  /** Number of the last recorded business event. */
  seq: number;
}

/** The state of a case the moment it is registered, before anything has happened to it. */
export const initialCaseState = (registeredAt: string, organisationId: string): CaseState => ({
  status: 'NEW',
  organisationId,
  assigneeId: null,
  registeredAt,
  acceptDueAt: null,
  resolveDueAt: null,
  activeDueAt: null,
  pausedWorkingDaysLeft: null,
  escalationLevel: 0,
  alarms: [],
  documents: [],
  supportDate: null,
  report: null,
  rejectionReason: null,
  rejectionComment: null,
  closedAt: null,
  seq: 0,
});

export type CaseEventType =
  | 'REGISTERED'
  | 'ROUTED'
  | 'CLAIMED'
  | 'ASSIGNED'
  | 'ACCEPTED'
  | 'INFO_REQUESTED'
  | 'INFO_PROVIDED'
  | 'DOCUMENT_ATTACHED'
  | 'DOCUMENT_REMOVED'
  | 'COMMENTED'
  | 'RESOLVED'
  | 'REJECTED'
  | 'CANCELLED'
  | 'REROUTED'
  | 'REMINDER'
  | 'ESCALATED'
  | 'UNCLAIMED';

export interface CaseEvent {
  seq: number;
  type: CaseEventType;
  actorId: string | null;
  at: string;
  data: Record<string, unknown>;
}

/** Failure types the workflow raises for refused actions; the API maps them to HTTP statuses. */
export const CASE_FAILURES = {
  invalidTransition: 'InvalidTransition',
  forbidden: 'ForbiddenAction',
  missingDocuments: 'MissingDocuments',
  invalidInput: 'InvalidCaseInput',
} as const;

/** Raised by an activity whose write the database refuses for good (bad data, a broken constraint): retrying cannot help. */
export const PROJECTION_REJECTED = 'ProjectionRejected';
