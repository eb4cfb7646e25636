import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { timeSkippingEnv } from '../support/temporal';
import { nextHistoryLabel, saveHistories } from './histories';

/**
 * One test file's time-skipping server, the workers its tests start and the workflows they start,
 * whose histories `npm run record-histories` adds under the next free `<family>N` label for the replay test.
 */
export function timeSkippingSuite(historyFamily: string) {
  let queues = 0;
  const suite = {
    env: undefined as unknown as TestWorkflowEnvironment,
    startedWorkflowIds: [] as string[],
    /** Each test its own task queue, so a worker left by one test never serves another. */
    nextQueue: () => `${historyFamily.replace(/-v$/, '')}-tests-${++queues}`,
    workerWith: (activities: object, taskQueue: string) =>
      Worker.create({ connection: suite.env.nativeConnection, taskQueue, workflowsPath: require.resolve('../../workflows'), activities }),
  };
  beforeAll(async () => {
    suite.env = await timeSkippingEnv();
  }, 120_000);
  afterAll(async () => {
    try {
      if (process.env.RECORD_WORKFLOW_HISTORIES === '1') {
        await saveHistories(suite.env.client, suite.startedWorkflowIds, nextHistoryLabel(historyFamily));
      }
    } finally {
      await suite.env?.teardown();
    }
  });
  return suite;
}
