import { Client, Connection } from '@temporalio/client';
import { needIdFor } from '../../api/needs/registration';
import type { Actor } from '../../shared/needCase';
import { createPrismaClient } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { caseMismatches } from '../../scripts/lib/caseConsistency';
import type { CaseMismatch } from '../../scripts/lib/caseConsistency';
import { stopChild, stopChildAndWait } from '../../scripts/lib/processes';
import { startCluster } from '../../scripts/lib/scaleOut';
import type { Cluster } from '../../scripts/lib/scaleOut';
import { FailoverClient, registerLoadPerson, signIn, steadyLoad } from '../../scripts/lib/steadyLoad';
import type { LoadResult } from '../../scripts/lib/steadyLoad';
import { createTestDatabase } from '../../scripts/lib/testDatabase';
import { DEMO_PASSWORD, seedReferenceData } from '../../scripts/seed/referenceData';
import { measureWithDocuments } from '../support/fixtures';
import { startTestTemporal } from '../support/temporal';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let temporalServer: Awaited<ReturnType<typeof startTestTemporal>>;
let prisma: PrismaClient;
let connection: Connection;
let temporal: Client;
let cluster: Cluster;

beforeAll(async () => {
  [database, temporalServer] = await Promise.all([createTestDatabase('sp_scale'), startTestTemporal()]);
  prisma = createPrismaClient(database.url);
  await seedReferenceData(prisma);
  connection = await Connection.connect({ address: temporalServer.address });
  temporal = new Client({ connection, namespace: 'default' });
  cluster = await startCluster({
    databaseUrl: database.url,
    temporalAddress: temporalServer.address,
    apis: 2,
    workers: 2,
    // A shorter Update deadline: a case whose worker died answers 503 (and is retried) sooner.
    env: { NODE_ENV: 'test', UPDATE_DEADLINE_MS: '5000' },
    quiet: true,
  });
}, 150_000);

afterAll(async () => {
  await Promise.all([...(cluster?.apis ?? []), ...(cluster?.workers ?? [])].map((p) => stopChildAndWait(p.child)));
  await connection?.close();
  await prisma?.$disconnect();
  await temporalServer?.stop();
  await database?.drop();
});

async function eventuallyConsistent(needIds: string[]): Promise<CaseMismatch[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const mismatches = await caseMismatches(prisma, temporal, needIds);
    if (mismatches.length === 0 || Date.now() > deadline) return mismatches;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

describe('two workers and two API processes, one of each killed with SIGKILL under load', () => {
  it('answers or safely retries every request and loses or doubles no case; the queue equals the workflows', async () => {
    const [first, second] = cluster.apis;
    const operator = await prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
    const executor = await prisma.user.findUniqueOrThrow({ where: { username: 'executor.minsoc' } });
    // Signed in at the first API process, used at both: sessions live in PostgreSQL.
    const operatorToken = await signIn(first.url, 'operator.samara', DEMO_PASSWORD);
    const executorToken = await signIn(first.url, 'executor.minsoc', DEMO_PASSWORD);
    const personId = await registerLoadPerson(second.url, operatorToken, operator.municipalityId as string);
    const measureId = (await measureWithDocuments(prisma, 'MINSOC')).id;

    const client = new FailoverClient([first.url, second.url]);
    const tag = 'kill';
    const load: Promise<LoadResult> = steadyLoad(
      client,
      { operatorToken, executorToken, personId, measureId },
      { tag, durationMs: 20_000, lanes: 4 },
    );
    await new Promise((r) => setTimeout(r, 7_000));
    const registeredBeforeKill = await prisma.need.count({ where: { description: `Нагрузка ${tag}` } });
    stopChild(cluster.workers[0].child, 'SIGKILL');
    stopChild(first.child, 'SIGKILL');
    await expect(cluster.workers[0].exited).rejects.toThrow(/SIGKILL/);
    await expect(first.exited).rejects.toThrow(/SIGKILL/);
    const result = await load;

    // Load went on after the kill, and the dead process's share was sent again to the living one.
    expect(registeredBeforeKill).toBeGreaterThan(0);
    expect(result.registrations.length).toBeGreaterThan(registeredBeforeKill);
    expect(result.registrations.some((r) => r.answer.attempts > 1)).toBe(true);

    // Every request got an answer: registrations 201 (or 200 for a retry of one that had gone through),
    // claims 200 or an explicit 409, queue reads 200.
    expect(result.registrations.filter((r) => ![200, 201].includes(r.answer.status))).toEqual([]);
    expect(result.claims.filter((c) => ![200, 409].includes(c.answer.status))).toEqual([]);
    expect(result.queueReads.filter((q) => q.status !== 200)).toEqual([]);

    // One case per registration key, no more, no fewer.
    const keys = new Set(result.registrations.map((r) => r.key));
    const expectedIds = [...keys].map((key) => needIdFor({ userId: operator.id } as Actor, key));
    const rows = await prisma.need.findMany({ where: { description: `Нагрузка ${tag}` }, select: { id: true } });
    expect(rows.map((r) => r.id).sort()).toEqual([...expectedIds].sort());
    expect(new Set(result.registrations.map((r) => (r.answer.body as { id: string }).id))).toEqual(new Set(expectedIds));

    // The queue converges on the workflows' state; no doubled event, no doubled claim.
    expect(await eventuallyConsistent(expectedIds)).toEqual([]);
    const claimedOk = result.claims.filter((c) => c.answer.status === 200).map((c) => c.needId);
    expect(claimedOk.length).toBeGreaterThan(0);
    const claimed = await prisma.need.findMany({ where: { id: { in: claimedOk } }, select: { assigneeId: true } });
    expect(claimed.filter((row) => row.assigneeId !== executor.id)).toEqual([]);

    // The survivors still serve.
    const queue = await fetch(`${second.url}/api/queue?limit=1`, { headers: { authorization: `Bearer ${executorToken}` } });
    expect(queue.status).toBe(200);
  }, 150_000);
});
