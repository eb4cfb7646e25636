import type { ImportChunkInput, ImportChunkResult } from '../../activities/imports/importActivities';
import type { ImportStatus } from '../../shared/register/importBatch';
import { importBatch, importControlUpdate, importProgressQuery } from '../../workflows/importBatch';
import { timeSkippingSuite } from './suite';

const suite = timeSkippingSuite('import-v');
const { startedWorkflowIds, nextQueue, workerWith } = suite;

/**
 * A fake file of numbered rows: chunks write the rows after the cursor once each, the way the real
 * chunk skips rows already marked. `stallAt` holds a chunk until released, to pause mid-file.
 */
function fakeFile(rows: number, options: { loseAnswerOnce?: boolean } = {}) {
  const written: number[] = [];
  const statuses: ImportStatus[] = [];
  let lostOnce = false;
  const activities = {
    async recordImportStatus(input: { status: ImportStatus }) {
      statuses.push(input.status);
    },
    async importChunk(input: ImportChunkInput): Promise<ImportChunkResult> {
      const pending = Array.from({ length: rows }, (_, i) => i + 1).filter((r) => r > input.afterRow && !written.includes(r));
      const slice = pending.slice(0, input.limit);
      written.push(...slice);
      // The first attempt commits but its answer is lost, as when the worker dies right after the commit.
      if (options.loseAnswerOnce && !lostOnce && slice.length > 0) {
        lostOnce = true;
        throw new Error('worker lost after commit');
      }
      return {
        lastRow: slice.at(-1) ?? null,
        totals: { processed: written.length, created: written.length, linked: 0 },
      };
    },
  };
  return { written, statuses, activities };
}

describe('importBatch', () => {
  it('writes every row once across continue-as-new and a lost answer, and ends COMPLETED', async () => {
    const file = fakeFile(1010, { loseAnswerOnce: true });
    const taskQueue = nextQueue();
    const worker = await workerWith(file.activities, taskQueue);
    const workflowId = 'import-test-large';
    startedWorkflowIds.push(workflowId);
    const handle = await suite.env.client.workflow.start(importBatch, {
      workflowId,
      taskQueue,
      args: [{ version: 1, batchId: 'b-large', chunkRows: 10 }],
    });
    const result = await worker.runUntil(handle.result());
    expect([...file.written].sort((a, b) => a - b)).toEqual(Array.from({ length: 1010 }, (_, i) => i + 1));
    expect(result).toEqual({ status: 'COMPLETED', processed: 1010, created: 1010, linked: 0, afterRow: 1010 });
    expect(file.statuses).toEqual(['RUNNING', 'COMPLETED']);
    // 102 chunks at 100 per run: the history was cut once.
    expect((await handle.describe()).runId).not.toBe(handle.firstExecutionRunId);
  });

  it('holds while paused, goes on after resume, and refuses commands once completed', async () => {
    const file = fakeFile(60);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const activities = {
      ...file.activities,
      async importChunk(input: ImportChunkInput) {
        if (input.afterRow === 20) await gate;
        return file.activities.importChunk(input);
      },
    };
    const taskQueue = nextQueue();
    const worker = await workerWith(activities, taskQueue);
    const workflowId = 'import-test-control';
    startedWorkflowIds.push(workflowId);
    const handle = await suite.env.client.workflow.start(importBatch, {
      workflowId,
      taskQueue,
      args: [{ version: 1, batchId: 'b-control', chunkRows: 10 }],
    });
    await worker.runUntil(async () => {
      while (file.written.length < 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await handle.executeUpdate(importControlUpdate, { args: ['PAUSE'] })).toMatchObject({ status: 'PAUSED' });
      release();
      await suite.env.sleep('1 day');
      const held = await handle.query(importProgressQuery);
      expect(held).toMatchObject({ status: 'PAUSED', processed: 30 });
      expect(file.statuses.at(-1)).toBe('PAUSED');
      await handle.executeUpdate(importControlUpdate, { args: ['RESUME'] });
      const result = await handle.result();
      expect(result).toMatchObject({ status: 'COMPLETED', processed: 60 });
      expect(file.statuses).toEqual(['RUNNING', 'PAUSED', 'RUNNING', 'COMPLETED']);
      await expect(handle.executeUpdate(importControlUpdate, { args: ['PAUSE'] })).rejects.toThrow();
    });
  });
});
