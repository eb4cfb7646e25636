import { WorkflowIdConflictPolicy } from '@temporalio/client';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { TASK_QUEUE } from '../../shared/needCase';
import { householdAssessment, householdAssessmentWorkflowId, householdChangedSignal } from '../../workflows/householdAssessment';
import { regionReassessment, regionReassessmentWorkflowId } from '../../workflows/regionReassessment';

/**
 * Tells the household's re-assessment workflow that it changed (starting it if none runs). Best
 * effort: the change already marked the household in its own transaction (a trigger), and the
 * region's sweep picks up marked households whose signal was lost.
 */
export async function householdChanged(temporal: Client, logger: Logger, householdId: string | null): Promise<void> {
  if (!householdId) return;
  try {
    await temporal.workflow.signalWithStart(householdAssessment, {
      workflowId: householdAssessmentWorkflowId(householdId),
      taskQueue: TASK_QUEUE,
      args: [{ version: 1, householdId }],
      signal: householdChangedSignal,
      signalArgs: [],
    });
  } catch (err) {
    logger.warn({ err, householdId }, 'household re-assessment not signalled; the sweep will pick it up');
  }
}

/**
 * Starts the region's re-assessment. A run already going is replaced: it may have passed households
 * with the old table, and the new run covers them (they are marked changed again).
 */
export async function startRegionReassessment(temporal: Client, input: { region: string; date?: string; onlyStale: boolean }) {
  const handle = await temporal.workflow.start(regionReassessment, {
    workflowId: regionReassessmentWorkflowId(input.region),
    taskQueue: TASK_QUEUE,
    args: [{ version: 1, ...input }],
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.TERMINATE_EXISTING,
  });
  return handle.workflowId;
}
