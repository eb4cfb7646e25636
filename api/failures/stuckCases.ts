import { WorkflowNotFoundError } from '@temporalio/client';
import type { Client } from '@temporalio/client';
import { TASK_QUEUE } from '../../shared/needCase';
import { CaseHistory, isoOf } from './caseHistory';
import type { FailureSummary } from './failureKind';
import { summariseFailure } from './failureKind';

/** A running workflow whose current step keeps failing: the case cannot move until it succeeds. */
export interface StuckCase {
  workflowId: string;
  runId: string;
  /** Null for workflows that are not a case (the daily digest). */
  needId: string | null;
  /** The failing step: an activity, or the workflow's own code (a workflow task). */
  step: 'ACTIVITY' | 'WORKFLOW_TASK';
  activityId: string | null;
  activityType: string | null;
  attempt: number;
  failure: FailureSummary;
  stuckSince: string | null;
  lastFailureAt: string | null;
  organisationId: string | null;
  history: CaseHistory;
}

/** A step is reported once it has failed this many times (about three seconds of retrying). */
export const FAILING_ATTEMPTS = 3;
const DESCRIBE_CONCURRENCY = 8;

const needIdOf = (workflowId: string): string | null => (workflowId.startsWith('need-') ? workflowId.slice('need-'.length) : null);

async function inspect(temporal: Client, workflowId: string, runId: string, minAttempts: number): Promise<StuckCase[]> {
  const handle = temporal.workflow.getHandle(workflowId, runId);
  // Visibility lags: a workflow listed as running may be gone (reset, or deleted by retention) by now.
  const described = await handle.describe().catch((err: unknown) => {
    if (err instanceof WorkflowNotFoundError) return null;
    throw err;
  });
  if (!described) return [];
  const { raw } = described;
  const failingActivities = (raw.pendingActivities ?? []).filter((a) => (a.attempt ?? 0) >= minAttempts);
  const task = raw.pendingWorkflowTask;
  const failingTask = task && (task.attempt ?? 0) >= minAttempts ? task : null;
  if (failingActivities.length === 0 && !failingTask) return [];

  const history = new CaseHistory(await handle.fetchHistory());
  const common = {
    workflowId,
    runId,
    needId: needIdOf(workflowId),
    organisationId: history.startInput?.registration?.organisationId ?? null,
    history,
  };
  const found: StuckCase[] = failingActivities.map((a) => ({
    ...common,
    step: 'ACTIVITY',
    activityId: a.activityId ?? null,
    activityType: a.activityType?.name ?? null,
    attempt: a.attempt ?? 0,
    failure: summariseFailure(a.lastFailure),
    stuckSince: history.scheduledActivity(a.activityId ?? '')?.at ?? isoOf(a.scheduledTime),
    lastFailureAt: isoOf(a.lastAttemptCompleteTime),
  }));
  if (failingTask) {
    found.push({
      ...common,
      step: 'WORKFLOW_TASK',
      activityId: null,
      activityType: null,
      attempt: failingTask.attempt ?? 0,
      failure: { kind: 'OTHER', message: 'Код процесса не выполняется на этом шаге (задача workflow повторяется)' },
      stuckSince: isoOf(failingTask.originalScheduledTime),
      lastFailureAt: isoOf(failingTask.scheduledTime),
    });
  }
  return found;
}

/**
 * Running workflows of the case task queue whose pending activities or workflow task keep
 * failing, read from Temporal's visibility list and each workflow's description. Costs one
 * describe per running workflow, so it is for the «Сбои» page and the repair command, not for queues.
 */
export async function findStuckCases(temporal: Client, minAttempts = FAILING_ATTEMPTS): Promise<StuckCase[]> {
  const running: { workflowId: string; runId: string }[] = [];
  for await (const wf of temporal.workflow.list({ query: `TaskQueue = '${TASK_QUEUE}' AND ExecutionStatus = 'Running'` })) {
    running.push({ workflowId: wf.workflowId, runId: wf.runId });
  }
  const stuck: StuckCase[] = [];
  for (let i = 0; i < running.length; i += DESCRIBE_CONCURRENCY) {
    const batch = running.slice(i, i + DESCRIBE_CONCURRENCY);
    for (const found of await Promise.all(batch.map((wf) => inspect(temporal, wf.workflowId, wf.runId, minAttempts)))) stuck.push(...found);
  }
  return stuck.sort((a, b) => (a.stuckSince ?? '').localeCompare(b.stuckSince ?? ''));
}
