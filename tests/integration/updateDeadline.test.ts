import { measureWithDocuments, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

const DEADLINE_MS = 1500;

let system: TestSystem;
let operator: string;
let executor: string;
let personId: string;
let measureId: string;

beforeAll(async () => {
  system = await startTestSystem({ env: { UPDATE_DEADLINE_MS: String(DEADLINE_MS) } });
  operator = await userId(system.prisma, 'operator.samara');
  executor = await userId(system.prisma, 'executor.minsoc');
  measureId = (await measureWithDocuments(system.prisma, 'MINSOC')).id;
  personId = await registerPerson(system, 'operator.samara');
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const timed = async (send: () => Promise<{ status: number; headers: Record<string, string>; body: { error?: { code: string } } }>) => {
  const started = Date.now();
  const res = await send();
  return { res, elapsed: Date.now() - started };
};

describe('a case whose worker is down answers 503 with Retry-After within the Update deadline', () => {
  it('refuses a case action and a registration in time instead of hanging', async () => {
    const registered = await system.as(operator).post('/api/needs').send({ personId, measureId, description: 'Нужна помощь' });
    expect(registered.status).toBe(201);
    await system.stopWorker();

    const claim = await timed(() => system.as(executor).post(`/api/needs/${registered.body.id}/claim`).send({}));
    expect(claim.res.status).toBe(503);
    expect(claim.res.headers['retry-after']).toBe('2');
    expect(claim.res.body.error?.code).toBe('SERVICE_UNAVAILABLE');
    expect(claim.elapsed).toBeLessThan(DEADLINE_MS + 3000);

    const registration = await timed(() =>
      system.as(operator).post('/api/needs').set('Idempotency-Key', 'deadline-1').send({ personId, measureId, description: 'Ещё одна' }),
    );
    expect(registration.res.status).toBe(503);
    expect(registration.res.headers['retry-after']).toBe('2');
    expect(registration.elapsed).toBeLessThan(DEADLINE_MS + 3000);
  }, 60_000);
});
