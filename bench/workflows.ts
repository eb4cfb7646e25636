import { sleep } from '@temporalio/workflow';
// The benchmark's worker runs the real needCase workflow and, as the baseline, a workflow that does nothing.
export { needCase } from '../workflows/needCase';

export async function emptyWorkflow(): Promise<void> {}
export { regionReassessment } from '../workflows/regionReassessment';
export { outreachCampaign } from '../workflows/outreachCampaign';
export { importBatch } from '../workflows/importBatch';
export { indicatorImport } from '../workflows/indicatorImport';

/** The timer storm's baseline: a workflow that only sleeps until an instant. */
export async function timerWorkflow(at: string): Promise<void> {
  await sleep(Math.max(new Date(at).getTime() - Date.now(), 1));
}
