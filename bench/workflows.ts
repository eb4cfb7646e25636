// The benchmark's worker runs the real needCase workflow and, as the baseline, a workflow that does nothing.
export { needCase } from '../workflows/needCase';

export async function emptyWorkflow(): Promise<void> {}
export { regionReassessment } from '../workflows/regionReassessment';
export { outreachCampaign } from '../workflows/outreachCampaign';
export { importBatch } from '../workflows/importBatch';
