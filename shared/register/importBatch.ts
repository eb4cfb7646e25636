/** What the import workflow and the API share about a batch's run. */
export const IMPORT_STATUSES = ['VALIDATED', 'RUNNING', 'PAUSED', 'COMPLETED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportProgress {
  status: ImportStatus;
  /** Valid rows written (created or linked) so far. */
  processed: number;
  created: number;
  linked: number;
  /** The last row number handed to a chunk: the next chunk starts after it. */
  afterRow: number;
}

export const importWorkflowId = (batchId: string) => `import-${batchId}`;

/** Rows per chunk activity unless the config says otherwise. */
export const DEFAULT_IMPORT_CHUNK_ROWS = 500;
