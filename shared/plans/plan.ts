import type { Actor, NeedCaseInput } from '../needCase';

export const SUPPORT_PLAN_INPUT_VERSION = 1;
export const planWorkflowId = (planId: string): string => `plan-${planId}`;

/** The catalog measure a free-task control point becomes a case of (titled by the point). */
export const PLAN_TASK_MEASURE_CODE = 'PLAN_TASK';
/** Why a need of that measure cannot be registered by hand (from the needs API, an appeal or a campaign). */
export const PLAN_TASK_ONLY_IN_PLANS = 'Эту меру открывает только план сопровождения';

/** What happens to a point's successors when the point is rejected or cancelled: they wait forever (BLOCK) or go ahead (SKIP). */
export type OnPredecessorRejected = 'BLOCK' | 'SKIP';
export const ON_PREDECESSOR_REJECTED = ['BLOCK', 'SKIP'] as const satisfies readonly OnPredecessorRejected[];

export type PlanPointStatus = 'WAITING' | 'OPEN' | 'RESOLVED' | 'REJECTED' | 'CANCELLED' | 'BLOCKED';
export type PlanStatus = 'ACTIVE' | 'COMPLETED' | 'BLOCKED' | 'CANCELLED';

export interface PlanPointInput {
  key: string;
  title: string;
  predecessors: string[];
  durationWorkingDays: number;
  evidenceDocument: string | null;
  /** The case the point becomes when its predecessors are done; its need id is fixed by the API. */
  case: NeedCaseInput;
}

export interface SupportPlanInput {
  version: number;
  planId: string;
  templateId: string;
  personId: string;
  municipalityId: string;
  createdBy: Actor;
  onPredecessorRejected: OnPredecessorRejected;
  points: PlanPointInput[];
}

export interface PlanPointState {
  key: string;
  needId: string;
  status: PlanPointStatus;
  plannedStartAt: string;
  plannedDueAt: string;
  startedAt: string | null;
  closedAt: string | null;
  late: boolean;
}

export interface PlanState {
  status: PlanStatus;
  startedAt: string;
  plannedEndAt: string;
  closedAt: string | null;
  criticalPath: string[];
  points: PlanPointState[];
  /** Points past their planned due date and not done. */
  latePoints: number;
  seq: number;
}

const DONE_FOR_SUCCESSORS: Record<OnPredecessorRejected, PlanPointStatus[]> = {
  BLOCK: ['RESOLVED'],
  SKIP: ['RESOLVED', 'REJECTED', 'CANCELLED'],
};
const STOPS_SUCCESSORS: PlanPointStatus[] = ['REJECTED', 'CANCELLED', 'BLOCKED'];

/**
 * One step of the plan's rule, as a pure function: which waiting points start now, which are
 * blocked for good, and the plan's status afterwards.
 */
export function advancePlan(
  points: readonly { key: string; predecessors: string[]; status: PlanPointStatus }[],
  rule: OnPredecessorRejected,
): { start: string[]; block: string[]; status: PlanStatus } {
  const status = new Map(points.map((p) => [p.key, p.status]));
  const start: string[] = [];
  const block: string[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of points) {
      if (status.get(p.key) !== 'WAITING') continue;
      const before = p.predecessors.map((k) => status.get(k)!);
      if (before.every((s) => DONE_FOR_SUCCESSORS[rule].includes(s))) {
        start.push(p.key);
        status.set(p.key, 'OPEN');
      } else if (rule === 'BLOCK' && before.some((s) => STOPS_SUCCESSORS.includes(s))) {
        block.push(p.key);
        status.set(p.key, 'BLOCKED');
        changed = true; // a blocked point blocks its own successors in turn
      }
    }
  }
  const all = [...status.values()];
  const planStatus: PlanStatus = all.some((s) => s === 'WAITING' || s === 'OPEN')
    ? 'ACTIVE'
    : all.includes('BLOCKED')
      ? 'BLOCKED'
      : 'COMPLETED';
  return { start, block, status: planStatus };
}
