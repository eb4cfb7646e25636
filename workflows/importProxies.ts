import { proxyActivities } from '@temporalio/workflow';
import type { ImportActivities } from '../activities/imports/importActivities';

// The batch's status row: short, retried until the database answers.
export const importRecords = proxyActivities<Pick<ImportActivities, 'recordImportStatus'>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

// One chunk of rows in one transaction: heartbeats tell a lost worker within 30 seconds, and the
// retried chunk skips the rows the committed attempt already wrote.
export const importChunks = proxyActivities<Pick<ImportActivities, 'importChunk'>>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    nonRetryableErrorTypes: ['ImportBatchMissing'],
  },
});
