import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import pino from 'pino';
import { createApp } from '../api/app';
import { createSessionService } from '../api/auth/sessions';
import { createPrismaClient } from '../prisma/client';
import { seedReferenceData } from '../scripts/seed/referenceData';
import { insertFamily } from '../scripts/seed/familyRows';
import { generateFamilies } from '../prisma/seed/data/syntheticFamilies';
import { loggingNotifier } from '../activities/notifications';
import { loadConfig, PROJECT_ROOT } from '../shared/config';
import { loadProductionCalendar } from '../shared/calendar/loadProductionCalendar';
import { TASK_QUEUE } from '../shared/needCase';
import { createActivities } from '../worker/activities';
import { freePort } from '../scripts/lib/processes';
import { SQLITE_PRAGMAS, startTemporalDevServer } from '../scripts/lib/temporalDevServer';
import { createTestDatabase } from '../scripts/lib/testDatabase';
import { provideTestPostgres } from '../scripts/lib/testPostgres';
import { measureQueue, fillQueue } from './queueLatency';
import { measurePdf } from './pdfRendering';
import { measureRegistration } from './registrationThroughput';
import { fillHouseholds, measureReassessment, measureRegister } from './povertyProfile';
import { measureEligibility } from './eligibility';
import { measureCampaign } from './campaignThroughput';
import { fmt } from './stats';
import { fillPersons, measureDuplicates, measureImport } from './registerImport';
import { countsDifferingFromRecount, fillCaseEvents, measureIndicatorRead } from './indicators';

const REGISTRATIONS = 400;
const CONCURRENCY = 16;
const QUEUE_CASES = 100_000;
const QUEUE_REQUESTS = 300;
const PDF_ROWS = 2000;
const PDF_RUNS = 15;
const POVERTY_HOUSEHOLDS = 100_000;
const REGISTER_REQUESTS = 300;
const CAMPAIGN_HOUSEHOLDS = 1000;
const IMPORT_ROWS = 100_000;
const DUPLICATE_PERSONS = 1_000_000;
const DUPLICATE_REQUESTS = 300;
const INDICATOR_CASES = 1_000_000;
const INDICATOR_CASES_THROUGH_TRIGGER = 20_000;
const INDICATOR_REQUESTS = 300;

async function main() {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const c = await measurePdf(PDF_ROWS, PDF_RUNS);
  console.log(
    `(c) a case history extract of ${PDF_ROWS.toLocaleString('en')} events (${c.form.size.toLocaleString('en')} bytes), ${PDF_RUNS} renders:`,
  );
  console.log(
    `    printable form p50 ${fmt(c.form.p50)} ms, p95 ${fmt(c.form.p95)} ms; peak RSS ${fmt(c.peakRssMb, 0)} MB (measured before anything else starts)`,
  );
  console.log(`    pdfkit writing the same lines as plain text p50 ${fmt(c.plain.p50)} ms, p95 ${fmt(c.plain.p95)} ms`);
  console.log(`    ratio form/plain: p50 ${fmt(c.form.p50 / c.plain.p50, 2)}`);

  const temporalServer = await startTemporalDevServer({
    dbFile: path.join(PROJECT_ROOT, '.data', 'bench', `temporal-${Date.now()}.sqlite`),
    headless: true,
  });
  const postgres = await provideTestPostgres();
  const database = await createTestDatabase('sp_bench', postgres.adminUrl);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: temporalServer.address,
    LOG_LEVEL: 'silent',
  });
  const prisma = createPrismaClient(database.url);
  await seedReferenceData(prisma);
  const samara = await prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } });
  await insertFamily(prisma, { ...generateFamilies(1, 7)[0], municipalityCode: 'samara' }, samara.id);

  const calendar = loadProductionCalendar(config.PRODUCTION_CALENDAR_FILE);
  const connection = await Connection.connect({ address: temporalServer.address });
  const temporal = new Client({ connection });
  const workerConnection = await NativeConnection.connect({ address: temporalServer.address });
  const worker = await Worker.create({
    connection: workerConnection,
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('./workflows'),
    activities: createActivities({ prisma, temporal, calendar, notifier: loggingNotifier(() => undefined) }),
  });
  const running = worker.run();
  const app = createApp({ prisma, temporal, config, calendar, logger: pino({ level: 'silent' }) });
  const sessions = createSessionService(prisma, config);
  const port = await freePort();
  const server = app.listen(port, '127.0.0.1');
  const apiUrl = `http://127.0.0.1:${port}`;

  try {
    console.log(
      `Benchmark on ${os.cpus().length} cores, Node ${process.version}; Temporal dev server (SQLite, pragmas: ${SQLITE_PRAGMAS.join(', ')}); API, worker and load generator in one process.`,
    );
    const a = await measureRegistration({ apiUrl, prisma, temporal, sessions, count: REGISTRATIONS, concurrency: CONCURRENCY });
    console.log(`(a) ${REGISTRATIONS} needs, ${CONCURRENCY} at a time, each until its row is in the queue table:`);
    console.log(`    needs registered end to end: ${fmt(a.needsPerSecond)}/s`);
    console.log(`    raw client starting empty workflows: ${fmt(a.emptyStartsPerSecond)}/s`);
    console.log(`    ratio raw/needs: ${fmt(a.emptyStartsPerSecond / a.needsPerSecond, 2)}`);
    const a2 = await measureCampaign({ apiUrl, prisma, sessions, households: CAMPAIGN_HOUSEHOLDS });
    console.log(
      `(a') an outreach campaign over ${CAMPAIGN_HOUSEHOLDS.toLocaleString('en')} households below the minimum (batches of 100, 16 at a time, no throttle), launched through the API:`,
    );
    console.log(`    needs opened by the campaign: ${fmt(a2.needsPerSecond)}/s (${fmt(a2.ms / 1000, 2)} s in all)`);
    console.log(`    ratio campaign/one by one (a): ${fmt(a2.needsPerSecond / a.needsPerSecond, 2)}`);

    await fillQueue(prisma, QUEUE_CASES);
    const b = await measureQueue({ apiUrl, prisma, sessions, databaseUrl: database.url, requests: QUEUE_REQUESTS });
    console.log(
      `(b) GET /api/queue?limit=25 with ${QUEUE_CASES.toLocaleString('en')} cases in the table (${b.inScope.toLocaleString('en')} in the executor's organisation), ${QUEUE_REQUESTS} requests over 3 filter shapes:`,
    );
    console.log(`    endpoint p50 ${fmt(b.endpoint.p50, 2)} ms, p95 ${fmt(b.endpoint.p95, 2)} ms (page + total count + JSON over HTTP)`);
    console.log(`    bare SQL of the page p50 ${fmt(b.bare.p50, 2)} ms, p95 ${fmt(b.bare.p95, 2)} ms`);
    console.log(`    ratio endpoint/bare: p50 ${fmt(b.endpoint.p50 / b.bare.p50, 2)}, p95 ${fmt(b.endpoint.p95 / b.bare.p95, 2)}`);

    await fillHouseholds(prisma, POVERTY_HOUSEHOLDS);
    const d = await measureReassessment({ prisma, temporal, databaseUrl: database.url });
    console.log(`(d) full re-assessment of the region (regionReassessment workflow, batches of 500, heartbeats, stored assessments):`);
    console.log(
      `    ${d.households.toLocaleString('en')} households in ${fmt(d.workflowMs / 1000, 2)} s (${fmt(d.households / (d.workflowMs / 1000), 0)}/s), ${d.below.toLocaleString('en')} below the minimum`,
    );
    console.log(`    one SQL aggregate of the same incomes per household: ${fmt(d.aggregateMs, 1)} ms`);
    console.log(`    ratio workflow/aggregate: ${fmt(d.workflowMs / d.aggregateMs, 1)}`);
    const e = await measureRegister({ apiUrl, prisma, sessions, databaseUrl: database.url, requests: REGISTER_REQUESTS });
    console.log(
      `(e) GET /api/poverty/register (25 rows) over ${d.households.toLocaleString('en')} assessed households, ${REGISTER_REQUESTS} requests over 3 filter shapes:`,
    );
    console.log(
      `    endpoint p50 ${fmt(e.endpoint.p50, 2)} ms, p95 ${fmt(e.endpoint.p95, 2)} ms (page + total count + audit + JSON over HTTP)`,
    );
    console.log(`    bare SQL of the page p50 ${fmt(e.bare.p50, 2)} ms, p95 ${fmt(e.bare.p95, 2)} ms`);
    console.log(`    ratio endpoint/bare: p50 ${fmt(e.endpoint.p50 / e.bare.p50, 2)}, p95 ${fmt(e.endpoint.p95 / e.bare.p95, 2)}`);
    const f = await measureEligibility(prisma);
    console.log(
      `(f) eligibility of ${f.households.toLocaleString('en')} households by ${f.situations} life situations (facts loaded in pages of 5,000, json-logic in JS):`,
    );
    console.log(
      `    ${fmt(f.totalMs / 1000, 2)} s in all, of which evaluation ${fmt(f.evaluateMs, 0)} ms; ${f.owed.toLocaleString('en')} measures owed`,
    );
    console.log(`    the same conditions as one SQL query: ${fmt(f.sqlMs, 0)} ms, ${f.sqlOwed.toLocaleString('en')} measures owed`);
    console.log(`    ratio JS/SQL: ${fmt(f.totalMs / f.sqlMs, 1)} (evaluation alone ${fmt(f.evaluateMs / f.sqlMs, 2)})`);
    const g = await measureImport({ apiUrl, prisma, sessions, databaseUrl: database.url, rows: IMPORT_ROWS });
    console.log(`(g) import of ${IMPORT_ROWS.toLocaleString('en')} CSV rows (households, persons, contacts, incomes) through the API:`);
    console.log(
      `    upload, read and checked per row: ${fmt(g.uploadMs / 1000, 2)} s (${fmt(IMPORT_ROWS / (g.uploadMs / 1000), 0)} rows/s)`,
    );
    console.log(
      `    importBatch workflow: ${fmt(g.importMs / 1000, 2)} s (${fmt(IMPORT_ROWS / (g.importMs / 1000), 0)} rows/s); progress polled ${g.polls} times meanwhile, p95 ${fmt(g.pollP95, 1)} ms`,
    );
    if (g.copyMs !== null) {
      console.log(
        `    bare COPY of the same file into a table of text columns: ${fmt(g.copyMs, 0)} ms (${fmt(IMPORT_ROWS / (g.copyMs / 1000), 0)} rows/s)`,
      );
      console.log(
        `    ratio import/COPY: ${fmt(g.importMs / g.copyMs, 1)} (upload + import ${fmt((g.uploadMs + g.importMs) / g.copyMs, 1)})`,
      );
    } else console.log(`    bare COPY not measured: ${g.copyError}`);
    await fillPersons(prisma, DUPLICATE_PERSONS);
    const h = await measureDuplicates({ apiUrl, prisma, sessions, databaseUrl: database.url, requests: DUPLICATE_REQUESTS });
    console.log(
      `(h) GET /api/duplicates over ${h.persons.toLocaleString('en')} persons (a typo or е for ё, and a birth date), ${DUPLICATE_REQUESTS} requests:`,
    );
    console.log(`    endpoint p50 ${fmt(h.endpoint.p50, 2)} ms, p95 ${fmt(h.endpoint.p95, 2)} ms (query + audit + JSON over HTTP)`);
    console.log(`    bare SQL of the same query p50 ${fmt(h.bare.p50, 2)} ms, p95 ${fmt(h.bare.p95, 2)} ms`);
    console.log(`    p95 difference ${fmt(h.endpoint.p95 - h.bare.p95, 2)} ms, ratio ${fmt(h.endpoint.p95 / h.bare.p95, 2)}`);
    const fill = await fillCaseEvents(prisma, INDICATOR_CASES, INDICATOR_CASES_THROUGH_TRIGGER);
    const differing = await countsDifferingFromRecount(prisma);
    const ind = await measureIndicatorRead({ apiUrl, prisma, sessions, databaseUrl: database.url, requests: INDICATOR_REQUESTS });
    console.log(
      `(i) indicator widget (needs registered) over ${INDICATOR_CASES.toLocaleString('en')} cases with events (${fill.countRows.toLocaleString('en')} count rows), ${INDICATOR_REQUESTS} requests over 3 shapes:`,
    );
    console.log(
      `    endpoint p50 ${fmt(ind.endpoint.p50, 2)} ms, p95 ${fmt(ind.endpoint.p95, 2)} ms (catalog row + counts + labels + targets + JSON over HTTP)`,
    );
    console.log(`    bare SQL of the same counts p50 ${fmt(ind.bare.p50, 2)} ms, p95 ${fmt(ind.bare.p95, 2)} ms`);
    console.log(
      `    ratio endpoint/bare: p50 ${fmt(ind.endpoint.p50 / ind.bare.p50, 2)}, p95 ${fmt(ind.endpoint.p95 / ind.bare.p95, 2)}; p95 difference ${fmt(ind.endpoint.p95 - ind.bare.p95, 2)} ms (goal ≤ 5 ms)`,
    );
    console.log(
      `    full recount ${fmt(fill.recountMs / 1000, 1)} s; last ${INDICATOR_CASES_THROUGH_TRIGGER.toLocaleString('en')} cases counted by the trigger in ${fmt(fill.incrementalMs / 1000, 1)} s; kept counts vs recount: ${differing} rows differ`,
    );
  } finally {
    server.close();
    worker.shutdown();
    await running;
    await workerConnection.close();
    await connection.close();
    await prisma.$disconnect();
    await database.drop();
    await postgres.stop();
    await temporalServer.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
