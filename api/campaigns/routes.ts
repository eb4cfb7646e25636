import type { Router } from 'express';
import {
  campaignPreviewSchema,
  campaignReportSchema,
  campaignStartSchema,
  campaignTargetSchema,
  campaignViewSchema,
  messagesOptOutSchema,
  messageViewSchema,
} from '../../shared/schemas/campaign';
import { z } from '../../shared/schemas/zod';
import { CAMPAIGN_COMMANDS } from '../../workflows/outreachCampaign';
import type { CampaignCommand } from '../../workflows/outreachCampaign';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { notFound } from '../http/errors';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { ERROR_RESPONSES, describeRoute } from '../openapi/registry';
import { createCampaignService } from './service';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const idParams = z.object({ id: z.uuid() });
const listQuery = listQuerySchema(z.object({}), ['createdAt']);
const UNANSWERED = {
  503: {
    ...ERROR_RESPONSES[409],
    description: 'The campaign workflow did not answer within UPDATE_DEADLINE_MS; retry after Retry-After seconds',
    headers: { 'Retry-After': { schema: { type: 'integer' as const } } },
  },
};
const optOutView = z.object({ personId: z.uuid(), messagesOptOut: z.boolean() });

describeRoute({
  method: 'post',
  path: '/api/campaigns/preview',
  summary: 'What a campaign would reach now: households, a sample, the measure and the message',
  request: { body: json(campaignTargetSchema) },
  responses: { 200: { description: 'Preview', ...json(campaignPreviewSchema) } },
});
describeRoute({
  method: 'post',
  path: '/api/campaigns',
  summary: 'Launch an outreach campaign (its workflow opens one need per household and measure)',
  request: { headers: z.object({ 'idempotency-key': z.string().max(200).optional() }), body: json(campaignStartSchema) },
  responses: { 201: { description: 'Launched (or found by its Idempotency-Key)', ...json(campaignViewSchema) }, ...UNANSWERED },
});
describeRoute({
  method: 'get',
  path: '/api/campaigns',
  summary: 'Campaigns, newest first',
  request: { query: listQuery },
  responses: { 200: { description: 'Campaigns; Content-Range gives the total', ...json(z.array(campaignViewSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/campaigns/{id}',
  summary: "A campaign and its progress (the workflow's projection)",
  request: { params: idParams },
  responses: { 200: { description: 'The campaign', ...json(campaignViewSchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/campaigns/{id}/report',
  summary: 'Families reached, needs registered, resolved and refused',
  request: { params: idParams },
  responses: { 200: { description: 'Report', ...json(campaignReportSchema) } },
});
describeRoute({
  method: 'post',
  path: '/api/campaigns/{id}/{command}',
  summary: 'Pause, resume or cancel the campaign (takes effect between batches)',
  request: { params: z.object({ id: z.uuid(), command: z.enum(['pause', 'resume', 'cancel']) }) },
  responses: { 200: { description: 'The campaign with its new status', ...json(campaignViewSchema) }, ...UNANSWERED },
});
describeRoute({
  method: 'get',
  path: '/api/messages',
  summary: 'Messages sent to families, newest first (admins; the local channel keeps every one)',
  request: { query: listQuery },
  responses: { 200: { description: 'Messages; Content-Range gives the total', ...json(z.array(messageViewSchema)) } },
});
describeRoute({
  method: 'put',
  path: '/api/persons/{id}/messages-opt-out',
  summary: 'Whether the person receives outreach messages',
  request: { params: idParams, body: json(messagesOptOutSchema) },
  responses: { 200: { description: 'Saved', ...json(optOutView) } },
});

const COMMAND_OF = Object.fromEntries(CAMPAIGN_COMMANDS.map((c) => [c.toLowerCase(), c])) as Record<string, CampaignCommand>;

export function createCampaignsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const campaigns = createCampaignService(ctx);

  router.post('/campaigns/preview', async (req, res) => {
    res.json(await campaigns.preview(parseBody(campaignTargetSchema, req.body)));
  });
  router.post('/campaigns', async (req, res) => {
    const body = parseBody(campaignStartSchema, req.body);
    const campaign = await campaigns.start(actorOf(req), body, req.get('idempotency-key'));
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'Campaign', entityId: campaign.id, changes: body });
    res.status(201).json(campaign);
  });
  router.get('/campaigns', async (req, res) => {
    const { skip, take } = pageOf(parseQuery(listQuery, req.query).range);
    const { items, total } = await campaigns.list(skip, take);
    setContentRange(res, 'campaigns', skip, items.length, total);
    res.json(items);
  });
  router.get('/campaigns/:id', async (req, res) => {
    res.json(await campaigns.view(parseId(req.params.id, 'Кампания')));
  });
  router.get('/campaigns/:id/report', async (req, res) => {
    res.json(await campaigns.report(parseId(req.params.id, 'Кампания')));
  });
  router.post('/campaigns/:id/:command', async (req, res) => {
    const command = COMMAND_OF[String(req.params.command)];
    if (!command) throw notFound('Действие');
    const id = parseId(req.params.id, 'Кампания');
    const campaign = await campaigns.control(id, command);
    await audit(ctx.prisma, req, { action: 'UPDATE', entity: 'Campaign', entityId: id, changes: { command } });
    res.json(campaign);
  });
  router.get('/messages', async (req, res) => {
    const { skip, take } = pageOf(parseQuery(listQuery, req.query).range);
    const { items, total } = await campaigns.messages(skip, take);
    await audit(ctx.prisma, req, { action: 'SEARCH', entity: 'Message', changes: { shown: items.length } });
    setContentRange(res, 'messages', skip, items.length, total);
    res.json(items);
  });
  router.put('/persons/:id/messages-opt-out', async (req, res) => {
    const id = parseId(req.params.id, 'Человек');
    const result = await campaigns.setOptOut(actorOf(req), id, req.body);
    await audit(ctx.prisma, req, { action: 'UPDATE', entity: 'Person', entityId: id, changes: { messagesOptOut: result.messagesOptOut } });
    res.json(result);
  });
  return router;
}
