/** What the API, the indicator import workflow and its activity share about a committed file of values. */
export const INDICATOR_IMPORT_STATUSES = ['RUNNING', 'COMPLETED'] as const;
export type IndicatorImportStatus = (typeof INDICATOR_IMPORT_STATUSES)[number];

export const indicatorImportWorkflowId = (importId: string) => `indicator-import-${importId}`;

/** The import's counters as its last committed chunk left them. */
export interface IndicatorImportTotals {
  total: number;
  processed: number;
  /** New or changed values; the rest of the processed rows were stored as in the file already. */
  written: number;
}
