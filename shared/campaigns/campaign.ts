import { v5 as uuidv5 } from 'uuid';
import type { Actor } from '../needCase';

/** Which households a campaign reaches; further kinds (life situations) plug in beside the poverty register. */
export type CampaignCriterion = { kind: 'POVERTY_BELOW' } | { kind: 'LIFE_SITUATION'; situationCode: string };

/** A criterion the selection cannot evaluate (an unknown or inactive life situation). */
export class UnsupportedCriterion extends Error {}

export const CAMPAIGN_STATUSES = ['RUNNING', 'PAUSED', 'CANCELLED', 'COMPLETED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const campaignWorkflowId = (campaignId: string): string => `campaign-${campaignId}`;

const CAMPAIGN_NEED_NAMESPACE = '0f1d8a52-6c3e-4f0b-9a51-2b7c4d9e8a13';

/** One campaign opens at most one need per household and measure: the id says which, so a retry finds it. */
export const campaignNeedId = (campaignId: string, householdId: string, measureId: string): string =>
  uuidv5(`${campaignId}:${householdId}:${measureId}`, CAMPAIGN_NEED_NAMESPACE);

/** The message about a need goes once, whatever the retries. */
export const campaignMessageId = (needId: string): string => uuidv5(`sms:${needId}`, CAMPAIGN_NEED_NAMESPACE);

export interface CampaignSpec {
  campaignId: string;
  title: string;
  measureId: string;
  municipalityId: string;
  criterion: CampaignCriterion;
  launchedBy: Actor;
}

export interface CampaignProgress {
  status: CampaignStatus;
  total: number;
  /** Households handled so far (a need opened or found, a message sent or skipped). */
  processed: number;
  /** The last household handled, in id order: the next batch starts after it. */
  afterHouseholdId: string | null;
}
