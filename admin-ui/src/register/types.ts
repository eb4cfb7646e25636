import type { z } from 'zod';
import type { importBatchSchema, importDryRunSchema, importRowSchema } from '../../../shared/schemas/imports';
import type { likelyDuplicateSchema } from '../../../shared/schemas/register';

export type ImportBatch = z.infer<typeof importBatchSchema>;
export type ImportRow = z.infer<typeof importRowSchema>;
export type ImportDryRun = z.infer<typeof importDryRunSchema>;
export type LikelyDuplicate = z.infer<typeof likelyDuplicateSchema>;
