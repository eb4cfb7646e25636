import type { Client } from '@temporalio/client';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { ProductionCalendar } from '../shared/calendar/productionCalendar';
import { addWorkingDays } from '../shared/calendar/workingDays';
import type { Actor } from '../shared/needCase';
import { needWorkflowId } from '../shared/needCase';
import type { PlanNode } from '../shared/plans/dag';
import { criticalPath } from '../shared/plans/dag';
import type { PrismaClient } from '../prisma/client';
import type { PlanPointState, PlanState, SupportPlanInput } from '../shared/plans/plan';
import { planWorkflowId } from '../shared/plans/plan';
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

/** The plan page's rows: created with the plan's first step, then moved forward only by a newer step. */
export function createPlanProjectionActivities({ prisma }: { prisma: PrismaClient }) {
  return {
    async recordPlanChange({ input, state }: { input: SupportPlanInput; state: PlanState }): Promise<void> {
      const planRow = {
        status: state.status,
        plannedEndAt: new Date(state.plannedEndAt),
        closedAt: state.closedAt ? new Date(state.closedAt) : null,
        latePoints: state.latePoints,
        criticalPath: state.criticalPath,
        projectionSeq: state.seq,
        updatedAt: new Date(),
      };
      const pointRow = (p: PlanPointState) => ({
        status: p.status,
        plannedStartAt: new Date(p.plannedStartAt),
        plannedDueAt: new Date(p.plannedDueAt),
        startedAt: p.startedAt ? new Date(p.startedAt) : null,
        closedAt: p.closedAt ? new Date(p.closedAt) : null,
        late: p.late,
      });
      await prisma.$transaction(async (tx) => {
        const created = await tx.supportPlan.createMany({
          data: {
            id: input.planId,
            workflowId: planWorkflowId(input.planId),
            templateId: input.templateId,
            personId: input.personId,
            municipalityId: input.municipalityId,
            createdById: input.createdBy.userId,
            onPredecessorRejected: input.onPredecessorRejected,
            startedAt: new Date(state.startedAt),
            ...planRow,
          },
          skipDuplicates: true,
        });
        if (created.count > 0) {
          await tx.supportPlanPoint.createMany({
            data: input.points.map((p, position) => ({
              planId: input.planId,
              key: p.key,
              position,
              title: p.title,
              needId: p.case.registration.needId,
              measureId: p.case.registration.measureId,
              organisationId: p.case.registration.organisationId,
              durationWorkingDays: p.durationWorkingDays,
              evidenceDocument: p.evidenceDocument ?? '',
              predecessors: p.predecessors,
              ...pointRow(state.points[position]),
            })),
          });
          return;
        }
        const moved = await tx.supportPlan.updateMany({ where: { id: input.planId, projectionSeq: { lt: state.seq } }, data: planRow });
        if (moved.count === 0) return; // a retry of a step already written, or an older one
        for (const p of state.points) {
          await tx.supportPlanPoint.update({ where: { planId_key: { planId: input.planId, key: p.key } }, data: pointRow(p) });
        }
      });
    },
  };
}

export type PlanCalendarActivities = ReturnType<typeof createPlanCalendarActivities>;
export type PlanCaseActivities = ReturnType<typeof createPlanCaseActivities>;
export type PlanProjectionActivities = ReturnType<typeof createPlanProjectionActivities>;
