import { proxyActivities } from '@temporalio/workflow';
import type { CampaignActivities } from '../activities/campaigns/campaignActivities';

// The projection row and the count: short, retried until the database answers.
export const campaignRecords = proxyActivities<Pick<CampaignActivities, 'recordCampaign' | 'countCampaignHouseholds'>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

// A batch of needs: heartbeats after every few households, so a lost worker is noticed within
// 30 seconds and the next attempt resumes after the last household reported.
export const campaignBatches = proxyActivities<Pick<CampaignActivities, 'openCampaignBatch'>>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
