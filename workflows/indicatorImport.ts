import { proxyActivities } from '@temporalio/workflow';
import type { IndicatorImportActivities } from '../activities/indicators/importActivities';
import type { IndicatorImportTotals } from '../shared/indicators/valueImport';

export interface IndicatorImportInput {
  version: 1;
  importId: string;
  chunkRows: number;
}

// The whole file in one activity of many chunk transactions: a lost worker is noticed within 30
// seconds of its last heartbeat, and the next attempt starts at the chunk that heartbeat named.
const writer = proxyActivities<Pick<IndicatorImportActivities, 'writeIndicatorImport'>>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    nonRetryableErrorTypes: ['IndicatorImportMissing', 'IndicatorImportOutOfOrder'],
  },
});

/**
 * Writes a checked file of custom indicator values, off the API's requests. The file was checked
 * whole and its rows kept before the workflow started; the import row's counters are its progress.
 */
export async function indicatorImport(input: IndicatorImportInput): Promise<IndicatorImportTotals> {
  return writer.writeIndicatorImport({ importId: input.importId, chunkRows: input.chunkRows });
}
