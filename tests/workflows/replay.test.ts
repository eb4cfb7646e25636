import { Worker } from '@temporalio/worker';
import { quietTemporalRuntime } from '../support/quietRuntime';
import { loadHistories, recordedLabels } from './histories';

/** Labels whose workflow version no running case can still have (their patch was deprecated). */
const RETIRED_LABELS: string[] = [];

describe('needCase replays every recorded history', () => {
  it('replays the committed histories of every workflow version without nondeterminism', async () => {
    quietTemporalRuntime();
    const histories = loadHistories().filter((h) => !RETIRED_LABELS.some((label) => h.workflowId.startsWith(`${label}-`)));
    expect(recordedLabels()).toEqual(expect.arrayContaining(['v1', 'v2']));
    expect(histories.length).toBeGreaterThanOrEqual(8);
    const results = Worker.runReplayHistories({ workflowsPath: require.resolve('../../workflows') }, histories);
    let replayed = 0;
    for await (const result of results) {
      expect({ workflowId: result.workflowId, error: result.error?.message }).toEqual({ workflowId: result.workflowId, error: undefined });
      replayed += 1;
    }
    expect(replayed).toBe(histories.length);
  }, 120_000);
});
