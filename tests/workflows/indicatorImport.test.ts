import { Context } from '@temporalio/activity';
import type { IndicatorImportHeartbeat, WriteIndicatorImportInput } from '../../activities/indicators/importActivities';
import type { IndicatorImportTotals } from '../../shared/indicators/valueImport';
import { indicatorImport } from '../../workflows/indicatorImport';
import { timeSkippingSuite } from './suite';

const suite = timeSkippingSuite('indicator-import-v');
const { startedWorkflowIds, nextQueue, workerWith } = suite;

/**
 * A fake file of `chunks` chunks, written the way the real activity does: from the chunk the last
 * heartbeat named, heartbeating after each. Attempt n's worker crashes once `crashAfter[n-1]` chunks are done.
 */
function fakeFile(chunks: number, crashAfter: number[]) {
  const written: number[] = [];
  const attemptsStartedAt: number[] = [];
  const activities = {
    async writeIndicatorImport(input: WriteIndicatorImportInput): Promise<IndicatorImportTotals> {
      const ctx = Context.current();
      const first = (ctx.info.heartbeatDetails as IndicatorImportHeartbeat | undefined)?.nextChunk ?? 0;
      attemptsStartedAt.push(first);
      for (let chunk = first; chunk < chunks; chunk++) {
        written.push(chunk);
        ctx.heartbeat({ nextChunk: chunk + 1 } satisfies IndicatorImportHeartbeat);
        if (chunk + 1 === crashAfter[ctx.info.attempt - 1]) throw new Error('worker lost');
      }
      const rows = chunks * input.chunkRows;
      return { total: rows, processed: rows, written: rows };
    },
  };
  return { written, attemptsStartedAt, activities };
}

async function run(file: ReturnType<typeof fakeFile>, workflowId: string) {
  const taskQueue = nextQueue();
  const worker = await workerWith(file.activities, taskQueue);
  startedWorkflowIds.push(workflowId);
  const handle = await suite.env.client.workflow.start(indicatorImport, {
    workflowId,
    taskQueue,
    args: [{ version: 1, importId: workflowId, chunkRows: 1000 }],
  });
  return worker.runUntil(handle.result());
}

describe('indicatorImport', () => {
  it('resumes a file at the chunk the last heartbeat named after its worker crashed, writing each chunk once', async () => {
    const file = fakeFile(10, [3]);
    const result = await run(file, 'indicator-import-test-crash');
    expect(file.attemptsStartedAt).toEqual([0, 3]);
    expect(file.written).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result).toEqual({ total: 10_000, processed: 10_000, written: 10_000 });
  });

  it('carries the progress across several lost workers', async () => {
    const file = fakeFile(12, [2, 7, 11]);
    const result = await run(file, 'indicator-import-test-crashes');
    expect(file.attemptsStartedAt).toEqual([0, 2, 7, 11]);
    expect(file.written).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(result).toMatchObject({ processed: 12_000 });
  });
});
