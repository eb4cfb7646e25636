import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { PrismaClient } from '../prisma/client';
import { NEED_CASE_INPUT_VERSION, TASK_QUEUE, needWorkflowId } from '../shared/needCase';
import type { Actor, CaseState, NeedCaseInput } from '../shared/needCase';
import { casePolicyOf } from '../shared/needs/startNeedCase';
import { percentile, runConcurrently } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * (j) A timer storm: `count` open cases whose first escalation falls due at the same instant, each
 * recorded as an ESCALATED event in the projection; the lag is the event's recordedAt (the database's
 * clock) minus the due instant. Beside it, as many empty workflows sleeping until one instant, whose
 * lag is their close time minus that instant. The cases start from a carried state (as after
 * continue-as-new) that is routed and due, so what is measured is the deadline, not the registration.
 */
export async function measureTimerStorm(opts: { temporal: Client; prisma: PrismaClient; count: number; concurrency: number }) {
  const operator = await opts.prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
  const actor: Actor = { userId: operator.id, role: 'OPERATOR', organisationId: null, municipalityId: operator.municipalityId };
  const person = await opts.prisma.person.findFirstOrThrow({ where: { municipalityId: operator.municipalityId as string } });
  const measure = await opts.prisma.supportMeasure.findFirstOrThrow({ where: { code: 'SOC_CHILD_BENEFIT' } });
  const policy = casePolicyOf(measure, await opts.prisma.escalationLevel.findMany({ orderBy: { level: 'asc' } }));
  const [first] = policy.escalationChain;
  const run = Date.now();
  // Enough time to start every workflow before the instant (measured start rates here: 60–150/s).
  const dueAt = new Date(Date.now() + 20_000 + opts.count * 25);

  const needIds = Array.from({ length: opts.count }, () => randomUUID());
  await runConcurrently(needIds, opts.concurrency, async (needId) => {
    const state: CaseState = {
      status: 'ASSIGNED',
      organisationId: measure.organisationId,
      assigneeId: null,
      registeredAt: new Date(run).toISOString(),
      acceptDueAt: dueAt.toISOString(),
      resolveDueAt: null,
      activeDueAt: dueAt.toISOString(),
      pausedWorkingDaysLeft: null,
      escalationLevel: 0,
      alarms: [{ at: dueAt.toISOString(), deadline: 'ACCEPT', kind: 'ESCALATION', level: first.level, target: first.target }],
      documents: [],
      supportDate: null,
      report: null,
      rejectionReason: null,
      rejectionComment: null,
      closedAt: null,
      seq: 0,
    };
    const input: NeedCaseInput = {
      version: NEED_CASE_INPUT_VERSION,
      registration: {
        needId,
        personId: person.id,
        measureId: measure.id,
        organisationId: measure.organisationId,
        municipalityId: person.municipalityId,
        description: `Бенчмарк сроков ${run}`,
        registeredBy: actor,
      },
      policy,
      carriedState: state,
    };
    await opts.temporal.workflow.start('needCase', { taskQueue: TASK_QUEUE, workflowId: needWorkflowId(needId), args: [input] });
  });
  const casesStartedLate = Date.now() > dueAt.getTime();

  let escalated: { recordedAt: Date }[] = [];
  for (let waited = 0; waited < 600 && escalated.length < opts.count; waited++) {
    await sleep(1000);
    escalated = await opts.prisma.needEvent.findMany({
      where: { type: 'ESCALATED', need: { description: `Бенчмарк сроков ${run}` } },
      select: { recordedAt: true },
    });
  }
  const caseLag = escalated.map((e) => e.recordedAt.getTime() - dueAt.getTime());

  const timerDue = new Date(Date.now() + 20_000 + opts.count * 25);
  const timerIds = needIds.map((_, i) => `bench-timer-${run}-${i}`);
  await runConcurrently(timerIds, opts.concurrency, async (workflowId) => {
    await opts.temporal.workflow.start('timerWorkflow', { taskQueue: TASK_QUEUE, workflowId, args: [timerDue.toISOString()] });
  });
  const timersStartedLate = Date.now() > timerDue.getTime();
  await sleep(Math.max(0, timerDue.getTime() - Date.now()));
  const timerLag: number[] = [];
  await runConcurrently(timerIds, opts.concurrency, async (workflowId) => {
    const handle = opts.temporal.workflow.getHandle(workflowId);
    await handle.result();
    const { closeTime } = await handle.describe();
    timerLag.push((closeTime as Date).getTime() - timerDue.getTime());
  });

  const stats = (lag: number[]) => ({ p50: percentile(lag, 50), p99: percentile(lag, 99), max: Math.max(...lag) });
  return {
    escalated: escalated.length,
    cases: stats(caseLag),
    timers: stats(timerLag),
    startedLate: casesStartedLate || timersStartedLate,
  };
}
