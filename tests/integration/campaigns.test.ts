import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from '@temporalio/worker';
import { smsGatewayChannel } from '../../activities/messages/smsGateway';
import { createWorker } from '../../worker/createWorker';
import { createActivities } from '../../worker/activities';
import { campaignWorkflowId } from '../../shared/campaigns/campaign';
import { userId } from '../support/fixtures';
import { fillPoorHouseholds } from '../support/campaignHouseholds';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

/**
 * Outreach campaigns on the real system: a dev-server Temporal, PostgreSQL, the worker and the API.
 * The worker of the first part is shut down in the middle of a run and a fresh one takes over.
 */
let system: TestSystem;
let coordinator: string;
let operator: string;
let samara: string;
let measureId: string;
const HOUSEHOLDS = 1000;
let replacement: { worker: Worker; connection: { close(): Promise<void> }; running: Promise<void> } | undefined;

const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs = 120_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/** Needs the campaign opened and the households they belong to. */
const campaignNeeds = (campaignId: string) =>
  system.prisma.$queryRaw<{ needs: bigint; households: bigint }[]>`
    SELECT count(n.id) AS needs, count(DISTINCT p."householdId") AS households
      FROM "Need" n JOIN "Person" p ON p.id = n."personId" JOIN "CampaignNeed" cn ON cn."needId" = n.id
     WHERE cn."campaignId" = ${campaignId}::uuid`;

beforeAll(async () => {
  system = await startTestSystem();
  coordinator = await userId(system.prisma, 'coordinator');
  operator = await userId(system.prisma, 'operator.samara');
  samara = (await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } })).id;
  measureId = (await system.prisma.supportMeasure.findFirstOrThrow({ where: { active: true }, orderBy: { code: 'asc' } })).id;
  await fillPoorHouseholds(system.prisma, samara, HOUSEHOLDS, 'кампания-большая');
  await fillPoorHouseholds(system.prisma, samara, 5, 'кампания-выше', 'ABOVE');
}, 180_000);

afterAll(async () => {
  if (replacement) {
    replacement.worker.shutdown();
    await replacement.running;
    await replacement.connection.close();
  }
  await system?.stop();
});

describe('an outreach campaign', () => {
  it('previews the households below the minimum, the measure and a one-or-two-segment Russian SMS', async () => {
    const res = await system
      .as(coordinator)
      .post('/api/campaigns/preview')
      .send({ measureId, municipalityId: samara, criterion: { kind: 'POVERTY_BELOW' } });
    expect(res.status).toBe(200);
    expect(res.body.households).toBe(HOUSEHOLDS);
    expect(res.body.sample).toHaveLength(10);
    expect(res.body.sample[0].address).toMatch(/^кампания-большая/);
    expect(res.body.message).toMatchObject({ encoding: 'UCS-2' });
    expect(res.body.message.segments).toBeLessThanOrEqual(2);
    expect(res.body.message.text).not.toMatch(/Кампанина|Анна/);
  });

  it('opens exactly one need per household even when the worker is shut down mid-run', async () => {
    const started = Date.now();
    const res = await system
      .as(coordinator)
      .post('/api/campaigns')
      .set('Idempotency-Key', 'samara-large')
      .send({
        title: 'Малоимущие Самары',
        measureId,
        municipalityId: samara,
        criterion: { kind: 'POVERTY_BELOW' },
        batchSize: 50,
        pauseBetweenBatchesMs: 0,
      });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'RUNNING', total: HOUSEHOLDS });
    const campaignId: string = res.body.id;

    await waitFor('a third of the needs', async () => (await system.prisma.campaignNeed.count({ where: { campaignId } })) >= 300);
    await system.stopWorker();
    const [atKill] = await campaignNeeds(campaignId);
    expect(Number(atKill.needs)).toBeLessThan(HOUSEHOLDS);

    // A fresh worker takes over (and serves the rest of the file).
    const { worker, connection } = await createWorker({
      temporalAddress: system.temporalAddress,
      namespace: 'default',
      activities: createActivities({
        prisma: system.prisma,
        temporal: system.temporal,
        calendar: system.calendar,
        notifier: { send: async () => undefined },
      }),
    });
    replacement = { worker, connection, running: (worker as Worker).run() };
    const result = await system.temporal.workflow.getHandle(campaignWorkflowId(campaignId)).result();
    expect(result).toMatchObject({ status: 'COMPLETED', processed: HOUSEHOLDS });
    const seconds = (Date.now() - started) / 1000;
    console.log(`campaign of ${HOUSEHOLDS} households: ${seconds.toFixed(1)} s, ${(HOUSEHOLDS / seconds).toFixed(1)} needs/s`);

    const [after] = await campaignNeeds(campaignId);
    expect(Number(after.needs)).toBe(HOUSEHOLDS);
    expect(Number(after.households)).toBe(HOUSEHOLDS);
    expect(await system.prisma.need.count({ where: { measureId } })).toBe(HOUSEHOLDS);
    expect(await system.prisma.message.count({ where: { campaignId } })).toBe(HOUSEHOLDS);

    const view = await system.as(coordinator).get(`/api/campaigns/${campaignId}`);
    expect(view.body).toMatchObject({
      status: 'COMPLETED',
      total: HOUSEHOLDS,
      processed: HOUSEHOLDS,
      registered: HOUSEHOLDS,
      messaged: HOUSEHOLDS,
    });
    const report = await system.as(coordinator).get(`/api/campaigns/${campaignId}/report`);
    expect(report.body).toEqual({ reached: HOUSEHOLDS, registered: HOUSEHOLDS, resolved: 0, refused: 0, open: HOUSEHOLDS });

    // The same launch again (same Idempotency-Key) finds the finished campaign; nobody gets a second need.
    const again = await system
      .as(coordinator)
      .post('/api/campaigns')
      .set('Idempotency-Key', 'samara-large')
      .send({
        title: 'Малоимущие Самары',
        measureId,
        municipalityId: samara,
        criterion: { kind: 'POVERTY_BELOW' },
      });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: campaignId, status: 'COMPLETED' });
    expect(await system.prisma.need.count({ where: { measureId } })).toBe(HOUSEHOLDS);
    // Households that now have the measure are no longer offered it.
    const preview = await system
      .as(coordinator)
      .post('/api/campaigns/preview')
      .send({ measureId, municipalityId: samara, criterion: { kind: 'POVERTY_BELOW' } });
    expect(preview.body.households).toBe(0);
  }, 600_000);

  it('pauses, resumes and cancels between batches, and leaves opted-out people without a message', async () => {
    const tolyatti = (await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'tolyatti' } })).id;
    await fillPoorHouseholds(system.prisma, tolyatti, 30, 'кампания-малая');
    const quiet = await system.prisma.person.findFirstOrThrow({ where: { address: 'кампания-малая 1' } });
    const optOut = await system
      .as(await userId(system.prisma, 'operator.tolyatti'))
      .put(`/api/persons/${quiet.id}/messages-opt-out`)
      .send({ optOut: true });
    expect(optOut.body).toEqual({ personId: quiet.id, messagesOptOut: true });
    expect((await system.as(operator).put(`/api/persons/${quiet.id}/messages-opt-out`).send({ optOut: false })).status).toBe(404);

    const start = await system
      .as(coordinator)
      .post('/api/campaigns')
      .send({
        title: 'Тольятти',
        measureId,
        municipalityId: tolyatti,
        criterion: { kind: 'POVERTY_BELOW' },
        batchSize: 5,
        pauseBetweenBatchesMs: 300,
      });
    const id: string = start.body.id;
    const paused = await system.as(coordinator).post(`/api/campaigns/${id}/pause`);
    expect(paused.body.status).toBe('PAUSED');
    await waitFor('the paused row', async () => (await system.prisma.campaign.findUniqueOrThrow({ where: { id } })).status === 'PAUSED');
    const heldAt = await system.prisma.campaignNeed.count({ where: { campaignId: id } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await system.prisma.campaignNeed.count({ where: { campaignId: id } })).toBe(heldAt);
    expect(heldAt).toBeLessThan(30);

    expect((await system.as(coordinator).post(`/api/campaigns/${id}/resume`)).body.status).toBe('RUNNING');
    await waitFor('a few more needs', async () => (await system.prisma.campaignNeed.count({ where: { campaignId: id } })) >= heldAt + 5);
    expect((await system.as(coordinator).post(`/api/campaigns/${id}/cancel`)).body.status).toBe('CANCELLED');
    await waitFor(
      'the cancelled row',
      async () => (await system.prisma.campaign.findUniqueOrThrow({ where: { id } })).status === 'CANCELLED',
    );
    const opened = await system.prisma.campaignNeed.count({ where: { campaignId: id } });
    expect(opened).toBeLessThan(30);
    expect((await system.as(coordinator).post(`/api/campaigns/${id}/resume`)).status).toBe(409);

    const messages = await system.prisma.message.findMany({ where: { campaignId: id } });
    expect(messages.map((m) => m.personId)).not.toContain(quiet.id);
    const list = await system.as(await userId(system.prisma, 'admin')).get('/api/messages');
    expect(list.status).toBe(200);
    expect(list.body[0]).toMatchObject({ channel: 'LOCAL', status: 'KEPT' });
  }, 180_000);

  it('selects by a life situation: the rule over each passport, and only a measure the situation leads to', async () => {
    const aid = (await system.prisma.supportMeasure.findUniqueOrThrow({ where: { code: 'SOC_ONE_TIME_AID' } })).id;
    const criterion = { kind: 'LIFE_SITUATION', situationCode: 'LOW_INCOME' };
    const preview = await system.as(coordinator).post('/api/campaigns/preview').send({ measureId: aid, municipalityId: samara, criterion });
    expect(preview.status).toBe(200);
    expect(preview.body.households).toBe(HOUSEHOLDS);
    expect(preview.body.sample).toHaveLength(10);
    const school = (await system.prisma.supportMeasure.findUniqueOrThrow({ where: { code: 'EDU_SCHOOL_KIT' } })).id;
    const refused = await system
      .as(coordinator)
      .post('/api/campaigns/preview')
      .send({ measureId: school, municipalityId: samara, criterion });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toHaveProperty('measureId');
  });

  it("refuses the plan-task measure: a plan's free task is opened by its plan, not offered to families", async () => {
    const task = (await system.prisma.supportMeasure.findUniqueOrThrow({ where: { code: 'PLAN_TASK' } })).id;
    const refused = await system
      .as(coordinator)
      .post('/api/campaigns/preview')
      .send({ measureId: task, municipalityId: samara, criterion: { kind: 'POVERTY_BELOW' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.measureId).toBe('Эту меру открывает только план сопровождения');
  });

  it('hands a message to the SMS gateway as POST JSON with the key, and does not retry a refusal', async () => {
    const received: { auth: string | undefined; body: unknown }[] = [];
    let answer = 200;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        res.writeHead(answer).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
      const channel = smsGatewayChannel(system.prisma, url, 'test-key');
      const person = await system.prisma.person.findFirstOrThrow({ where: { address: { startsWith: 'кампания-большая' } } });
      const message = {
        id: '00000000-0000-4000-8000-0000000005a1',
        personId: person.id,
        campaignId: null,
        phone: '+7 900 0000001',
        text: 'Вам может быть положена мера: тест. Обратитесь: МФЦ',
      };
      await channel.send(message);
      expect(received).toEqual([{ auth: 'Bearer test-key', body: { id: message.id, to: message.phone, text: message.text } }]);
      expect(await system.prisma.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
        channel: 'SMS',
        status: 'SENT',
        segments: 1,
      });

      answer = 400;
      await expect(channel.send({ ...message, id: '00000000-0000-4000-8000-0000000005a2' })).rejects.toMatchObject({ nonRetryable: true });
      answer = 503;
      await expect(channel.send({ ...message, id: '00000000-0000-4000-8000-0000000005a3' })).rejects.not.toHaveProperty(
        'nonRetryable',
        true,
      );
    } finally {
      server.close();
    }
  });
});
