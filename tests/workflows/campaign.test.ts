import type { CampaignBatch, CampaignBatchResult } from '../../activities/campaigns/campaignActivities';
import type { CampaignProgress, CampaignSpec } from '../../shared/campaigns/campaign';
import { campaignControlUpdate, campaignLaunchedUpdate, campaignProgressQuery, outreachCampaign } from '../../workflows/outreachCampaign';
import { timeSkippingSuite } from './suite';

const suite = timeSkippingSuite('campaign-v');
const { startedWorkflowIds, nextQueue, workerWith } = suite;

const spec = (campaignId: string): CampaignSpec => ({
  campaignId,
  title: 'Тест',
  measureId: '00000000-0000-4000-8000-000000000001',
  municipalityId: '00000000-0000-4000-8000-000000000002',
  criterion: { kind: 'POVERTY_BELOW' },
  launchedBy: { userId: '00000000-0000-4000-8000-000000000003', role: 'COORDINATOR', organisationId: null, municipalityId: null },
});

/** A fake territory: batches over household ids, recording every household a need was opened for and every projection. */
function fakeTerritory(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `h-${String(i).padStart(4, '0')}`);
  const opened: string[] = [];
  const records: CampaignProgress[] = [];
  const activities = {
    async countCampaignHouseholds() {
      return ids.length;
    },
    async recordCampaign(input: { progress: CampaignProgress }) {
      records.push(input.progress);
    },
    async openCampaignBatch(input: CampaignBatch): Promise<CampaignBatchResult> {
      const from = input.afterHouseholdId === null ? 0 : ids.indexOf(input.afterHouseholdId) + 1;
      const slice = ids.slice(from, from + input.limit);
      opened.push(...slice);
      return { processed: slice.length, lastHouseholdId: slice[slice.length - 1] ?? input.afterHouseholdId };
    },
  };
  return { ids, opened, records, activities };
}

describe('outreachCampaign', () => {
  it('opens every household once across continue-as-new and ends COMPLETED', async () => {
    const territory = fakeTerritory(213);
    const taskQueue = nextQueue();
    const worker = await workerWith(territory.activities, taskQueue);
    const workflowId = 'campaign-test-large';
    startedWorkflowIds.push(workflowId);
    const handle = await suite.env.client.workflow.start(outreachCampaign, {
      workflowId,
      taskQueue,
      args: [{ version: 1, spec: spec('c-large'), batchSize: 4, pauseBetweenBatchesMs: 1000 }],
    });
    const result = await worker.runUntil(handle.result());
    expect(territory.opened).toEqual(territory.ids);
    expect(result).toEqual({ status: 'COMPLETED', total: 213, processed: 213, afterHouseholdId: 'h-0212' });
    expect(territory.records.at(-1)).toEqual(result);
    // 54 batches at 50 per run: the history was cut once.
    const description = await handle.describe();
    expect(description.runId).not.toBe(handle.firstExecutionRunId);
  });

  it('holds while paused, goes on after resume, stops on cancel, and refuses commands once finished', async () => {
    const territory = fakeTerritory(40);
    const taskQueue = nextQueue();
    const worker = await workerWith(territory.activities, taskQueue);
    const workflowId = 'campaign-test-control';
    startedWorkflowIds.push(workflowId);
    const handle = await suite.env.client.workflow.start(outreachCampaign, {
      workflowId,
      taskQueue,
      args: [{ version: 1, spec: spec('c-control'), batchSize: 5, pauseBetweenBatchesMs: 60_000 }],
    });
    await worker.runUntil(async () => {
      const launched = await handle.executeUpdate(campaignLaunchedUpdate);
      expect(launched).toMatchObject({ status: 'RUNNING', total: 40 });
      expect(await handle.executeUpdate(campaignControlUpdate, { args: ['PAUSE'] })).toMatchObject({ status: 'PAUSED' });
      await suite.env.sleep('1 hour');
      const held = (await handle.query(campaignProgressQuery)).processed;
      expect(held).toBeLessThan(40);
      await suite.env.sleep('1 day');
      expect((await handle.query(campaignProgressQuery)).processed).toBe(held);
      expect(territory.records.at(-1)?.status).toBe('PAUSED');

      await handle.executeUpdate(campaignControlUpdate, { args: ['RESUME'] });
      await suite.env.sleep('90 seconds');
      expect((await handle.query(campaignProgressQuery)).processed).toBeGreaterThan(held);
      await handle.executeUpdate(campaignControlUpdate, { args: ['CANCEL'] });
      const result = await handle.result();
      expect(result.status).toBe('CANCELLED');
      expect(result.processed).toBeLessThan(40);
      expect(territory.opened).toEqual(territory.ids.slice(0, result.processed));
      await expect(handle.executeUpdate(campaignControlUpdate, { args: ['RESUME'] })).rejects.toThrow();
    });
  });

  it('shows a pause in its projection at once, without waiting out the pause between batches', async () => {
    const territory = fakeTerritory(40);
    const taskQueue = nextQueue();
    const worker = await workerWith(territory.activities, taskQueue);
    const workflowId = 'campaign-test-prompt-pause';
    startedWorkflowIds.push(workflowId);
    const handle = await suite.env.client.workflow.start(outreachCampaign, {
      workflowId,
      taskQueue,
      args: [{ version: 1, spec: spec('c-prompt'), batchSize: 5, pauseBetweenBatchesMs: 3_600_000 }],
    });
    await worker.runUntil(async () => {
      await handle.executeUpdate(campaignLaunchedUpdate);
      // The first batch is done and the workflow waits out an hour-long throttle; no workflow time passes here.
      for (let i = 0; i < 100 && (await handle.query(campaignProgressQuery)).processed === 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      await handle.executeUpdate(campaignControlUpdate, { args: ['PAUSE'] });
      for (let i = 0; i < 100 && territory.records.at(-1)?.status !== 'PAUSED'; i++) await new Promise((r) => setTimeout(r, 50));
      expect(territory.records.at(-1)).toMatchObject({ status: 'PAUSED', processed: 5 });
      await handle.executeUpdate(campaignControlUpdate, { args: ['CANCEL'] });
      expect(await handle.result()).toMatchObject({ status: 'CANCELLED', processed: 5 });
      expect(territory.records.at(-1)?.status).toBe('CANCELLED');
    });
  });
});
