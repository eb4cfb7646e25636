import {
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  defineQuery,
  defineSignal,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  startChild,
} from '@temporalio/workflow';
import type { PlanCalendarActivities, PlanCaseActivities, PlanProjectionActivities } from '../activities/plans';
import type { Actor, CaseState } from '../shared/needCase';
import { needWorkflowId } from '../shared/needCase';
import type { PlanPointStatus, PlanState, SupportPlanInput } from '../shared/plans/plan';
import { advancePlan } from '../shared/plans/plan';
import { msUntil, workflowNow } from './clock';
import { needCase } from './needCase';

const planCalendar = proxyLocalActivities<PlanCalendarActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
// The plan page must eventually show the truth: retry until the database is back.
const planProjection = proxyActivities<PlanProjectionActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
// A case that closed meanwhile cannot be cancelled: a bounded number of tries, then move on.
const planCases = proxyActivities<PlanCaseActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 5 },
});

export const cancelPlanSignal = defineSignal<[{ actor: Actor; reason: string }]>('cancelPlan');
export const planStateQuery = defineQuery<PlanState>('planState');
/** Answers once the plan's first step is recorded; sent together with the start (update-with-start). */
export const planRecordedUpdate = defineUpdate<PlanState>('planRecorded');

const nowIso = () => workflowNow().toISOString();

const FINAL_CASE: Partial<Record<string, PlanPointStatus>> = { RESOLVED: 'RESOLVED', REJECTED: 'REJECTED', CANCELLED: 'CANCELLED' };

/**
 * A support plan for one family member: each control point becomes a need case of its own once
 * every predecessor is resolved; a point past its planned date is late; a rejected point blocks
 * or skips its successors as the template says; cancelling the plan withdraws its open cases.
 */
export async function supportPlan(input: SupportPlanInput): Promise<PlanState> {
  // Handlers first: an update sent with the start must find its handler before the first await.
  let state = undefined as PlanState | undefined;
  let cancelRequest: { actor: Actor; reason: string } | null = null;
  let changed = true;
  let recorded = false;
  setHandler(planStateQuery, () => {
    if (!state) throw new Error('the plan is still being scheduled');
    return state;
  });
  setHandler(planRecordedUpdate, async () => {
    await condition(() => recorded);
    return state!;
  });
  setHandler(cancelPlanSignal, (request) => {
    cancelRequest ??= request;
  });

  const startedAt = nowIso();
  const dates = await planCalendar.planPointDates({
    from: startedAt,
    points: input.points.map((p) => ({ key: p.key, predecessors: p.predecessors, durationWorkingDays: p.durationWorkingDays })),
  });
  const plan: PlanState = {
    status: 'ACTIVE',
    startedAt,
    plannedEndAt: dates.plannedEndAt,
    closedAt: null,
    criticalPath: dates.criticalPath,
    points: input.points.map((p, i) => ({
      key: p.key,
      needId: p.case.registration.needId,
      status: 'WAITING',
      plannedStartAt: dates.points[i].plannedStartAt,
      plannedDueAt: dates.points[i].plannedDueAt,
      startedAt: null,
      closedAt: null,
      late: false,
    })),
    latePoints: 0,
    seq: 0,
  };
  state = plan;
  const pointOf = (key: string) => plan.points.find((p) => p.key === key)!;
  const inputOf = (key: string) => input.points.find((p) => p.key === key)!;

  const startPoint = async (key: string) => {
    const point = pointOf(key);
    point.status = 'OPEN';
    point.startedAt = nowIso();
    const child = await startChild(needCase, {
      workflowId: needWorkflowId(point.needId),
      args: [inputOf(key).case],
      // A case outlives its plan's workflow: it is withdrawn through its own cancel action, never killed.
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
    void child.result().then(
      (result: CaseState) => close(key, FINAL_CASE[result.status] ?? 'CANCELLED', result.closedAt),
      () => close(key, 'CANCELLED', nowIso()),
    );
  };
  const close = (key: string, status: PlanPointStatus, at: string | null) => {
    const point = pointOf(key);
    point.status = status;
    point.closedAt = at ?? nowIso();
    changed = true;
  };

  while (plan.status === 'ACTIVE' && !cancelRequest) {
    if (changed) {
      changed = false;
      const step = advancePlan(
        input.points.map((p) => ({ key: p.key, predecessors: p.predecessors, status: pointOf(p.key).status })),
        input.onPredecessorRejected,
      );
      for (const key of step.block) pointOf(key).status = 'BLOCKED';
      for (const key of step.start) await startPoint(key);
      plan.status = step.status;
      markLate(plan);
      plan.seq += 1;
      await planProjection.recordPlanChange({ input, state: plan });
      recorded = true;
      if (plan.status !== 'ACTIVE') break;
    }
    const nextDue = plan.points
      .filter((p) => !p.late && (p.status === 'WAITING' || p.status === 'OPEN'))
      .map((p) => p.plannedDueAt)
      .sort()[0];
    const woke = nextDue
      ? await condition(() => changed || cancelRequest !== null, Math.max(msUntil(nextDue), 1))
      : await condition(() => changed || cancelRequest !== null).then(() => true);
    if (!woke) changed = true; // a planned date passed: count the late points again
  }

  if (cancelRequest) {
    const { actor, reason } = cancelRequest as { actor: Actor; reason: string };
    const open = plan.points.filter((p) => p.status === 'OPEN');
    await Promise.all(
      open.map((p) =>
        // A case that closed meanwhile, or cannot be reached after the retries, stays as it is.
        planCases.cancelPlanCase({ needId: p.needId, actor, reason }).catch(() => undefined),
      ),
    );
    for (const p of plan.points) if (p.status === 'WAITING') p.status = 'CANCELLED';
    for (const p of open) if (p.status === 'OPEN') close(p.key, 'CANCELLED', nowIso());
    plan.status = 'CANCELLED';
  }
  plan.closedAt = nowIso();
  markLate(plan);
  plan.seq += 1;
  await planProjection.recordPlanChange({ input, state: plan });
  await condition(allHandlersFinished);
  return plan;
}

/** A point not done by its planned due date is late; the plan counts them for its page. */
function markLate(state: PlanState) {
  const now = nowIso();
  for (const p of state.points) {
    const doneAt = p.status === 'RESOLVED' ? p.closedAt : null;
    p.late = doneAt ? doneAt > p.plannedDueAt : (p.status === 'WAITING' || p.status === 'OPEN') && now > p.plannedDueAt;
  }
  state.latePoints = state.points.filter((p) => p.late).length;
}
