import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { addWorkingDays, localDate } from '../../shared/calendar/workingDays';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import type { CaseDocument } from '../../shared/needCase';
import {
  acceptUpdate,
  attachDocumentUpdate,
  commentUpdate,
  removeDocumentUpdate,
  cancelUpdate,
  caseStateQuery,
  claimUpdate,
  provideInfoUpdate,
  rejectUpdate,
  requestInfoUpdate,
  rerouteUpdate,
  resolveUpdate,
  unclaimUpdate,
} from '../../workflows/needCase';
import { timeSkippingEnv } from '../support/temporal';
import {
  ORG_B,
  POLICY,
  actors,
  caseInput,
  createTestWorker,
  eventually,
  recordingActivities,
  registerCase,
  startedWorkflowIds,
} from './harness';
import { nextHistoryLabel, saveHistories } from './histories';
import type { Recorder } from './harness';
import { calendarWithHolidayBlockAfter } from './testCalendar';

const DAY = 24 * 60 * 60 * 1000;
const TASK_QUEUE = 'need-case-tests';

let env: TestWorkflowEnvironment;
let worker: Worker;
let running: Promise<void>;
let recorder: Recorder;
let calendar: ProductionCalendar;
let holidays: string[];

const act = {
  document: {
    id: '6f1c6c1e-5a36-4b7e-9a3f-0e6c2b9d1a11',
    kind: 'act',
    fileName: 'акт.pdf',
    mimeType: 'application/pdf',
    size: 10,
    sha256: 'a'.repeat(64),
    storageKey: 'aa/aa/x',
  } satisfies CaseDocument,
};

beforeAll(async () => {
  env = await timeSkippingEnv();
  ({ calendar, holidays } = calendarWithHolidayBlockAfter(new Date(await env.currentTimeMs())));
  recorder = recordingActivities(calendar);
  worker = await createTestWorker(env, recorder, TASK_QUEUE);
  running = worker.run();
}, 120_000);

afterAll(async () => {
  // `npm run record-histories` adds this run's histories under a new label (HISTORY_LABEL or the
  // next free vN) after a change of the workflow, so the replay test guards each version.
  try {
    if (process.env.RECORD_WORKFLOW_HISTORIES === '1') await saveHistories(env.client, startedWorkflowIds, nextHistoryLabel());
  } finally {
    worker?.shutdown();
    await running;
    await env?.teardown();
  }
});

const eventsOf = (needId: string) => recorder.events.get(needId) ?? [];
const typesOf = (needId: string) => eventsOf(needId).map((e) => e.type);

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError) return (err.cause as { type?: string }).type;
    throw err;
  }
  throw new Error('the action was accepted but should have been refused');
}

describe('needCase workflow', () => {
  it('routes a new need to the organisation queue with deadlines in working days', async () => {
    const { state, input } = await registerCase(env, TASK_QUEUE);
    expect(state.status).toBe('ASSIGNED');
    expect(state.organisationId).toBe(input.registration.organisationId);
    const registeredAt = new Date(state.registeredAt);
    expect(state.acceptDueAt).toBe(addWorkingDays(calendar, registeredAt, 3).toISOString());
    expect(state.resolveDueAt).toBe(addWorkingDays(calendar, registeredAt, 10).toISOString());
    expect(state.activeDueAt).toBe(state.acceptDueAt);
    expect(typesOf(input.registration.needId)).toEqual(['REGISTERED', 'ROUTED']);
    expect(
      await eventually(() => recorder.notifications.some((n) => n.needId === input.registration.needId && n.kind === 'CASE_ROUTED')),
    ).toBe(true);
  });

  it('reminds before the accept deadline and escalates up the whole chain over 30+ days across a holiday block', async () => {
    const { input, state } = await registerCase(
      env,
      TASK_QUEUE,
      caseInput({ ...POLICY, acceptWorkingDays: 10, reminderWorkingDaysBefore: 2 }),
    );
    const needId = input.registration.needId;
    await env.sleep(45 * DAY);

    const events = eventsOf(needId);
    const due = new Date(state.acceptDueAt as string);
    const reminder = events.find((e) => e.type === 'REMINDER');
    const escalations = events.filter((e) => e.type === 'ESCALATED');
    expect(reminder && new Date(reminder.at) < due).toBe(true);
    expect(escalations.map((e) => e.data.level)).toEqual([1, 2, 3]);
    expect(escalations.map((e) => e.data.target)).toEqual(['ASSIGNEE', 'ORGANISATION_HEAD', 'REGIONAL_COORDINATOR']);

    const expected = [due, addWorkingDays(calendar, due, 2), addWorkingDays(calendar, due, 5)];
    escalations.forEach((e, i) => {
      const at = new Date(e.at).getTime();
      expect(at).toBeGreaterThanOrEqual(expected[i].getTime());
      expect(at).toBeLessThan(expected[i].getTime() + 60_000);
    });
    // The deadline lies beyond the holiday block, no alarm falls on a holiday, and the chain spans 30+ days.
    expect(localDate(new Date(due.getTime() - 1)) > holidays[holidays.length - 1]).toBe(true);
    for (const e of [reminder!, ...escalations]) expect(holidays).not.toContain(localDate(new Date(new Date(e.at).getTime() - 1)));
    expect(new Date(escalations[2].at).getTime() - new Date(state.registeredAt).getTime()).toBeGreaterThan(30 * DAY);
    const last = await env.client.workflow.getHandle(`need-${needId}`).query(caseStateQuery);
    expect(last.escalationLevel).toBe(3);
    expect(recorder.notifications.filter((n) => n.needId === needId && n.kind === 'ESCALATION').map((n) => n.target)).toEqual([
      'ASSIGNEE',
      'ORGANISATION_HEAD',
      'REGIONAL_COORDINATOR',
    ]);
  });

  it('does not remind at once of a deadline nearer than the reminder lead, and still escalates after it', async () => {
    const { input } = await registerCase(env, TASK_QUEUE, caseInput({ ...POLICY, acceptWorkingDays: 1, reminderWorkingDaysBefore: 3 }));
    const needId = input.registration.needId;
    await env.sleep(15 * DAY);
    const types = eventsOf(needId).map((e) => e.type);
    expect(types).not.toContain('REMINDER');
    expect(types.filter((t) => t === 'ESCALATED')).toHaveLength(3);
    expect(recorder.notifications.some((n) => n.needId === needId && n.kind === 'REMINDER')).toBe(false);
  });

  it('pauses the resolve clock while waiting for information and resumes it with the days that were left', async () => {
    const { handle, input } = await registerCase(env, TASK_QUEUE);
    await handle.executeUpdate(acceptUpdate, { args: [{ actor: actors.executorA }] });
    await env.sleep(2 * DAY);
    const asked = await handle.executeUpdate(requestInfoUpdate, { args: [{ actor: actors.executorA, question: 'Справка?' }] });
    expect(asked.status).toBe('WAITING_INFO');
    expect(asked.activeDueAt).toBeNull();
    const left = asked.pausedWorkingDaysLeft as number;
    expect(left).toBeGreaterThan(0);

    const before = eventsOf(input.registration.needId).length;
    await env.sleep(35 * DAY);
    expect(eventsOf(input.registration.needId).length).toBe(before); // nothing fires while paused

    const resumed = await handle.executeUpdate(provideInfoUpdate, { args: [{ actor: actors.operator, answer: 'Вот справка' }] });
    expect(resumed.status).toBe('IN_PROGRESS');
    const resumedAt = new Date(await env.currentTimeMs());
    expect(resumed.resolveDueAt).toBe(addWorkingDays(calendar, resumedAt, left).toISOString());
    expect(resumed.activeDueAt).toBe(resumed.resolveDueAt);
  });

  it('gives a taken case back to the queue, keeping its status and deadlines, where a colleague takes it on', async () => {
    const { handle, input, state } = await registerCase(env, TASK_QUEUE);
    await handle.executeUpdate(claimUpdate, { args: [{ actor: actors.executorA }] });
    expect(await refusal(handle.executeUpdate(unclaimUpdate, { args: [{ actor: actors.executorA2 }] }))).toBe('InvalidTransition');
    const back = await handle.executeUpdate(unclaimUpdate, { args: [{ actor: actors.executorA }] });
    expect(back).toMatchObject({ status: 'ASSIGNED', assigneeId: null, acceptDueAt: state.acceptDueAt, activeDueAt: state.activeDueAt });
    expect(await refusal(handle.executeUpdate(unclaimUpdate, { args: [{ actor: actors.executorA }] }))).toBe('InvalidTransition');
    await handle.executeUpdate(acceptUpdate, { args: [{ actor: actors.executorA2 }] });
    // In work, the supervisor may take it off the holder too; it stays in work, for whoever takes it next.
    const inWork = await handle.executeUpdate(unclaimUpdate, { args: [{ actor: actors.supervisorA }] });
    expect(inWork).toMatchObject({ status: 'IN_PROGRESS', assigneeId: null });
    const unclaimed = eventsOf(input.registration.needId).filter((e) => e.type === 'UNCLAIMED');
    expect(unclaimed.map((e) => [e.actorId, e.data.from])).toEqual([
      [actors.executorA.userId, actors.executorA.userId],
      [actors.supervisorA.userId, actors.executorA2.userId],
    ]);
  });

  it('reroutes a case to another organisation with fresh deadlines and shuts out the first one', async () => {
    const { handle } = await registerCase(env, TASK_QUEUE);
    await handle.executeUpdate(claimUpdate, { args: [{ actor: actors.executorA }] });
    const moved = await handle.executeUpdate(rerouteUpdate, {
      args: [{ actor: actors.executorA, organisationId: ORG_B, reason: 'Не наша компетенция' }],
    });
    expect(moved).toMatchObject({ status: 'ASSIGNED', organisationId: ORG_B, assigneeId: null, escalationLevel: 0 });
    expect(await refusal(handle.executeUpdate(acceptUpdate, { args: [{ actor: actors.executorA }] }))).toBe('ForbiddenAction');
    const accepted = await handle.executeUpdate(acceptUpdate, { args: [{ actor: actors.executorB }] });
    expect(accepted).toMatchObject({ status: 'IN_PROGRESS', assigneeId: actors.executorB.userId });
  });

  it('resolves only with the required documents and a support date that is not in the future', async () => {
    const { handle, input } = await registerCase(env, TASK_QUEUE);
    await handle.executeUpdate(acceptUpdate, { args: [{ actor: actors.executorA }] });
    const today = localDate(new Date(await env.currentTimeMs()));
    expect(
      await refusal(handle.executeUpdate(resolveUpdate, { args: [{ actor: actors.executorA, supportDate: today, report: 'Оказана' }] })),
    ).toBe('MissingDocuments');
    await handle.executeUpdate(attachDocumentUpdate, { args: [{ actor: actors.executorA, ...act }] });
    expect(
      await refusal(handle.executeUpdate(resolveUpdate, { args: [{ actor: actors.executorA, supportDate: '2999-01-01', report: 'x' }] })),
    ).toBe('InvalidCaseInput');
    const done = await handle.executeUpdate(resolveUpdate, { args: [{ actor: actors.executorA, supportDate: today, report: 'Оказана' }] });
    expect(done).toMatchObject({ status: 'RESOLVED', supportDate: today, report: 'Оказана', activeDueAt: null });
    expect((await handle.result()).status).toBe('RESOLVED');
    expect(typesOf(input.registration.needId)).toEqual(['REGISTERED', 'ROUTED', 'ACCEPTED', 'DOCUMENT_ATTACHED', 'RESOLVED']);
  });

  it('takes support given today in Samara between midnight and 04:00 there, when it is still yesterday in UTC', async () => {
    const { handle } = await registerCase(env, TASK_QUEUE);
    await handle.executeUpdate(acceptUpdate, { args: [{ actor: actors.executorA }] });
    await handle.executeUpdate(attachDocumentUpdate, { args: [{ actor: actors.executorA, ...act }] });
    const now = await env.currentTimeMs();
    const nextUtc2030 = new Date(now).setUTCHours(20, 30, 0, 0) + (new Date(now).getUTCHours() >= 20 ? 86_400_000 : 0);
    await env.sleep(nextUtc2030 - now); // 00:30 in Samara (UTC+4)
    const samaraToday = localDate(new Date(await env.currentTimeMs()));
    expect(samaraToday).not.toBe(new Date(await env.currentTimeMs()).toISOString().slice(0, 10));
    const done = await handle.executeUpdate(resolveUpdate, {
      args: [{ actor: actors.executorA, supportDate: samaraToday, report: 'Оказана' }],
    });
    expect(done).toMatchObject({ status: 'RESOLVED', supportDate: samaraToday });
  });

  it('keeps every version of a document, does not count a deleted one, and refuses deletion once resolved', async () => {
    const { handle, input } = await registerCase(env, TASK_QUEUE);
    await handle.executeUpdate(acceptUpdate, { args: [{ actor: actors.executorA }] });
    await handle.executeUpdate(attachDocumentUpdate, { args: [{ actor: actors.executorA, ...act }] });
    const second = { ...act.document, id: '7a2d7d2f-6b47-4c8f-8b4f-1f7d3cae2b22', fileName: 'акт-2.pdf', replacesId: act.document.id };
    await handle.executeUpdate(attachDocumentUpdate, { args: [{ actor: actors.operator, document: second }] });
    // A correction of the first version still continues the series, after its newest version and in its kind.
    const correction = {
      ...act.document,
      id: '5c1b6c1e-5a36-4b7b-9a3e-0e6c2bad1a11',
      kind: 'other',
      fileName: 'акт-1б.pdf',
      replacesId: act.document.id,
    };
    const versioned = await handle.executeUpdate(attachDocumentUpdate, { args: [{ actor: actors.executorA, document: correction }] });
    expect(versioned.documents.map((d) => [d.fileName, d.kind, d.version, d.seriesId])).toEqual([
      ['акт.pdf', act.document.kind, 1, act.document.id],
      ['акт-2.pdf', act.document.kind, 2, act.document.id],
      ['акт-1б.pdf', act.document.kind, 3, act.document.id],
    ]);
    for (const d of versioned.documents) {
      await handle.executeUpdate(removeDocumentUpdate, { args: [{ actor: actors.executorA, documentId: d.id }] });
    }
    expect(await refusal(handle.executeUpdate(removeDocumentUpdate, { args: [{ actor: actors.executorA, documentId: second.id }] }))).toBe(
      'InvalidCaseInput',
    );
    // Yesterday: time skipping can stop on a deadline at local midnight, where the test's and the case's "today" differ.
    const yesterday = localDate(new Date((await env.currentTimeMs()) - 24 * 3600_000));
    const resolve = () =>
      handle.executeUpdate(resolveUpdate, { args: [{ actor: actors.executorA, supportDate: yesterday, report: 'Оказана' }] });
    expect(await refusal(resolve())).toBe('MissingDocuments');
    const third = { ...act.document, id: '8b3e8e30-7c58-4d90-9c50-2a8e4dbf3c33', fileName: 'акт-3.pdf' };
    await handle.executeUpdate(attachDocumentUpdate, { args: [{ actor: actors.executorA, document: third }] });
    await resolve();
    expect(typesOf(input.registration.needId).filter((t) => t.startsWith('DOCUMENT'))).toEqual([
      'DOCUMENT_ATTACHED',
      'DOCUMENT_ATTACHED',
      'DOCUMENT_ATTACHED',
      'DOCUMENT_REMOVED',
      'DOCUMENT_REMOVED',
      'DOCUMENT_REMOVED',
      'DOCUMENT_ATTACHED',
    ]);
    expect(eventsOf(input.registration.needId).at(-1)?.data).toEqual({ supportDate: yesterday, report: 'Оказана' });
    await expect(
      handle.executeUpdate(removeDocumentUpdate, { args: [{ actor: actors.executorA, documentId: third.id }] }),
    ).rejects.toThrow();
  });

  it('records comments of the people working the case, and refuses them from outsiders', async () => {
    const { handle, input } = await registerCase(env, TASK_QUEUE);
    await handle.executeUpdate(commentUpdate, { args: [{ actor: actors.executorA, text: 'Позвонили семье' }] });
    await handle.executeUpdate(commentUpdate, { args: [{ actor: actors.coordinator, text: 'Прошу ускорить' }] });
    expect(await refusal(handle.executeUpdate(commentUpdate, { args: [{ actor: actors.executorB, text: 'x' }] }))).toBe('ForbiddenAction');
    expect(await refusal(handle.executeUpdate(commentUpdate, { args: [{ actor: actors.auditor, text: 'x' }] }))).toBe('ForbiddenAction');
    const comments = eventsOf(input.registration.needId).filter((e) => e.type === 'COMMENTED');
    expect(comments.map((e) => [e.actorId, e.data.text])).toEqual([
      [actors.executorA.userId, 'Позвонили семье'],
      [actors.coordinator.userId, 'Прошу ускорить'],
    ]);
  });

  it('rejects a case with a reason and closes the workflow', async () => {
    const { handle } = await registerCase(env, TASK_QUEUE);
    const rejected = await handle.executeUpdate(rejectUpdate, {
      args: [{ actor: actors.executorA, reason: 'NOT_ELIGIBLE', comment: 'Доход выше порога' }],
    });
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'NOT_ELIGIBLE', rejectionComment: 'Доход выше порога' });
    expect((await handle.result()).closedAt).not.toBeNull();
  });

  it('lets the operator withdraw a need and stops every reminder', async () => {
    const { handle, input } = await registerCase(env, TASK_QUEUE);
    const cancelled = await handle.executeUpdate(cancelUpdate, { args: [{ actor: actors.operator, reason: 'Семья переехала' }] });
    expect(cancelled.status).toBe('CANCELLED');
    await handle.result();
    await env.sleep(20 * DAY);
    expect(typesOf(input.registration.needId)).toEqual(['REGISTERED', 'ROUTED', 'CANCELLED']);
  });

  describe('refuses every action that the state or the role does not allow', () => {
    it('refuses actions of the wrong status with InvalidTransition', async () => {
      const { handle } = await registerCase(env, TASK_QUEUE);
      const e = actors.executorA;
      expect(await refusal(handle.executeUpdate(requestInfoUpdate, { args: [{ actor: e, question: '?' }] }))).toBe('InvalidTransition');
      expect(await refusal(handle.executeUpdate(provideInfoUpdate, { args: [{ actor: actors.operator, answer: '!' }] }))).toBe(
        'InvalidTransition',
      );
      expect(await refusal(handle.executeUpdate(resolveUpdate, { args: [{ actor: e, supportDate: '2020-01-01', report: 'x' }] }))).toBe(
        'InvalidTransition',
      );
      await handle.executeUpdate(acceptUpdate, { args: [{ actor: e }] });
      expect(await refusal(handle.executeUpdate(acceptUpdate, { args: [{ actor: e }] }))).toBe('InvalidTransition');
      await handle.executeUpdate(rejectUpdate, { args: [{ actor: e, reason: 'OTHER', comment: 'x' }] });
      await handle.result();
      // A closed case has no running workflow: every further action is refused by Temporal itself.
      for (const [update, args] of [
        [claimUpdate, { actor: e }],
        [rejectUpdate, { actor: e, reason: 'OTHER', comment: 'x' }],
        [cancelUpdate, { actor: actors.operator, reason: 'x' }],
        [rerouteUpdate, { actor: e, organisationId: ORG_B, reason: 'x' }],
        [attachDocumentUpdate, { actor: e, ...act }],
      ] as const) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        await expect(handle.executeUpdate(update as any, { args: [args] })).rejects.toThrow(WorkflowNotFoundError);
      }
    });

    it('refuses actors outside the case with ForbiddenAction or InvalidTransition', async () => {
      const { handle } = await registerCase(env, TASK_QUEUE);
      expect(await refusal(handle.executeUpdate(claimUpdate, { args: [{ actor: actors.executorB }] }))).toBe('ForbiddenAction');
      expect(await refusal(handle.executeUpdate(claimUpdate, { args: [{ actor: actors.auditor }] }))).toBe('ForbiddenAction');
      expect(await refusal(handle.executeUpdate(cancelUpdate, { args: [{ actor: actors.otherOperator, reason: 'x' }] }))).toBe(
        'ForbiddenAction',
      );
      expect(await refusal(handle.executeUpdate(cancelUpdate, { args: [{ actor: actors.executorA, reason: 'x' }] }))).toBe(
        'ForbiddenAction',
      );
      await handle.executeUpdate(claimUpdate, { args: [{ actor: actors.executorA }] });
      expect(await refusal(handle.executeUpdate(acceptUpdate, { args: [{ actor: actors.executorA2 }] }))).toBe('InvalidTransition');
      const byCoordinator = await handle.executeUpdate(rerouteUpdate, {
        args: [{ actor: actors.coordinator, organisationId: ORG_B, reason: 'x' }],
      });
      expect(byCoordinator.organisationId).toBe(ORG_B);
      expect(
        await refusal(handle.executeUpdate(rerouteUpdate, { args: [{ actor: actors.executorB, organisationId: ORG_B, reason: 'x' }] })),
      ).toBe('InvalidTransition');
    });

    it('refuses a second claim by the executor who already holds the case, and records one CLAIMED', async () => {
      const { handle, input } = await registerCase(env, TASK_QUEUE);
      await handle.executeUpdate(claimUpdate, { args: [{ actor: actors.executorA }] });
      expect(await refusal(handle.executeUpdate(claimUpdate, { args: [{ actor: actors.executorA }] }))).toBe('InvalidTransition');
      await handle.executeUpdate(claimUpdate, { args: [{ actor: actors.supervisorA }] });
      expect(await refusal(handle.executeUpdate(claimUpdate, { args: [{ actor: actors.supervisorA }] }))).toBe('InvalidTransition');
      expect(typesOf(input.registration.needId)).toEqual(['REGISTERED', 'ROUTED', 'CLAIMED', 'CLAIMED']);
    });

    it('does not record refused actions in the case history', async () => {
      const { handle, input } = await registerCase(env, TASK_QUEUE);
      await refusal(handle.executeUpdate(resolveUpdate, { args: [{ actor: actors.executorA, supportDate: '2020-01-01', report: 'x' }] }));
      expect(typesOf(input.registration.needId)).toEqual(['REGISTERED', 'ROUTED']);
      const history = await handle.fetchHistory();
      const updateEvents = history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes) ?? [];
      expect(updateEvents).toHaveLength(1); // only the registration update
    });
  });
});
