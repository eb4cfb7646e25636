import type { BatchInput, BatchResult } from '../../activities/poverty/assessmentActivities';
import { householdAssessment, householdAssessmentWorkflowId, householdChangedSignal } from '../../workflows/householdAssessment';
import { reassessmentProgressQuery, regionReassessment } from '../../workflows/regionReassessment';
import { timeSkippingSuite } from './suite';

const suite = timeSkippingSuite('poverty-v');
const { startedWorkflowIds, nextQueue, workerWith } = suite;

/** Household ids of a fake region, in id order as the batch activity reads them. */
const householdIds = (n: number) => Array.from({ length: n }, (_, i) => `h-${String(i).padStart(4, '0')}`);

/** A fake region: batches over the ids, recording every household assessed. */
function fakeRegion(ids: string[]) {
  const assessed: string[] = [];
  const activities = {
    async countHouseholds() {
      return ids.length;
    },
    async assessOneHousehold() {
      return { verdict: 'BELOW', changed: true };
    },
    async assessHouseholdBatch(input: BatchInput): Promise<BatchResult> {
      const from = input.afterId === null ? 0 : ids.indexOf(input.afterId) + 1;
      const slice = ids.slice(from, from + input.limit);
      assessed.push(...slice);
      return { lastId: slice[slice.length - 1] ?? input.afterId, processed: slice.length, changed: slice.length, failed: 0 };
    },
  };
  return { activities, assessed };
}

describe('regionReassessment', () => {
  it('assesses every household of the region once, batch by batch, and reports its progress', async () => {
    const region = fakeRegion(householdIds(23));
    const taskQueue = nextQueue();
    const worker = await workerWith(region.activities, taskQueue);
    const workflowId = 'reassess-test-small';
    startedWorkflowIds.push(workflowId);
    const handle = await suite.env.client.workflow.start(regionReassessment, {
      workflowId,
      taskQueue,
      args: [{ version: 1, region: 'RU-SAM', date: '2026-12-01', onlyStale: false, batchSize: 5 }],
    });
    const [result, progress] = await worker.runUntil(async () => [await handle.result(), await handle.query(reassessmentProgressQuery)]);
    expect(region.assessed).toEqual(householdIds(23));
    expect(result).toMatchObject({ total: 23, processed: 23, changed: 23, failed: 0, done: true, date: '2026-12-01' });
    expect(progress).toEqual(result);
  });

  it('continues as new on a large region without losing or repeating a household', async () => {
    const ids = householdIds(205);
    const region = fakeRegion(ids);
    const taskQueue = nextQueue();
    const worker = await workerWith(region.activities, taskQueue);
    const workflowId = 'reassess-test-large';
    startedWorkflowIds.push(workflowId);
    const handle = await suite.env.client.workflow.start(regionReassessment, {
      workflowId,
      taskQueue,
      args: [{ version: 1, region: 'RU-SAM', date: '2026-12-01', onlyStale: false, batchSize: 1 }],
    });
    const result = await worker.runUntil(handle.result());
    expect(region.assessed).toEqual(ids);
    expect(result).toMatchObject({ total: 205, processed: 205, done: true });
    // 205 batches at 100 per run: the first run continued as new twice.
    const description = await suite.env.client.workflow.getHandle(workflowId).describe();
    expect(description.runId).not.toBe(handle.firstExecutionRunId);
  }, 60_000);
});

describe('householdAssessment', () => {
  it('assesses again for changes that arrive while it runs, then ends', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    const activities = {
      async assessOneHousehold() {
        calls += 1;
        if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
        return { verdict: 'BELOW', changed: true };
      },
      async countHouseholds() {
        return 0;
      },
    };
    const taskQueue = nextQueue();
    const worker = await workerWith(activities, taskQueue);
    const workflowId = householdAssessmentWorkflowId('household-1');
    startedWorkflowIds.push(workflowId);
    const runs = await worker.runUntil(async () => {
      const handle = await suite.env.client.workflow.signalWithStart(householdAssessment, {
        workflowId,
        taskQueue,
        args: [{ version: 1, householdId: 'household-1' }],
        signal: householdChangedSignal,
        signalArgs: [],
      });
      while (calls === 0) await new Promise((r) => setTimeout(r, 20));
      // Two more changes while the first assessment runs: one more assessment covers both.
      await handle.signal(householdChangedSignal);
      await handle.signal(householdChangedSignal);
      release();
      return handle.result();
    });
    expect(runs).toBe(2);
    expect(calls).toBe(2);
  });
});
