import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineUpdate,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { CampaignProgress, CampaignSpec, CampaignStatus } from '../shared/campaigns/campaign';
import { campaignBatches, campaignRecords } from './campaignProxies';

export const CAMPAIGN_COMMANDS = ['PAUSE', 'RESUME', 'CANCEL'] as const;
export type CampaignCommand = (typeof CAMPAIGN_COMMANDS)[number];

export interface OutreachCampaignInput {
  version: 1;
  spec: CampaignSpec;
  batchSize?: number;
  /** The throttle: a pause after every batch, so a campaign does not crowd out the operators' own work. */
  pauseBetweenBatchesMs?: number;
  /** Carried over by continue-as-new. */
  progress?: CampaignProgress;
}

export const campaignProgressQuery = defineQuery<CampaignProgress>('progress');
/** Answers once the campaign's projection row exists, so the API can show it right after the start. */
export const campaignLaunchedUpdate = defineUpdate<CampaignProgress>('launched');
export const campaignControlUpdate = defineUpdate<CampaignProgress, [CampaignCommand]>('control');

const DEFAULT_BATCH = 100;
const DEFAULT_PAUSE_MS = 500;
/** Batches per run before continuing as new, so the history of a campaign of any size stays small. */
const BATCHES_PER_RUN = 50;

const NEXT_STATUS: Record<CampaignCommand, CampaignStatus> = { PAUSE: 'PAUSED', RESUME: 'RUNNING', CANCEL: 'CANCELLED' };

/**
 * Opens a need for every household the criterion selects in the municipality, batch by batch in
 * household id order, telling each family by message. Pause, resume and cancel arrive as updates and
 * take effect between batches; progress lives in the workflow and is mirrored to the Campaign row.
 */
export async function outreachCampaign(input: OutreachCampaignInput): Promise<CampaignProgress> {
  const batchSize = input.batchSize ?? DEFAULT_BATCH;
  const pauseMs = input.pauseBetweenBatchesMs ?? DEFAULT_PAUSE_MS;
  let progress: CampaignProgress = input.progress ?? { status: 'RUNNING', total: 0, processed: 0, afterHouseholdId: null };
  let recorded = input.progress !== undefined;
  const finished = () => progress.status === 'COMPLETED' || progress.status === 'CANCELLED';

  setHandler(campaignProgressQuery, () => progress);
  setHandler(campaignLaunchedUpdate, async () => {
    await condition(() => recorded);
    return progress;
  });
  setHandler(
    campaignControlUpdate,
    (command) => {
      progress = { ...progress, status: NEXT_STATUS[command] };
      return progress;
    },
    {
      validator: (command) => {
        if (!CAMPAIGN_COMMANDS.includes(command)) throw ApplicationFailure.nonRetryable(`Unknown command ${String(command)}`);
        if (finished()) throw ApplicationFailure.nonRetryable('The campaign has finished', 'CampaignFinished');
      },
    },
  );
  const record = () => campaignRecords.recordCampaign({ spec: input.spec, progress });

  if (!input.progress) {
    progress = { ...progress, total: await campaignRecords.countCampaignHouseholds(input.spec) };
    await record();
    recorded = true;
  }

  for (let batches = 1; ; batches++) {
    if (progress.status === 'PAUSED') {
      await record();
      await condition(() => progress.status !== 'PAUSED');
      await record();
    }
    if (progress.status === 'CANCELLED') break;
    const batch = await campaignBatches.openCampaignBatch({
      spec: input.spec,
      afterHouseholdId: progress.afterHouseholdId,
      limit: batchSize,
    });
    progress = {
      ...progress,
      processed: progress.processed + batch.processed,
      afterHouseholdId: batch.lastHouseholdId ?? progress.afterHouseholdId,
    };
    if (batch.processed < batchSize) break;
    await record();
    if (pauseMs > 0) {
      // A pause or a cancel ends the throttle's wait, so the Campaign row (what the workspace polls) shows it at once.
      if (patched('campaign-command-ends-throttle')) await condition(() => progress.status !== 'RUNNING', pauseMs);
      else await condition(() => progress.status === 'CANCELLED', pauseMs);
    }
    if (batches >= BATCHES_PER_RUN || workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      return continueAsNew<typeof outreachCampaign>({ ...input, progress });
    }
  }
  if (progress.status !== 'CANCELLED') progress = { ...progress, status: 'COMPLETED' };
  await record();
  await condition(allHandlersFinished);
  return progress;
}
