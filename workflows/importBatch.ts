import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineUpdate,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { ImportProgress } from '../shared/register/importBatch';
import { importChunks, importRecords } from './importProxies';

export const IMPORT_COMMANDS = ['PAUSE', 'RESUME'] as const;
export type ImportCommand = (typeof IMPORT_COMMANDS)[number];

export interface ImportBatchInput {
  version: 1;
  batchId: string;
  chunkRows: number;
  /** Carried over by continue-as-new. */
  progress?: ImportProgress;
}

export const importProgressQuery = defineQuery<ImportProgress>('progress');
export const importControlUpdate = defineUpdate<ImportProgress, [ImportCommand]>('control');

/** Chunks per run before continuing as new, so the history of a file of any size stays small. */
const CHUNKS_PER_RUN = 100;

/**
 * Writes the valid rows of an uploaded file into the register, chunk by chunk in row order. Each
 * chunk is one activity and one transaction; pause and resume arrive as updates and take effect
 * between chunks. The rows themselves remember what was written, so a retry adds nothing twice.
 */
export async function importBatch(input: ImportBatchInput): Promise<ImportProgress> {
  let progress: ImportProgress = input.progress ?? { status: 'RUNNING', processed: 0, created: 0, linked: 0, afterRow: 0 };

  setHandler(importProgressQuery, () => progress);
  setHandler(
    importControlUpdate,
    (command) => {
      progress = { ...progress, status: command === 'PAUSE' ? 'PAUSED' : 'RUNNING' };
      return progress;
    },
    {
      validator: (command) => {
        if (!IMPORT_COMMANDS.includes(command)) throw ApplicationFailure.nonRetryable(`Unknown command ${String(command)}`);
        if (progress.status === 'COMPLETED') throw ApplicationFailure.nonRetryable('The import has finished', 'ImportFinished');
      },
    },
  );
  const record = () => importRecords.recordImportStatus({ batchId: input.batchId, status: progress.status });
  if (!input.progress) await record();

  for (let chunks = 1; ; chunks++) {
    if (progress.status === 'PAUSED') {
      await record();
      await condition(() => progress.status !== 'PAUSED');
      await record();
    }
    const chunk = await importChunks.importChunk({ batchId: input.batchId, afterRow: progress.afterRow, limit: input.chunkRows });
    // The batch's own totals, counted in the chunk's transaction: right even when an attempt's answer was lost.
    progress = { ...progress, ...chunk.totals, afterRow: chunk.lastRow ?? progress.afterRow };
    if (chunk.lastRow === null) break;
    if (chunks >= CHUNKS_PER_RUN || workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      return continueAsNew<typeof importBatch>({ ...input, progress });
    }
  }
  progress = { ...progress, status: 'COMPLETED' };
  await record();
  await condition(allHandlersFinished);
  return progress;
}
