import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createPlanCalendarActivities, createPlanCaseActivities } from '../../activities/plans';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import { addWorkingDays, localDate } from '../../shared/calendar/workingDays';
import { needWorkflowId } from '../../shared/needCase';
import type { OnPredecessorRejected, PlanState, SupportPlanInput } from '../../shared/plans/plan';
import { SUPPORT_PLAN_INPUT_VERSION, planWorkflowId } from '../../shared/plans/plan';
import { acceptUpdate, caseStateQuery, registeredUpdate, rejectUpdate, resolveUpdate } from '../../workflows/needCase';
import { cancelPlanSignal, planStateQuery, supportPlan } from '../../workflows/supportPlan';
import { timeSkippingEnv } from '../support/temporal';
import { MUNICIPALITY, POLICY, actors, caseInput, recordingActivities } from './harness';
import type { Recorder } from './harness';
import { nextHistoryLabel, saveHistories } from './histories';
import { calendarWithHolidayBlockAfter } from './testCalendar';

const DAY = 24 * 60 * 60 * 1000;
const TASK_QUEUE = 'support-plan-tests';

let env: TestWorkflowEnvironment;
let worker: Worker;
let running: Promise<void>;
let recorder: Recorder;
let calendar: ProductionCalendar;
let holidays: string[];
const planStates = new Map<string, PlanState[]>();
const startedPlans: string[] = [];

beforeAll(async () => {
  env = await timeSkippingEnv();
  ({ calendar, holidays } = calendarWithHolidayBlockAfter(new Date(await env.currentTimeMs())));
  recorder = recordingActivities(calendar);
  worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('../../workflows'),
    activities: {
      ...recorder.activities,
      ...createPlanCalendarActivities({ calendar }),
      ...createPlanCaseActivities({ temporal: env.client }),
      async recordPlanChange({ input, state }: { input: SupportPlanInput; state: PlanState }) {
        planStates.set(input.planId, [...(planStates.get(input.planId) ?? []), state]);
      },
    },
  });
  running = worker.run();
}, 120_000);

afterAll(async () => {
  try {
    if (process.env.RECORD_WORKFLOW_HISTORIES === '1') await saveHistories(env.client, startedPlans, nextHistoryLabel('plan-v'));
  } finally {
    worker?.shutdown();
    await running;
    await env?.teardown();
  }
});

type PointSpec = [key: string, durationWorkingDays: number, predecessors: string[]];

function planInput(points: PointSpec[], onPredecessorRejected: OnPredecessorRejected = 'BLOCK'): SupportPlanInput {
  return {
    version: SUPPORT_PLAN_INPUT_VERSION,
    planId: randomUUID(),
    templateId: randomUUID(),
    personId: randomUUID(),
    municipalityId: MUNICIPALITY,
    createdBy: actors.operator,
    onPredecessorRejected,
    points: points.map(([key, durationWorkingDays, predecessors]) => ({
      key,
      title: key,
      predecessors,
      durationWorkingDays,
      evidenceDocument: null,
      case: caseInput({ ...POLICY, requiredDocuments: [], resolveWorkingDays: durationWorkingDays }),
    })),
  };
}

async function startPlan(input: SupportPlanInput) {
  const handle = await env.client.workflow.start(supportPlan, {
    workflowId: planWorkflowId(input.planId),
    taskQueue: TASK_QUEUE,
    args: [input],
  });
  startedPlans.push(handle.workflowId);
  return handle;
}

type PlanHandle = Awaited<ReturnType<typeof startPlan>>;
const needIdOf = (input: SupportPlanInput, key: string) => input.points.find((p) => p.key === key)!.case.registration.needId;
const pointStatus = async (plan: PlanHandle, key: string) => (await plan.query(planStateQuery)).points.find((p) => p.key === key)!.status;

/** Polls the plan's query until the point reaches a status: its successors start after the child's result arrives. */
async function settled(plan: PlanHandle, key: string, status: string): Promise<boolean> {
  for (let i = 0; i < 250; i++) {
    if ((await pointStatus(plan, key)) === status) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/** Waits until the plan has opened the point's case, and until that case is routed. */
async function openCase(plan: PlanHandle, input: SupportPlanInput, key: string) {
  expect({ key, open: await settled(plan, key, 'OPEN') }).toEqual({ key, open: true });
  const handle = env.client.workflow.getHandle(needWorkflowId(needIdOf(input, key)));
  await handle.executeUpdate(registeredUpdate);
  return handle;
}

async function resolvePoint(plan: PlanHandle, input: SupportPlanInput, key: string) {
  const handle = await openCase(plan, input, key);
  await handle.executeUpdate(acceptUpdate, { args: [{ actor: actors.executorA }] });
  // The day before the test server's clock: the workflow's own clock may not have caught up with it yet.
  const supportDate = localDate(new Date((await env.currentTimeMs()) - DAY));
  await handle.executeUpdate(resolveUpdate, { args: [{ actor: actors.executorA, supportDate, report: 'Выполнено' }] });
}

async function rejectPoint(plan: PlanHandle, input: SupportPlanInput, key: string) {
  const handle = await openCase(plan, input, key);
  await handle.executeUpdate(rejectUpdate, { args: [{ actor: actors.executorA, reason: 'CITIZEN_DECLINED', comment: 'Отказался' }] });
}

describe('supportPlan workflow', () => {
  it('runs a six-point plan with a diamond across a holiday block, in dependency order, with dates on the production calendar', async () => {
    const input = planInput([
      ['search', 3, []],
      ['training', 5, ['search']],
      ['documents', 2, ['search']],
      ['work', 2, ['training', 'documents']],
      ['monitoring', 3, ['work']],
      ['advice', 4, ['search']],
    ]);
    const plan = await startPlan(input);
    const first = await plan.query(planStateQuery);
    const start = new Date(first.startedAt);

    expect(first.criticalPath).toEqual(['search', 'training', 'work', 'monitoring']);
    const due = (key: string) => first.points.find((p) => p.key === key)!.plannedDueAt;
    expect(due('search')).toBe(addWorkingDays(calendar, start, 3).toISOString());
    expect(due('work')).toBe(addWorkingDays(calendar, start, 10).toISOString());
    expect(first.plannedEndAt).toBe(addWorkingDays(calendar, start, 13).toISOString());
    // Thirteen working days from now cannot end before the ten-day holiday block is over.
    expect(localDate(new Date(first.plannedEndAt)) > holidays[holidays.length - 1]).toBe(true);
    expect(first.points.filter((p) => p.status === 'OPEN').map((p) => p.key)).toEqual(['search']);

    // Nobody acts on the first point past its planned date: the plan shows it late.
    await openCase(plan, input, 'search');
    await env.sleep(new Date(due('search')).getTime() - (await env.currentTimeMs()) + DAY);
    const late = await plan.query(planStateQuery);
    expect(late.latePoints).toBe(1);
    expect(late.points.find((p) => p.key === 'search')!.late).toBe(true);

    await resolvePoint(plan, input, 'search');
    expect(await settled(plan, 'training', 'OPEN')).toBe(true);
    expect(await pointStatus(plan, 'documents')).toBe('OPEN');
    expect(await pointStatus(plan, 'advice')).toBe('OPEN');
    expect(await pointStatus(plan, 'work')).toBe('WAITING');

    await resolvePoint(plan, input, 'training');
    await resolvePoint(plan, input, 'advice');
    // One branch of the diamond done is not enough: the work waits for the documents too.
    expect(await settled(plan, 'training', 'RESOLVED')).toBe(true);
    expect(await pointStatus(plan, 'work')).toBe('WAITING');
    await resolvePoint(plan, input, 'documents');
    await resolvePoint(plan, input, 'work');
    await resolvePoint(plan, input, 'monitoring');

    const result = await plan.result();
    expect(result.status).toBe('COMPLETED');
    expect(result.points.every((p) => p.status === 'RESOLVED')).toBe(true);
    expect(planStates.get(input.planId)!.at(-1)).toMatchObject({ status: 'COMPLETED', seq: result.seq });
  });

  it('BLOCK: a rejected point stops its successors, whose cases are never opened', async () => {
    const input = planInput(
      [
        ['search', 3, []],
        ['training', 5, ['search']],
        ['work', 2, ['training']],
      ],
      'BLOCK',
    );
    const plan = await startPlan(input);
    await rejectPoint(plan, input, 'search');
    const result = await plan.result();
    expect(result.status).toBe('BLOCKED');
    expect(result.points.map((p) => p.status)).toEqual(['REJECTED', 'BLOCKED', 'BLOCKED']);
    expect(recorder.events.get(needIdOf(input, 'training'))).toBeUndefined();
  });

  it('SKIP: the successors of a rejected point go ahead', async () => {
    const input = planInput(
      [
        ['search', 3, []],
        ['training', 5, ['search']],
        ['work', 2, ['training']],
      ],
      'SKIP',
    );
    const plan = await startPlan(input);
    await rejectPoint(plan, input, 'search');
    await resolvePoint(plan, input, 'training');
    await resolvePoint(plan, input, 'work');
    const result = await plan.result();
    expect(result.status).toBe('COMPLETED');
    expect(result.points.map((p) => p.status)).toEqual(['REJECTED', 'RESOLVED', 'RESOLVED']);
  });

  it('cancelling the plan mid-way withdraws its open case and never opens the rest', async () => {
    const input = planInput([
      ['search', 3, []],
      ['training', 5, ['search']],
      ['work', 2, ['training']],
    ]);
    const plan = await startPlan(input);
    await resolvePoint(plan, input, 'search');
    const training = await openCase(plan, input, 'training');
    await plan.signal(cancelPlanSignal, { actor: actors.operator, reason: 'Семья переехала' });

    const result = await plan.result();
    expect(result.status).toBe('CANCELLED');
    expect(result.points.map((p) => p.status)).toEqual(['RESOLVED', 'CANCELLED', 'CANCELLED']);
    expect((await training.query(caseStateQuery)).status).toBe('CANCELLED');
    expect(recorder.events.get(needIdOf(input, 'training'))!.map((e) => e.type)).toContain('CANCELLED');
    expect(recorder.events.get(needIdOf(input, 'work'))).toBeUndefined();
  });
});
