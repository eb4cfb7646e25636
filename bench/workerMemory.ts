import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { Client } from '@temporalio/client';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import type { PrismaClient } from '../prisma/client';
import { NEED_CASE_INPUT_VERSION, needWorkflowId } from '../shared/needCase';
import type { Actor, NeedCaseInput } from '../shared/needCase';
import { casePolicyOf } from '../shared/needs/startNeedCase';
import { commentUpdate, needCase, registeredUpdate } from '../workflows/needCase';
import type { createActivities } from '../worker/activities';
import { percentile, runConcurrently } from './stats';

const TASK_QUEUE = 'bench-worker-memory';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** The JS heap in use after a full collection: the worker runs its workflows on this thread (debugMode), so it holds their state. */
function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * (i) What a worker holds per open case it keeps cached, and how long an evicted case with ~200
 * history events takes to replay. Cases run on a worker of their own (its cache sized to hold them
 * all); the growth of the process's resident memory after the cases are open, divided by their
 * number, is the cost of one cached case. Replay: the histories of cases with a number of comments
 * replayed by a replay worker, one by one, as a worker does for a case that left its cache.
 */
export async function measureWorkerMemory(opts: {
  temporalAddress: string;
  temporal: Client;
  prisma: PrismaClient;
  activities: ReturnType<typeof createActivities>;
  cases: number;
  replayCases: number;
  commentsPerCase: number;
  maxCachedWorkflows: number;
}) {
  const operator = await opts.prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
  const actor: Actor = { userId: operator.id, role: 'OPERATOR', organisationId: null, municipalityId: operator.municipalityId };
  const person = await opts.prisma.person.findFirstOrThrow({ where: { municipalityId: operator.municipalityId as string } });
  const measure = await opts.prisma.supportMeasure.findFirstOrThrow({ where: { code: 'SOC_CHILD_BENEFIT' } });
  const policy = casePolicyOf(measure, await opts.prisma.escalationLevel.findMany({ orderBy: { level: 'asc' } }));
  const open = async (): Promise<string> => {
    const needId = randomUUID();
    const input: NeedCaseInput = {
      version: NEED_CASE_INPUT_VERSION,
      registration: {
        needId,
        personId: person.id,
        measureId: measure.id,
        organisationId: measure.organisationId,
        municipalityId: person.municipalityId,
        description: 'Бенчмарк памяти',
        registeredBy: actor,
      },
      policy,
    };
    const start = new WithStartWorkflowOperation(needCase, {
      workflowId: needWorkflowId(needId),
      taskQueue: TASK_QUEUE,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    await opts.temporal.workflow.executeUpdateWithStart(registeredUpdate, { startWorkflowOperation: start });
    return needWorkflowId(needId);
  };

  const connection = await NativeConnection.connect({ address: opts.temporalAddress });
  const worker = await Worker.create({
    connection,
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('./workflows'),
    activities: opts.activities,
    maxCachedWorkflows: opts.maxCachedWorkflows,
    // Workflows on the main thread, where the heap can be collected and read; the same reusable V8 context as threads use.
    debugMode: true,
  });
  const running = worker.run();
  try {
    // A few cases first, so the bundle and the worker's own structures are in memory before the baseline.
    await runConcurrently([...Array(20).keys()], 8, async () => void (await open()));
    await new Promise((r) => setTimeout(r, 2000));
    const before = heapAfterGc();
    const rssBefore = process.memoryUsage().rss;
    await runConcurrently([...Array(opts.cases).keys()], 16, async () => void (await open()));
    await new Promise((r) => setTimeout(r, 3000)); // the routing notices' activities finish
    const after = heapAfterGc();
    const rssAfter = process.memoryUsage().rss;
    const cached = worker.getStatus().numCachedWorkflows;

    const long: string[] = [];
    const stepMs: number[] = [];
    await runConcurrently([...Array(opts.replayCases).keys()], 8, async () => {
      const workflowId = await open();
      const handle = opts.temporal.workflow.getHandle(workflowId);
      for (let i = 0; i < opts.commentsPerCase; i++) {
        const started = performance.now();
        await handle.executeUpdate(commentUpdate, { args: [{ actor, text: `Отметка ${i}` }] });
        stepMs.push(performance.now() - started);
      }
      long.push(workflowId);
    });
    const histories = await Promise.all(
      long.map(async (workflowId) => ({ workflowId, history: await opts.temporal.workflow.getHandle(workflowId).fetchHistory() })),
    );
    const events = histories.reduce((n, h) => n + (h.history.events?.length ?? 0), 0) / histories.length;
    const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./workflows'), logger: quiet });
    const replayMs: number[] = [];
    for (let round = 0; round < 5; round++) {
      let last = performance.now();
      let index = 0;
      for await (const result of Worker.runReplayHistories({ workflowBundle: { code } }, histories)) {
        if (result.error) throw result.error;
        const now = performance.now();
        // The first round warms up; the first history of a round also waits for the replay worker to start.
        if (round > 0 && index > 0) replayMs.push(now - last);
        last = now;
        index += 1;
      }
    }
    return {
      perCaseMb: (after - before) / opts.cases / 2 ** 20,
      rssPerCaseMb: (rssAfter - rssBefore) / opts.cases / 2 ** 20,
      beforeMb: before / 2 ** 20,
      afterMb: after / 2 ** 20,
      cached,
      bundleMb: code.length / 2 ** 20,
      events,
      replay: { p50: percentile(replayMs, 50), p95: percentile(replayMs, 95) },
      cachedStep: { p50: percentile(stepMs, 50), p95: percentile(stepMs, 95) },
    };
  } finally {
    worker.shutdown();
    await running;
    await connection.close();
  }
}

const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };
