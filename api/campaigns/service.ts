import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { countEligible, eligibleHouseholds, UnsupportedCriterion } from '../../activities/campaigns/eligibleHouseholds';
import type { CampaignCriterion, CampaignStatus } from '../../shared/campaigns/campaign';
import { campaignWorkflowId } from '../../shared/campaigns/campaign';
import { outreachSms } from '../../shared/campaigns/messageText';
import { smsLength } from '../../shared/campaigns/smsSegments';
import type { Actor } from '../../shared/needCase';
import { PLAN_TASK_MEASURE_CODE, PLAN_TASK_ONLY_IN_PLANS } from '../../shared/plans/plan';
import { TASK_QUEUE } from '../../shared/needCase';
import type { z } from '../../shared/schemas/zod';
import type { campaignStartSchema, campaignTargetSchema } from '../../shared/schemas/campaign';
import { messagesOptOutSchema } from '../../shared/schemas/campaign';
import type { CampaignCommand } from '../../workflows/outreachCampaign';
import { campaignControlUpdate, campaignLaunchedUpdate, outreachCampaign } from '../../workflows/outreachCampaign';
import { personScope } from '../access/scopes';
import type { ApiContext } from '../context';
import { notFound, unprocessable } from '../http/errors';
import { parseBody } from '../http/validate';
import { withinUpdateDeadline } from '../needs/updateDeadline';

type Target = z.infer<typeof campaignTargetSchema>;
type Start = z.infer<typeof campaignStartSchema>;

const applicantInitials = (p: { lastName: string; firstName: string; middleName: string | null }) =>
  [p.lastName, ...[p.firstName, p.middleName ?? ''].filter((name) => name !== '').map((name) => `${name.charAt(0)}.`)].join(' ');

const CAMPAIGN_KEY_NAMESPACE = '7a4e2b91-58c3-4d0e-8f6a-1c9b3e5d7f20';
const SAMPLE_SIZE = 10;

export function createCampaignService(ctx: ApiContext) {
  const { prisma } = ctx;
  const eligible = eligibleHouseholds(prisma);

  async function checkedTarget(target: Target) {
    const [measure, municipality] = await Promise.all([
      prisma.supportMeasure.findUnique({ where: { id: target.measureId } }),
      prisma.municipality.findUnique({ where: { id: target.municipalityId } }),
    ]);
    const fields: Record<string, string> = {};
    if (!measure || !measure.active) fields.measureId = 'Мера поддержки не найдена';
    else if (measure.code === PLAN_TASK_MEASURE_CODE) fields.measureId = PLAN_TASK_ONLY_IN_PLANS;
    if (!municipality) fields.municipalityId = 'Муниципальное образование не найдено';
    if (target.criterion.kind === 'LIFE_SITUATION') {
      const situation = await prisma.lifeSituation.findUnique({ where: { code: target.criterion.situationCode } });
      if (!situation || !situation.active) fields['criterion.situationCode'] = 'Жизненная ситуация не найдена';
      else if (measure && !situation.measureCodes.includes(measure.code))
        fields.measureId = 'Эта мера не следует из выбранной жизненной ситуации';
    }
    if (Object.keys(fields).length > 0 || !measure || !municipality) throw unprocessable(fields);
    return { measure, municipality };
  }

  const countOf = async (criterion: CampaignCriterion, target: Target) => {
    try {
      return await countEligible(prisma, criterion, { ...target, campaignId: null });
    } catch (err) {
      if (err instanceof UnsupportedCriterion) throw unprocessable({ 'criterion.kind': 'Такой отбор не поддерживается' });
      throw err;
    }
  };

  async function view(id: string) {
    const campaign = await prisma.campaign.findUnique({ where: { id } });
    if (!campaign) throw notFound('Кампания');
    const [measure, municipality, createdBy] = await Promise.all([
      prisma.supportMeasure.findUniqueOrThrow({ where: { id: campaign.measureId }, select: { id: true, name: true } }),
      prisma.municipality.findUniqueOrThrow({ where: { id: campaign.municipalityId }, select: { id: true, name: true } }),
      prisma.user.findUnique({ where: { id: campaign.createdById }, select: { id: true, fullName: true } }),
    ]);
    return {
      id: campaign.id,
      workflowId: campaign.workflowId,
      title: campaign.title,
      status: campaign.status as CampaignStatus,
      criterion: campaign.criterion as CampaignCriterion,
      measure,
      municipality,
      total: campaign.total,
      processed: campaign.processed,
      registered: campaign.registered,
      messaged: campaign.messaged,
      createdBy: createdBy ?? { id: campaign.createdById, fullName: '' },
      createdAt: campaign.createdAt.toISOString(),
      finishedAt: campaign.finishedAt?.toISOString() ?? null,
    };
  }

  return {
    view,

    /** What a launch would do now: how many households, a few of them, and the message they would get. */
    async preview(target: Target) {
      const { measure } = await checkedTarget(target);
      const [households, first] = await Promise.all([
        countOf(target.criterion, target),
        eligible(target.criterion, { ...target, campaignId: null, afterHouseholdId: null, limit: SAMPLE_SIZE }),
      ]);
      const people = await prisma.person.findMany({
        where: { id: { in: first.map((h) => h.personId) } },
        select: { id: true, lastName: true, firstName: true, middleName: true, address: true },
      });
      const byId = new Map(people.map((p) => [p.id, p]));
      const text = outreachSms({ measureName: measure.name, contact: ctx.config.OUTREACH_CONTACT });
      const length = smsLength(text);
      return {
        households,
        sample: first.map((h) => {
          const p = byId.get(h.personId);
          return {
            householdId: h.householdId,
            personId: h.personId,
            address: p?.address ?? '',
            // The preview needs to tell families apart, not to name them: a surname and initials.
            applicant: p ? applicantInitials(p) : '',
          };
        }),
        measure: { id: measure.id, code: measure.code, name: measure.name },
        message: { text, segments: length.segments, encoding: length.encoding },
      };
    },

    /** Starts the campaign's workflow (a repeated Idempotency-Key finds the same one) and waits for its row. */
    async start(actor: Actor, body: Start, idempotencyKey: string | undefined) {
      await checkedTarget(body);
      const campaignId = idempotencyKey ? uuidv5(`${actor.userId}:${idempotencyKey}`, CAMPAIGN_KEY_NAMESPACE) : randomUUID();
      const start = new WithStartWorkflowOperation(outreachCampaign, {
        workflowId: campaignWorkflowId(campaignId),
        taskQueue: TASK_QUEUE,
        args: [
          {
            version: 1,
            spec: {
              campaignId,
              title: body.title,
              measureId: body.measureId,
              municipalityId: body.municipalityId,
              criterion: body.criterion,
              launchedBy: actor,
            },
            ...(body.batchSize !== undefined && { batchSize: body.batchSize }),
            ...(body.pauseBetweenBatchesMs !== undefined && { pauseBetweenBatchesMs: body.pauseBetweenBatchesMs }),
          },
        ],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
      try {
        await withinUpdateDeadline(ctx, () =>
          ctx.temporal.workflow.executeUpdateWithStart(campaignLaunchedUpdate, { startWorkflowOperation: start }),
        );
      } catch (err) {
        // The campaign with this key has finished: the repeat finds it and starts nothing.
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
      return view(campaignId);
    },

    async control(id: string, command: CampaignCommand) {
      const campaign = await view(id);
      const handle = ctx.temporal.workflow.getHandle(campaign.workflowId);
      const progress = await withinUpdateDeadline(ctx, () => handle.executeUpdate(campaignControlUpdate, { args: [command] }));
      return { ...campaign, status: progress.status };
    },

    async list(skip: number, take: number) {
      const [rows, total] = await Promise.all([
        prisma.campaign.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip, take, select: { id: true } }),
        prisma.campaign.count(),
      ]);
      return { items: await Promise.all(rows.map((r) => view(r.id))), total };
    },

    /** Reached (told by message), registered, and how the needs stand now. */
    async report(id: string) {
      await view(id);
      const [row] = await prisma.$queryRaw<{ registered: bigint; resolved: bigint; refused: bigint; reached: bigint }[]>`
        SELECT count(cn."needId") AS registered,
               count(*) FILTER (WHERE n.status = 'RESOLVED') AS resolved,
               count(*) FILTER (WHERE n.status IN ('REJECTED', 'CANCELLED')) AS refused,
               (SELECT count(*) FROM "Message" m WHERE m."campaignId" = ${id}::uuid) AS reached
          FROM "CampaignNeed" cn LEFT JOIN "Need" n ON n.id = cn."needId"
         WHERE cn."campaignId" = ${id}::uuid`;
      const registered = Number(row.registered);
      const resolved = Number(row.resolved);
      const refused = Number(row.refused);
      return { reached: Number(row.reached), registered, resolved, refused, open: registered - resolved - refused };
    },

    async messages(skip: number, take: number) {
      const [rows, total] = await Promise.all([
        prisma.message.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip, take }),
        prisma.message.count(),
      ]);
      return { items: rows.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })), total };
    },

    /** The person is looked up in the caller's scope before the body is read, so a foreign person is 404 either way. */
    async setOptOut(actor: Actor, personId: string, body: unknown) {
      const person = await prisma.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { id: true } });
      if (!person) throw notFound('Человек');
      const { optOut } = parseBody(messagesOptOutSchema, body);
      await prisma.person.update({ where: { id: personId }, data: { messagesOptOut: optOut } });
      return { personId, messagesOptOut: optOut };
    },
  };
}
