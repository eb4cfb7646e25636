import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Client, Connection } from '@temporalio/client';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../api/app';
import { PROJECT_ROOT } from '../../shared/config';
import { freePort, waitFor, waitForHttp } from '../../scripts/lib/processes';
import { measureWithDocuments, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

/** The value of one sample of the exposition text, e.g. `cases_open{organisation="MINSOC"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function eventually(read: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await read()); i++) await new Promise((r) => setTimeout(r, 100));
}

describe('health, readiness and metrics', () => {
  it('is ready when PostgreSQL and Temporal answer, and not ready when Temporal does not', async () => {
    const ready = await request(system.app).get('/api/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', temporal: 'ok' }, draining: false });

    // No retry interceptor: nothing of this connection outlives the test.
    const nowhere = Connection.lazy({ address: `127.0.0.1:${await freePort()}`, connectTimeout: 500, interceptors: [] });
    const cutOff = createApp({
      prisma: system.prisma,
      temporal: new Client({ connection: nowhere }),
      config: system.config,
      logger: pino({ level: 'silent' }),
      calendar: system.calendar,
    });
    const notReady = await request(cutOff).get('/api/ready');
    expect(notReady.status).toBe(503);
    expect(notReady.body.checks).toEqual({ database: 'ok', temporal: 'unreachable' });
    await nowhere.close();
  });

  it('counts requests by route template, open cases by organisation and the unsent mail', async () => {
    const operator = await userId(system.prisma, 'operator.samara');
    const measure = await measureWithDocuments(system.prisma, 'MINSOC');
    const personId = await registerPerson(system, 'operator.samara');
    const registered = await system
      .as(operator)
      .post('/api/needs')
      .set('idempotency-key', 'metrics-1')
      .send({ personId, measureId: measure.id, description: 'Нужна помощь' });
    expect(registered.status).toBe(201);
    await system.as(operator).get(`/api/needs/${registered.body.id}`);
    await system.prisma.mailOutbox.create({
      data: { idempotencyKey: 'metrics-test', recipient: 'a@example.org', kind: 'ASSIGNED', subject: 'Тема', messageId: '<m@x>' },
    });

    let text = '';
    await eventually(async () => {
      text = (await request(system.app).get('/metrics')).text;
      return (sample(text, 'cases_open{organisation="MINSOC"}') ?? 0) > 0;
    });
    const res = await request(system.app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    text = res.text;
    expect(sample(text, 'cases_open{organisation="MINSOC"}')).toBe(1);
    expect(sample(text, 'cases_overdue{organisation="MINSOC"}')).toBe(0);
    expect(sample(text, 'cases_open{organisation="MINZDRAV"}')).toBe(0);
    expect(sample(text, 'mail_outbox_backlog{status="PENDING"}')).toBe(1);
    expect(sample(text, 'projection_lag_seconds')).toBeGreaterThanOrEqual(0);
    // The case's id is not a label: the request is counted under its path template.
    expect(sample(text, 'http_requests_total{method="GET",route="/api/needs/{id}",status="200"}')).toBe(1);
    expect(sample(text, 'http_requests_total{method="POST",route="/api/needs",status="201"}')).toBe(1);
    expect(text).not.toContain(registered.body.id);
    expect(text).toMatch(/^http_request_duration_seconds_bucket\{le="0\.5",method="GET",route="\/api\/needs\/\{id\}",status="200"\} 1$/m);
  });

  it('shows metrics only to the bearer of METRICS_TOKEN when one is configured', async () => {
    const token = 'metrics-token-0123456789';
    const guarded = createApp({
      prisma: system.prisma,
      temporal: system.temporal,
      config: { ...system.config, METRICS_TOKEN: token },
      logger: pino({ level: 'silent' }),
      calendar: system.calendar,
    });
    expect((await request(guarded).get('/metrics')).status).toBe(401);
    expect((await request(guarded).get('/metrics').set('authorization', 'Bearer wrong-token-0123456789')).status).toBe(401);
    const allowed = await request(guarded).get('/metrics').set('authorization', `Bearer ${token}`);
    expect(allowed.status).toBe(200);
    expect(allowed.text).toContain('# TYPE cases_open gauge');
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM answers the request in flight, takes no new connections and exits 0', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: system.databaseUrl,
        TEMPORAL_ADDRESS: system.temporalAddress,
        API_PORT: String(port),
        JWT_SECRET: system.config.JWT_SECRET,
        FAILPOINT: 'ready:slow', // readiness takes 1.5 s: the request is still running when SIGTERM comes
      },
      stdio: 'ignore',
    });
    const exited = once(child, 'exit');
    await waitForHttp(`${url}/api/health`);

    const inFlight = fetch(`${url}/api/ready`);
    await new Promise((r) => setTimeout(r, 500));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    await expect(fetch(`${url}/api/health`)).rejects.toThrow(); // the listener is closed

    const answer = await inFlight;
    expect(answer.status).toBe(503); // answered in full, and saying it is draining
    expect(await answer.json()).toEqual({ status: 'not-ready', checks: { database: 'ok', temporal: 'ok' }, draining: true });
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  }, 60_000);
});

describe('the worker process', () => {
  it("serves the Temporal SDK's metrics on its own port and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: system.databaseUrl,
        TEMPORAL_ADDRESS: system.temporalAddress,
        WORKER_METRICS_ADDRESS: `127.0.0.1:${port}`,
      },
      stdio: 'ignore',
    });
    const exited = once(child, 'exit');
    let text = '';
    // The exporter starts with the runtime; the worker's own series appear once it polls.
    await waitFor(
      async () => {
        text = await fetch(`http://127.0.0.1:${port}/metrics`).then(
          (r) => r.text(),
          () => '',
        );
        return /^temporal_worker_task_slots_available\{/m.test(text);
      },
      'worker metrics',
      120_000,
    );
    expect(text).toMatch(/^temporal_worker_task_slots_available\{.*task_queue="need-cases"/m);

    child.kill('SIGTERM');
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  }, 180_000);
});
