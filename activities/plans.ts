import type { Client } from '@temporalio/client';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { ProductionCalendar } from '../shared/calendar/productionCalendar';
import { addWorkingDays } from '../shared/calendar/workingDays';
import type { Actor } from '../shared/needCase';
import { needWorkflowId } from '../shared/needCase';
import type { PlanNode } from '../shared/plans/dag';
import { criticalPath } from '../shared/plans/dag';
import type { PlanState } from '../shared/plans/plan';
import { cancelUpdate } from '../workflows/needCase';

/** Planned dates of every point on the production calendar, and the critical path, from the plan's start. */
export function createPlanCalendarActivities({ calendar }: { calendar: ProductionCalendar }) {
  return {
    async planPointDates(input: { from: string; points: PlanNode[] }) {
      const from = new Date(input.from);
      const cpm = criticalPath(input.points);
      const at = (days: number) => addWorkingDays(calendar, from, days).toISOString();
      return {
        criticalPath: cpm.path,
        plannedEndAt: at(cpm.totalWorkingDays),
        points: input.points.map((p) => ({
          key: p.key,
          // A point that starts at once starts the same day; a later one the day after its predecessors' end.
          plannedStartAt: cpm.earliestStart[p.key] === 0 ? input.from : at(cpm.earliestStart[p.key]),
          plannedDueAt: at(cpm.earliestFinish[p.key]),
        })),
      };
    },
  };
}

/** Withdrawing the open cases of a cancelled plan: each through the case's own cancel action, so its history says who and why. */
export function createPlanCaseActivities({ temporal }: { temporal: Client }) {
  return {
    async cancelPlanCase(input: { needId: string; actor: Actor; reason: string }): Promise<void> {
      try {
        await temporal.workflow
          .getHandle(needWorkflowId(input.needId))
          .executeUpdate(cancelUpdate, { args: [{ actor: input.actor, reason: input.reason }] });
      } catch (err) {
        // Closed in the meantime (resolved, rejected): nothing left to cancel, and a retry cannot change that.
        if (err instanceof WorkflowUpdateFailedError) throw ApplicationFailure.nonRetryable(err.message, 'CaseNotCancellable');
        throw err;
      }
    },
  };
}

export type PlanCalendarActivities = ReturnType<typeof createPlanCalendarActivities>;
export type PlanCaseActivities = ReturnType<typeof createPlanCaseActivities>;
export interface PlanProjectionActivities {
  recordPlanChange(input: { planId: string; state: PlanState }): Promise<void>;
}
