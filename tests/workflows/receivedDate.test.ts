import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import { addWorkingDays, subtractWorkingDays } from '../../shared/calendar/workingDays';
import { caseStateQuery } from '../../workflows/needCase';
import { timeSkippingEnv } from '../support/temporal';
import type { Recorder } from './harness';
import { caseInput, createTestWorker, eventually, recordingActivities, registerCase, startedWorkflowIds } from './harness';
import { nextHistoryLabel, saveHistories } from './histories';
import { calendarWithHolidayBlockAfter } from './testCalendar';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const TASK_QUEUE = 'need-case-received-date';

let env: TestWorkflowEnvironment;
let worker: Worker;
let running: Promise<void>;
let recorder: Recorder;
let calendar: ProductionCalendar;

beforeAll(async () => {
  env = await timeSkippingEnv();
  ({ calendar } = calendarWithHolidayBlockAfter(new Date(await env.currentTimeMs())));
  recorder = recordingActivities(calendar);
  worker = await createTestWorker(env, recorder, TASK_QUEUE);
  running = worker.run();
}, 120_000);

afterAll(async () => {
  // `npm run record-histories` records these cases (registration with a received date) under their own new label.
  try {
    if (process.env.RECORD_WORKFLOW_HISTORIES === '1') await saveHistories(env.client, startedWorkflowIds, nextHistoryLabel());
  } finally {
    worker?.shutdown();
    await running;
    await env?.teardown();
  }
});

const eventsOf = (needId: string) => recorder.events.get(needId) ?? [];
const now = async () => new Date(await env.currentTimeMs());
/** Midday of the working day `n` working days before today: a paper application dated that day. */
const receivedWorkingDaysAgo = async (n: number) => new Date(subtractWorkingDays(calendar, await now(), n).getTime() - 12 * HOUR);

describe('a need entered after its paper application was received', () => {
  it('counts its deadlines from the day of receipt and, long overdue, escalates at once through every level in order', async () => {
    const received = await receivedWorkingDaysAgo(12);
    const { state, input } = await registerCase(env, TASK_QUEUE, { ...caseInput(), receivedAt: received.toISOString() });
    const needId = input.registration.needId;

    expect(state.registeredAt).toBe(received.toISOString());
    expect(state.acceptDueAt).toBe(addWorkingDays(calendar, received, 3).toISOString());
    expect(state.resolveDueAt).toBe(addWorkingDays(calendar, received, 10).toISOString());
    // Registration answers with the case as it stands: at the top of the chain, nothing left to fire on the accept deadline.
    expect(state.status).toBe('ASSIGNED');
    expect(state.escalationLevel).toBe(3);
    expect(state.alarms).toEqual([]);

    const events = eventsOf(needId);
    expect(events.map((e) => e.type)).toEqual(['REGISTERED', 'ROUTED', 'ESCALATED', 'ESCALATED', 'ESCALATED']);
    expect(events[0].data.receivedAt).toBe(received.toISOString());
    expect(events.slice(2).map((e) => [e.data.level, e.data.target])).toEqual([
      [1, 'ASSIGNEE'],
      [2, 'ORGANISATION_HEAD'],
      [3, 'REGIONAL_COORDINATOR'],
    ]);
    // A reminder of a deadline long gone would only be noise.
    expect(events.some((e) => e.type === 'REMINDER')).toBe(false);
    const kinds = () => recorder.notifications.filter((n) => n.needId === needId).map((n) => (n.kind === 'ESCALATION' ? n.target : n.kind));
    expect(await eventually(() => kinds().length === 4)).toBe(true);
    expect(kinds()).toEqual(['CASE_ROUTED', 'ASSIGNEE', 'ORGANISATION_HEAD', 'REGIONAL_COORDINATOR']);
  });

  it('escalates at once only the levels already due, and the later ones when their day comes', async () => {
    const received = await receivedWorkingDaysAgo(4);
    const { state, input, handle } = await registerCase(env, TASK_QUEUE, { ...caseInput(), receivedAt: received.toISOString() });
    const due = new Date(state.acceptDueAt as string);
    expect(due.getTime()).toBeLessThan((await now()).getTime());
    expect(state.escalationLevel).toBe(1);
    expect(eventsOf(input.registration.needId).map((e) => e.type)).toEqual(['REGISTERED', 'ROUTED', 'ESCALATED']);

    await env.sleep(10 * DAY);
    const escalations = eventsOf(input.registration.needId).filter((e) => e.type === 'ESCALATED');
    expect(escalations.map((e) => e.data.level)).toEqual([1, 2, 3]);
    [addWorkingDays(calendar, due, 2), addWorkingDays(calendar, due, 5)].forEach((expected, i) => {
      const at = new Date(escalations[i + 1].at).getTime();
      expect(at).toBeGreaterThanOrEqual(expected.getTime());
      expect(at).toBeLessThan(expected.getTime() + 60_000);
    });
    expect((await handle.query(caseStateQuery)).escalationLevel).toBe(3);
  });

  it('counts from now a received date that lies in the future', async () => {
    const before = await now();
    const { state, input } = await registerCase(env, TASK_QUEUE, {
      ...caseInput(),
      receivedAt: new Date(before.getTime() + 5 * DAY).toISOString(),
    });
    expect(new Date(state.registeredAt).getTime()).toBeLessThan(before.getTime() + 5 * DAY);
    expect(new Date(state.registeredAt).getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(state.acceptDueAt).toBe(addWorkingDays(calendar, new Date(state.registeredAt), 3).toISOString());
    expect(state.escalationLevel).toBe(0);
    expect(eventsOf(input.registration.needId).map((e) => e.type)).toEqual(['REGISTERED', 'ROUTED']);
  });
});
