import { proxyActivities } from '@temporalio/workflow';
import type { PovertyActivities } from '../activities/poverty/assessmentActivities';

// One household after a change: short, retried until the database answers.
export const householdAssessor = proxyActivities<Pick<PovertyActivities, 'assessOneHousehold' | 'countHouseholds'>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

// A batch of a region's re-assessment: long, so it heartbeats; a lost worker is noticed within a minute
// and the next attempt resumes after the last household the heartbeat reported.
export const batchAssessor = proxyActivities<Pick<PovertyActivities, 'assessHouseholdBatch'>>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes' },
});
