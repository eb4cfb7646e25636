import { ApplicationFailure, Context } from '@temporalio/activity';
import type { PrismaClient } from '../../prisma/client';
import type { CampaignProgress, CampaignSpec } from '../../shared/campaigns/campaign';
import { campaignMessageId, campaignNeedId, campaignWorkflowId } from '../../shared/campaigns/campaign';
import { outreachSms } from '../../shared/campaigns/messageText';
import type { CasePolicy } from '../../shared/needCase';
import { NEED_CASE_INPUT_VERSION } from '../../shared/needCase';
import { casePolicyOf, startNeedCase } from '../../shared/needs/startNeedCase';
import type { MessageChannel } from '../messages/channel';
import type { EligibleHousehold, EligibleHouseholds } from './eligibleHouseholds';
import { UnsupportedCriterion, countEligible } from './eligibleHouseholds';

export interface CampaignDeps {
  prisma: PrismaClient;
  eligible: EligibleHouseholds;
  messages: MessageChannel;
  /** Where the message tells the family to turn. */
  contact: string;
}

export interface CampaignBatch {
  spec: CampaignSpec;
  afterHouseholdId: string | null;
  limit: number;
}

export interface CampaignBatchResult {
  processed: number;
  lastHouseholdId: string | null;
}

interface MeasureFacts {
  name: string;
  organisationId: string;
  policy: CasePolicy;
}

/** Households opened at once inside a batch: enough to keep the server busy, few enough not to crowd out operators. */
const PARALLEL = 16;

export function createCampaignActivities(deps: CampaignDeps) {
  const { prisma } = deps;

  async function openNeed(spec: CampaignSpec, measure: MeasureFacts, household: EligibleHousehold) {
    const needId = campaignNeedId(spec.campaignId, household.householdId, spec.measureId);
    // Written first, so the selection of a retried batch still counts this household as the campaign's own.
    await prisma.campaignNeed.upsert({
      where: { campaignId_householdId: { campaignId: spec.campaignId, householdId: household.householdId } },
      create: { campaignId: spec.campaignId, householdId: household.householdId, personId: household.personId, needId },
      update: {},
    });
    const person = await prisma.person.findUniqueOrThrow({
      where: { id: household.personId },
      select: { municipalityId: true, messagesOptOut: true, contacts: { where: { kind: 'PHONE' }, take: 1 } },
    });
    await startNeedCase(Context.current().client, {
      version: NEED_CASE_INPUT_VERSION,
      policy: measure.policy,
      registration: {
        needId,
        personId: household.personId,
        measureId: spec.measureId,
        organisationId: measure.organisationId,
        municipalityId: person.municipalityId,
        description: `Кампания «${spec.title}»: мера предложена семье без обращения`,
        registeredBy: spec.launchedBy,
      },
    });
    const phone = person.contacts[0]?.value;
    if (phone && !person.messagesOptOut) {
      await deps.messages.send({
        id: campaignMessageId(needId),
        personId: household.personId,
        campaignId: spec.campaignId,
        phone,
        text: outreachSms({ measureName: measure.name, contact: deps.contact }),
      });
    }
  }

  return {
    async countCampaignHouseholds(spec: CampaignSpec): Promise<number> {
      try {
        return await countEligible(prisma, spec.criterion, { ...spec, campaignId: spec.campaignId });
      } catch (err) {
        if (err instanceof UnsupportedCriterion) throw ApplicationFailure.nonRetryable(err.message, 'UnsupportedCriterion');
        throw err;
      }
    },

    /** The projection row: the workflow's progress, with what was registered and told counted from the tables. */
    async recordCampaign(input: { spec: CampaignSpec; progress: CampaignProgress }): Promise<void> {
      const { spec, progress } = input;
      const [registered, messaged] = await Promise.all([
        prisma.campaignNeed.count({ where: { campaignId: spec.campaignId } }),
        prisma.message.count({ where: { campaignId: spec.campaignId } }),
      ]);
      const finished = progress.status === 'COMPLETED' || progress.status === 'CANCELLED';
      const values = {
        status: progress.status,
        total: progress.total,
        processed: progress.processed,
        registered,
        messaged,
        finishedAt: finished ? new Date() : null,
      };
      await prisma.campaign.upsert({
        where: { id: spec.campaignId },
        create: {
          id: spec.campaignId,
          workflowId: campaignWorkflowId(spec.campaignId),
          title: spec.title,
          measureId: spec.measureId,
          municipalityId: spec.municipalityId,
          criterion: spec.criterion,
          createdById: spec.launchedBy.userId,
          ...values,
        },
        update: values,
      });
    },

    /**
     * Opens needs for the next households after `afterHouseholdId`. The heartbeat carries the last
     * household done, so the attempt after a lost worker resumes there; households it had started
     * join their existing need workflows, since the need id is derived from campaign, household and measure.
     */
    async openCampaignBatch(input: CampaignBatch): Promise<CampaignBatchResult> {
      const ctx = Context.current();
      const { spec } = input;
      const measure = await prisma.supportMeasure.findUnique({ where: { id: spec.measureId } });
      if (!measure || !measure.active) throw ApplicationFailure.nonRetryable('The measure is gone or inactive', 'MeasureInactive');
      const chain = await prisma.escalationLevel.findMany({ orderBy: { level: 'asc' } });
      const facts: MeasureFacts = { name: measure.name, organisationId: measure.organisationId, policy: casePolicyOf(measure, chain) };
      const progress: CampaignBatchResult = (ctx.info.heartbeatDetails as CampaignBatchResult | undefined) ?? {
        processed: 0,
        lastHouseholdId: input.afterHouseholdId,
      };
      let households: EligibleHousehold[];
      try {
        households = await deps.eligible(spec.criterion, {
          municipalityId: spec.municipalityId,
          measureId: spec.measureId,
          campaignId: spec.campaignId,
          afterHouseholdId: progress.lastHouseholdId,
          limit: input.limit - progress.processed,
        });
      } catch (err) {
        if (err instanceof UnsupportedCriterion) throw ApplicationFailure.nonRetryable(err.message, 'UnsupportedCriterion');
        throw err;
      }
      for (let i = 0; i < households.length; i += PARALLEL) {
        const chunk = households.slice(i, i + PARALLEL);
        // A cancelled attempt (worker shutting down) stops mid-chunk; the next attempt redoes the chunk.
        await Promise.race([Promise.all(chunk.map((h) => openNeed(spec, facts, h))), ctx.cancelled]);
        progress.processed += chunk.length;
        progress.lastHouseholdId = chunk[chunk.length - 1].householdId;
        ctx.heartbeat(progress);
      }
      return progress;
    },
  };
}

export type CampaignActivities = ReturnType<typeof createCampaignActivities>;
