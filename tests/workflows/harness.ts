import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createCalendarActivities } from '../../activities/calendar';
import type { CaseNotification } from '../../activities/notifications';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import type { Actor, CaseEvent, CasePolicy, CaseState, NeedCaseInput, NeedRegistration } from '../../shared/needCase';
import { NEED_CASE_INPUT_VERSION, needWorkflowId } from '../../shared/needCase';
import { needCase, registeredUpdate } from '../../workflows/needCase';

export const ORG_A = randomUUID();
export const ORG_B = randomUUID();
export const MUNICIPALITY = randomUUID();

export const actors = {
  operator: { userId: randomUUID(), role: 'OPERATOR', organisationId: null, municipalityId: MUNICIPALITY },
  otherOperator: { userId: randomUUID(), role: 'OPERATOR', organisationId: null, municipalityId: randomUUID() },
  executorA: { userId: randomUUID(), role: 'EXECUTOR', organisationId: ORG_A, municipalityId: null },
  executorA2: { userId: randomUUID(), role: 'EXECUTOR', organisationId: ORG_A, municipalityId: null },
  supervisorA: { userId: randomUUID(), role: 'SUPERVISOR', organisationId: ORG_A, municipalityId: null },
  executorB: { userId: randomUUID(), role: 'EXECUTOR', organisationId: ORG_B, municipalityId: null },
  coordinator: { userId: randomUUID(), role: 'COORDINATOR', organisationId: null, municipalityId: null },
  auditor: { userId: randomUUID(), role: 'AUDITOR', organisationId: null, municipalityId: null },
} satisfies Record<string, Actor>;

export const POLICY: CasePolicy = {
  acceptWorkingDays: 3,
  resolveWorkingDays: 10,
  reminderWorkingDaysBefore: 1,
  requiredDocuments: ['act'],
  escalationChain: [
    { level: 1, target: 'ASSIGNEE', afterWorkingDays: 0 },
    { level: 2, target: 'ORGANISATION_HEAD', afterWorkingDays: 2 },
    { level: 3, target: 'REGIONAL_COORDINATOR', afterWorkingDays: 5 },
  ],
};

/** Small fakes that record what the workflow asked of the database and of the mail. */
export function recordingActivities(calendar: ProductionCalendar) {
  const events = new Map<string, CaseEvent[]>();
  const states = new Map<string, CaseState>();
  const notifications: CaseNotification[] = [];
  const activities = {
    ...createCalendarActivities({ calendar }),
    async recordCaseChange(input: { registration: NeedRegistration; events: CaseEvent[]; state: CaseState }) {
      const list = events.get(input.registration.needId) ?? [];
      for (const event of input.events) if (!list.some((e) => e.seq === event.seq)) list.push(event);
      events.set(input.registration.needId, list);
      states.set(input.registration.needId, input.state);
    },
    async notifyCase(notification: CaseNotification) {
      notifications.push(notification);
    },
  };
  return { activities, events, states, notifications };
}

export type Recorder = ReturnType<typeof recordingActivities>;

export async function createTestWorker(env: TestWorkflowEnvironment, recorder: Recorder, taskQueue: string) {
  return Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath: require.resolve('../../workflows'),
    activities: recorder.activities,
  });
}

export function caseInput(policy: CasePolicy = POLICY): NeedCaseInput {
  return {
    version: NEED_CASE_INPUT_VERSION,
    registration: {
      needId: randomUUID(),
      personId: randomUUID(),
      measureId: randomUUID(),
      organisationId: ORG_A,
      municipalityId: MUNICIPALITY,
      description: 'Нужна помощь',
      registeredBy: actors.operator,
    },
    policy,
  };
}

/** Every workflow the tests started, so their histories can be kept for the replay test. */
export const startedWorkflowIds: string[] = [];

/** Starts a case and waits until it is routed, as the API does. */
export async function registerCase(env: TestWorkflowEnvironment, taskQueue: string, input = caseInput()) {
  const handle = await env.client.workflow.start(needCase, {
    workflowId: needWorkflowId(input.registration.needId),
    taskQueue,
    args: [input],
  });
  startedWorkflowIds.push(handle.workflowId);
  const state = await handle.executeUpdate(registeredUpdate);
  return { handle, input, state };
}

/** Polls until a condition holds: for effects that follow an answered update (a notification). */
export async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return check();
}
