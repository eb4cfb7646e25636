import type { NeedStatus } from '../../../shared/domain';

/**
 * Where a demo need is taken: the status it is left in and, for an overdue one, how many working
 * days before the day of seeding its deadline passed (its paper application is dated back so).
 * NEW is not among them: a case is NEW only inside its workflow until it is routed, before
 * registration answers; what users see as new is a routed case nobody has taken yet (ASSIGNED).
 */
export interface DemoScenario {
  targetStatus: Exclude<NeedStatus, 'NEW'>;
  lateWorkingDays?: number;
}

/**
 * The first demo needs: one of each situation a screen shows, so even a small seed fills them. The
 * escalation chain's delays are 0, 2 and 5 working days, so 1, 3 and 7 days late reach levels 1, 2, 3.
 */
export const SHOWCASE_SCENARIOS: DemoScenario[] = [
  { targetStatus: 'ASSIGNED' },
  { targetStatus: 'ASSIGNED', lateWorkingDays: 1 },
  { targetStatus: 'ASSIGNED', lateWorkingDays: 3 },
  { targetStatus: 'ASSIGNED', lateWorkingDays: 7 },
  { targetStatus: 'IN_PROGRESS', lateWorkingDays: 12 },
  { targetStatus: 'WAITING_INFO' },
  { targetStatus: 'IN_PROGRESS' },
  { targetStatus: 'RESOLVED' },
  { targetStatus: 'REJECTED' },
  { targetStatus: 'CANCELLED' },
];

/** The other demo needs, drawn by weight: about one open case in three is overdue, at every level and age. */
export const SCENARIO_WEIGHTS: { weight: number; value: DemoScenario }[] = [
  { weight: 14, value: { targetStatus: 'ASSIGNED' } },
  { weight: 4, value: { targetStatus: 'ASSIGNED', lateWorkingDays: 1 } },
  { weight: 3, value: { targetStatus: 'ASSIGNED', lateWorkingDays: 4 } },
  { weight: 3, value: { targetStatus: 'ASSIGNED', lateWorkingDays: 8 } },
  { weight: 12, value: { targetStatus: 'IN_PROGRESS' } },
  { weight: 3, value: { targetStatus: 'IN_PROGRESS', lateWorkingDays: 2 } },
  { weight: 3, value: { targetStatus: 'IN_PROGRESS', lateWorkingDays: 6 } },
  { weight: 2, value: { targetStatus: 'IN_PROGRESS', lateWorkingDays: 12 } },
  { weight: 10, value: { targetStatus: 'WAITING_INFO' } },
  { weight: 26, value: { targetStatus: 'RESOLVED' } },
  { weight: 10, value: { targetStatus: 'REJECTED' } },
  { weight: 10, value: { targetStatus: 'CANCELLED' } },
];

/** A need late on its resolve deadline gets a measure with a short one, so its application stays within the received-date bound. */
export const LATE_RESOLVE_MAX_WORKING_DAYS = 10;
