import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { needIdFor } from '../api/needs/registration';
import { createPrismaClient } from '../prisma/client';
import { PROJECT_ROOT } from '../shared/config';
import type { Actor } from '../shared/needCase';
import { caseMismatches } from './lib/caseConsistency';
import { startEmbeddedPostgres } from './lib/embeddedPostgres';
import { migrateDeploy } from './lib/migrate';
import { onShutdown, stopAllOnExit, stopChild } from './lib/processes';
import { startCluster } from './lib/scaleOut';
import { FailoverClient, registerLoadPerson, signIn, steadyLoad } from './lib/steadyLoad';
import { startTemporalDevServer } from './lib/temporalDevServer';
import { DEMO_PASSWORD, seedReferenceData } from './seed/referenceData';

const LOAD_MS = Number(process.env.SCALEOUT_LOAD_MS ?? 30_000);
const KILL_AFTER_MS = Number(process.env.SCALEOUT_KILL_AFTER_MS ?? 10_000);

/**
 * Two workers and two API processes on one PostgreSQL (embedded, in .data/scaleout-postgres, unless
 * DATABASE_URL is set) and one Temporal dev server (in memory): a steady load alternating between
 * the API processes, one worker and one API process killed with SIGKILL in the middle, then the
 * check that no case was lost or doubled and the queue equals the workflows. The survivors keep
 * running until Ctrl+C.
 */
async function main() {
  stopAllOnExit();
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(PROJECT_ROOT, '.data', 'scaleout-postgres'), port: 54339 });
    databaseUrl = pg.url;
    onShutdown(pg.stop);
  }
  await migrateDeploy(databaseUrl);
  const temporalServer = await startTemporalDevServer({ headless: true });
  onShutdown(temporalServer.stop);
  const prisma = createPrismaClient(databaseUrl);
  await seedReferenceData(prisma); // organisations, measures and the demo users; idempotent

  const cluster = await startCluster({ databaseUrl, temporalAddress: temporalServer.address, apis: 2, workers: 2, quiet: true });
  console.log(`
  PostgreSQL      ${databaseUrl}
  Temporal        ${temporalServer.address}
  workers         pid ${cluster.workers.map((w) => w.child.pid).join(', pid ')}
  API processes   ${cluster.apis.map((a) => `${a.url} (pid ${a.child.pid})`).join(', ')}`);

  const connection = await Connection.connect({ address: temporalServer.address });
  const temporal = new Client({ connection, namespace: 'default' });
  const [first, second] = cluster.apis;
  const operator = await prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
  const operatorToken = await signIn(first.url, 'operator.samara', DEMO_PASSWORD);
  const executorToken = await signIn(first.url, 'executor.minsoc', DEMO_PASSWORD);
  const measure = await prisma.supportMeasure.findFirstOrThrow({ where: { organisation: { code: 'MINSOC' } }, orderBy: { code: 'asc' } });
  const personId = await registerLoadPerson(second.url, operatorToken, operator.municipalityId as string);

  const tag = `demo-${Date.now()}`;
  console.log(
    `› ${LOAD_MS / 1000} s of load (register, claim, read the queue) from 4 users; SIGKILL to worker-1 and api-1 after ${KILL_AFTER_MS / 1000} s`,
  );
  const client = new FailoverClient([first.url, second.url]);
  const load = steadyLoad(
    client,
    { operatorToken, executorToken, personId, measureId: measure.id },
    { tag, durationMs: LOAD_MS, lanes: 4 },
  );
  setTimeout(() => {
    stopChild(cluster.workers[0].child, 'SIGKILL');
    stopChild(first.child, 'SIGKILL');
    console.log('› killed worker-1 and api-1 (SIGKILL)');
  }, KILL_AFTER_MS);
  const result = await load;

  const all = [...result.registrations.map((r) => r.answer), ...result.claims.map((c) => c.answer), ...result.queueReads];
  const statuses = new Map<number, number>();
  for (const answer of all) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  const keys = new Set(result.registrations.map((r) => r.key));
  const needIds = [...keys].map((key) => needIdFor({ userId: operator.id } as Actor, key));
  const rows = await prisma.need.count({ where: { description: `Нагрузка ${tag}` } });
  console.log(`› ${all.length} requests, ${all.filter((a) => a.attempts > 1).length} of them sent again to the other API process`);
  console.log(`  answers by status: ${[...statuses].map(([status, n]) => `${status}×${n}`).join(', ')}`);
  console.log(`  ${keys.size} registration keys → ${rows} cases in PostgreSQL`);
  console.log('› waiting for the queue to equal the workflows…');
  let mismatches = await caseMismatches(prisma, temporal, needIds);
  for (let i = 0; i < 60 && mismatches.length > 0; i++) {
    await new Promise((r) => setTimeout(r, 1_000));
    mismatches = await caseMismatches(prisma, temporal, needIds);
  }
  if (mismatches.length > 0 || rows !== keys.size) {
    console.error('✗ not consistent:', mismatches.slice(0, 10));
    process.exitCode = 1;
  } else {
    console.log(`✓ every case once, events without gaps or repeats, the queue equal to the workflows (${needIds.length} cases)`);
  }
  await connection.close();
  await prisma.$disconnect();
  console.log(`\n  Still running: worker-2 and ${second.url} (api-2). Press Ctrl+C to stop.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
