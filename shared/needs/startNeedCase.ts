import type { Client } from '@temporalio/client';
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { EscalationTarget } from '../domain';
import type { CasePolicy, NeedCaseInput } from '../needCase';
import { TASK_QUEUE, needWorkflowId } from '../needCase';
import { needCase, registeredUpdate } from '../../workflows/needCase';

/** The measure's deadlines and the escalation chain, fixed into the case when it is registered. */
export function casePolicyOf(
  measure: { acceptWorkingDays: number; resolveWorkingDays: number; reminderWorkingDaysBefore: number; requiredDocuments: unknown },
  chain: { level: number; target: string; afterWorkingDays: number }[],
): CasePolicy {
  return {
    acceptWorkingDays: measure.acceptWorkingDays,
    resolveWorkingDays: measure.resolveWorkingDays,
    reminderWorkingDaysBefore: measure.reminderWorkingDaysBefore,
    requiredDocuments: (measure.requiredDocuments as { code: string }[]).map((d) => d.code),
    escalationChain: chain.map((l) => ({ level: l.level, target: l.target as EscalationTarget, afterWorkingDays: l.afterWorkingDays })),
  };
}

/**
 * Starts a need's workflow and waits until it has recorded the need — the one way a need comes to
 * exist, used by the API and by outreach campaigns alike. The workflow id comes from the need id, so
 * a repeated start (a retried request, a retried campaign batch) joins the existing case.
 */
export async function startNeedCase(client: Client, input: NeedCaseInput): Promise<void> {
  const start = new WithStartWorkflowOperation(needCase, {
    workflowId: needWorkflowId(input.registration.needId),
    taskQueue: TASK_QUEUE,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
  });
  try {
    await client.workflow.executeUpdateWithStart(registeredUpdate, { startWorkflowOperation: start });
  } catch (err) {
    // A closed workflow with this id: the need was registered (and closed) earlier.
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}
