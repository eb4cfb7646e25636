import type { z } from 'zod';
import type { campaignPreviewSchema, campaignReportSchema, campaignViewSchema } from '../../../shared/schemas/campaign';

export type Campaign = z.infer<typeof campaignViewSchema>;
export type CampaignPreview = z.infer<typeof campaignPreviewSchema>;
export type CampaignReport = z.infer<typeof campaignReportSchema>;

/** A campaign that can still change: its page keeps asking for progress. */
export const isLive = (status: Campaign['status']) => status === 'RUNNING' || status === 'PAUSED';

/** The commands each state allows, as the workflow accepts them. */
export const COMMANDS_OF: Record<Campaign['status'], ('pause' | 'resume' | 'cancel')[]> = {
  RUNNING: ['pause', 'cancel'],
  PAUSED: ['resume', 'cancel'],
  COMPLETED: [],
  CANCELLED: [],
};
