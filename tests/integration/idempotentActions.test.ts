import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../api/app';
import { createPrismaClient } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { measureWithDocuments, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: string;
let executor: string;
let otherExecutor: string;
let personId: string;
let measureId: string;
/** A second API process: its own Prisma client and Express app on the same database and Temporal. */
let otherPrisma: PrismaClient;
let otherApi: ReturnType<typeof createApp>;

beforeAll(async () => {
  system = await startTestSystem();
  operator = await userId(system.prisma, 'operator.samara');
  executor = await userId(system.prisma, 'executor.minsoc');
  otherExecutor = await userId(system.prisma, 'executor2.minsoc');
  measureId = (await measureWithDocuments(system.prisma, 'MINSOC')).id;
  personId = await registerPerson(system, 'operator.samara');
  otherPrisma = createPrismaClient(system.databaseUrl);
  otherApi = createApp({ prisma: otherPrisma, temporal: system.temporal, config: system.config, logger: pino({ level: 'silent' }) });
}, 180_000);

afterAll(async () => {
  await otherPrisma?.$disconnect();
  await system?.stop();
});

async function newCase(): Promise<string> {
  const res = await system.as(operator).post('/api/needs').send({ personId, measureId, description: 'Нужна помощь' });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function eventTypes(needId: string): Promise<string[]> {
  const res = await system.as(executor).get(`/api/needs/${needId}/events`);
  return res.body.map((e: { type: string }) => e.type);
}

const count = (items: unknown[], item: unknown) => items.filter((i) => i === item).length;

describe('a claim by the executor who already holds the case', () => {
  it('succeeds once out of 20 parallel claims; the others are refused with 409 and leave no event', async () => {
    const id = await newCase();
    const answers = await Promise.all(Array.from({ length: 20 }, () => system.as(executor).post(`/api/needs/${id}/claim`).send({})));
    const statuses = answers.map((a) => a.status);
    expect(count(statuses, 200)).toBe(1);
    expect(count(statuses, 409)).toBe(19);
    expect(answers.find((a) => a.status === 409)?.body.error.code).toBe('INVALID_TRANSITION');
    expect(count(await eventTypes(id), 'CLAIMED')).toBe(1);
  }, 60_000);
});

describe('Idempotency-Key on case actions', () => {
  it('answers a repeated key with the first answer and records one event, also through another API process', async () => {
    const id = await newCase();
    const comment = { text: 'Позвонила заявителю' };
    const first = await system.as(executor).post(`/api/needs/${id}/comment`).set('Idempotency-Key', 'c-1').send(comment);
    expect(first.status).toBe(200);
    const again = await system.as(executor).post(`/api/needs/${id}/comment`).set('Idempotency-Key', 'c-1').send(comment);
    const elsewhere = await request(otherApi)
      .post(`/api/needs/${id}/comment`)
      .set('Authorization', `Bearer ${system.tokenFor(executor)}`)
      .set('Idempotency-Key', 'c-1')
      .send(comment);
    expect([again.status, elsewhere.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);
    expect(elsewhere.body).toEqual(first.body);
    expect(count(await eventTypes(id), 'COMMENTED')).toBe(1);

    // Another key is another request; the same key from another user is theirs alone.
    expect((await system.as(executor).post(`/api/needs/${id}/comment`).set('Idempotency-Key', 'c-2').send(comment)).status).toBe(200);
    expect((await system.as(operator).post(`/api/needs/${id}/comment`).set('Idempotency-Key', 'c-1').send(comment)).status).toBe(200);
    expect(count(await eventTypes(id), 'COMMENTED')).toBe(3);
  }, 60_000);

  it('refuses the same key with another body (422) and replays a refusal as it was first given', async () => {
    const id = await newCase();
    const reused = await system.as(executor).post(`/api/needs/${id}/comment`).set('Idempotency-Key', 'k').send({ text: 'Первый' });
    expect(reused.status).toBe(200);
    const changed = await system.as(executor).post(`/api/needs/${id}/comment`).set('Idempotency-Key', 'k').send({ text: 'Другой' });
    expect(changed.status).toBe(422);
    expect(changed.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');

    await system.as(executor).post(`/api/needs/${id}/claim`).send({});
    const refused = await system.as(otherExecutor).post(`/api/needs/${id}/accept`).set('Idempotency-Key', 'a-1').send({});
    expect(refused.status).toBe(409);
    const replayed = await system.as(otherExecutor).post(`/api/needs/${id}/accept`).set('Idempotency-Key', 'a-1').send({});
    expect({ status: replayed.status, body: replayed.body }).toEqual({ status: 409, body: refused.body });
  }, 60_000);

  it('acts once for 10 parallel requests with one key: one answer of the action, the rest the same answer or 409 while it runs', async () => {
    const id = await newCase();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2
          ? request(otherApi)
              .post(`/api/needs/${id}/comment`)
              .set('Authorization', `Bearer ${system.tokenFor(executor)}`)
          : system.as(executor).post(`/api/needs/${id}/comment`)
        )
          .set('Idempotency-Key', 'parallel')
          .send({ text: 'Одна запись' }),
      ),
    );
    const done = answers.filter((a) => a.status === 200);
    const busy = answers.filter((a) => a.status === 409);
    expect(done.length + busy.length).toBe(10);
    expect(done.length).toBeGreaterThanOrEqual(1);
    expect(new Set(done.map((a) => JSON.stringify(a.body))).size).toBe(1);
    for (const a of busy) expect(a.body.error.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(count(await eventTypes(id), 'COMMENTED')).toBe(1);
  }, 60_000);
});
