import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { needIdFor } from '../../api/needs/registration';
import { PROJECT_ROOT } from '../../shared/config';
import { needWorkflowId } from '../../shared/needCase';
import { caseStateQuery } from '../../workflows/needCase';
import { measureWithDocuments, registerPerson } from '../support/fixtures';
import { freePort, waitForHttp } from '../../scripts/lib/processes';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: { userId: string; role: 'OPERATOR'; organisationId: null; municipalityId: string };
let body: { personId: string; measureId: string; description: string };

beforeAll(async () => {
  system = await startTestSystem();
  const user = await system.prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
  operator = { userId: user.id, role: 'OPERATOR', organisationId: null, municipalityId: user.municipalityId as string };
  const measure = await measureWithDocuments(system.prisma, 'MINSOC');
  body = { personId: await registerPerson(system, 'operator.samara'), measureId: measure.id, description: 'Нужна помощь' };
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

/** The real API as its own process, so it can die in the middle of a request. */
async function startApi(failpoint?: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  // node itself (not the tsx wrapper), so the test sees the very process that dies
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
      ...(failpoint ? { FAILPOINT: failpoint } : {}),
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`);
  return { url, process: child };
}

const post = (url: string, key: string) =>
  fetch(`${url}/api/needs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${system.tokenFor(operator.userId)}`, 'idempotency-key': key },
    body: JSON.stringify(body),
  });

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  return read();
}

describe('registration survives the API being killed at the worst moment', () => {
  it('leaves a routed need and its workflow when killed after the workflow started, and the retry finds them', async () => {
    const api = await startApi('need-registration:after-start');
    const exited = once(api.process, 'exit'); // listen first: the process may be gone before the request fails
    await expect(post(api.url, 'crash-after')).rejects.toThrow(); // the connection dies with the process
    const [, signal] = await exited;
    expect(signal).toBe('SIGKILL');

    const needId = needIdFor(operator, 'crash-after');
    const row = await eventually(
      () => system.prisma.need.findUnique({ where: { id: needId } }),
      (r) => r?.status === 'ASSIGNED',
    );
    expect(row?.status).toBe('ASSIGNED');
    const state = await system.temporal.workflow.getHandle(needWorkflowId(needId)).query(caseStateQuery);
    expect(state.status).toBe(row?.status);

    const restarted = await startApi();
    const retry = await post(restarted.url, 'crash-after');
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { id: string }).id).toBe(needId);
    expect(await system.prisma.need.count({ where: { personId: body.personId, description: body.description } })).toBe(1);
    restarted.process.kill();
  });

  it('leaves neither a need nor a workflow when killed before the workflow started, and the retry registers once', async () => {
    const api = await startApi('need-registration:before-start');
    const exited = once(api.process, 'exit');
    await expect(post(api.url, 'crash-before')).rejects.toThrow();
    await exited;

    const needId = needIdFor(operator, 'crash-before');
    expect(await system.prisma.need.findUnique({ where: { id: needId } })).toBeNull();
    await expect(system.temporal.workflow.getHandle(needWorkflowId(needId)).describe()).rejects.toThrow(/not found/i);

    const restarted = await startApi();
    const retry = await post(restarted.url, 'crash-before');
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as { id: string }).id).toBe(needId);
    const description = await system.temporal.workflow.getHandle(needWorkflowId(needId)).describe();
    expect(description.status.name).toBe('RUNNING');
    restarted.process.kill();
  });
});
