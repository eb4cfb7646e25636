import type { PrismaClient } from '../prisma/client';
import type { createSessionService } from '../api/auth/sessions';
import { measureCampaign } from './campaignThroughput';
import { measureIndicatorImport } from './indicatorImport';
import { countsDifferingFromRecount, fillCaseEvents, measureIndicatorRead } from './indicators';
import { fillPersons, measureDuplicates, measureImport } from './registerImport';
import { fmt } from './stats';

/** What the rows of proactive support, the register and the indicators need of the bench's running system. */
export interface RowContext {
  apiUrl: string;
  prisma: PrismaClient;
  sessions: ReturnType<typeof createSessionService>;
  databaseUrl: string;
}

const size = (name: string, full: number) => Number(process.env[`BENCH_${name}`] ?? full);
const CAMPAIGN_HOUSEHOLDS = size('CAMPAIGN_HOUSEHOLDS', 1000);
const IMPORT_ROWS = size('IMPORT_ROWS', 100_000);
const DUPLICATE_PERSONS = size('DUPLICATE_PERSONS', 1_000_000);
const DUPLICATE_REQUESTS = 300;
const INDICATOR_CASES = size('INDICATOR_CASES', 1_000_000);
const INDICATOR_CASES_THROUGH_TRIGGER = 20_000;
const INDICATOR_REQUESTS = 300;
const INDICATOR_IMPORT_ROWS = size('INDICATOR_IMPORT_ROWS', 100_000);

/** (a') needs opened by an outreach campaign, beside (a)'s needs registered one by one. */
export async function printCampaignRow({ apiUrl, prisma, sessions }: RowContext, oneByOnePerSecond: number): Promise<void> {
  const a2 = await measureCampaign({ apiUrl, prisma, sessions, households: CAMPAIGN_HOUSEHOLDS });
  console.log(
    `(a') an outreach campaign over ${CAMPAIGN_HOUSEHOLDS.toLocaleString('en')} households below the minimum (batches of 100, 16 at a time, no throttle), launched through the API:`,
  );
  console.log(`    needs opened by the campaign: ${fmt(a2.needsPerSecond)}/s (${fmt(a2.ms / 1000, 2)} s in all)`);
  console.log(`    ratio campaign/one by one (a): ${fmt(a2.needsPerSecond / oneByOnePerSecond, 2)}`);
}

/** (k) a register import of 100,000 rows beside a bare COPY of the same file. */
export async function printImportRow({ apiUrl, prisma, sessions, databaseUrl }: RowContext): Promise<void> {
  const g = await measureImport({ apiUrl, prisma, sessions, databaseUrl, rows: IMPORT_ROWS });
  console.log(`(k) import of ${IMPORT_ROWS.toLocaleString('en')} CSV rows (households, persons, contacts, incomes) through the API:`);
  console.log(`    upload, read and checked per row: ${fmt(g.uploadMs / 1000, 2)} s (${fmt(IMPORT_ROWS / (g.uploadMs / 1000), 0)} rows/s)`);
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
}

/** (l) the likely-duplicates search over 1,000,000 persons beside its bare SQL. */
export async function printDuplicatesRow({ apiUrl, prisma, sessions, databaseUrl }: RowContext): Promise<void> {
  await fillPersons(prisma, DUPLICATE_PERSONS);
  const h = await measureDuplicates({ apiUrl, prisma, sessions, databaseUrl, requests: DUPLICATE_REQUESTS });
  console.log(
    `(l) GET /api/duplicates over ${h.persons.toLocaleString('en')} persons (a typo or е for ё, and a birth date), ${DUPLICATE_REQUESTS} requests:`,
  );
  console.log(`    endpoint p50 ${fmt(h.endpoint.p50, 2)} ms, p95 ${fmt(h.endpoint.p95, 2)} ms (query + audit + JSON over HTTP)`);
  console.log(`    bare SQL of the same query p50 ${fmt(h.bare.p50, 2)} ms, p95 ${fmt(h.bare.p95, 2)} ms`);
  console.log(`    p95 difference ${fmt(h.endpoint.p95 - h.bare.p95, 2)} ms, ratio ${fmt(h.endpoint.p95 / h.bare.p95, 2)}`);
}

/** (m) an indicator widget over 1,000,000 cases beside the bare SQL of the same counts, and counts = recount. */
export async function printIndicatorRow({ apiUrl, prisma, sessions, databaseUrl }: RowContext): Promise<void> {
  const fill = await fillCaseEvents(prisma, INDICATOR_CASES, INDICATOR_CASES_THROUGH_TRIGGER);
  const differing = await countsDifferingFromRecount(prisma);
  const ind = await measureIndicatorRead({ apiUrl, prisma, sessions, databaseUrl, requests: INDICATOR_REQUESTS });
  console.log(
    `(m) indicator widget (needs registered) over ${INDICATOR_CASES.toLocaleString('en')} cases with events (${fill.countRows.toLocaleString('en')} count rows), ${INDICATOR_REQUESTS} requests over 3 shapes:`,
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
}

/** (n) a file of 100,000 custom indicator values: checked in the request, written by the indicatorImport workflow. */
export async function printIndicatorImportRow({ apiUrl, prisma, sessions }: RowContext): Promise<void> {
  const n = await measureIndicatorImport({ apiUrl, prisma, sessions, rows: INDICATOR_IMPORT_ROWS });
  console.log(`(n) import of ${INDICATOR_IMPORT_ROWS.toLocaleString('en')} custom indicator values (CSV) through the API:`);
  console.log(`    request: read, checked per row and kept, answered 202: ${fmt(n.commitMs / 1000, 2)} s`);
  console.log(
    `    indicatorImport workflow: ${fmt(n.importMs / 1000, 2)} s (${fmt(INDICATOR_IMPORT_ROWS / (n.importMs / 1000), 0)} rows/s); GET /api/indicators meanwhile ${n.catalogReads} times, p95 ${fmt(n.catalogP95, 1)} ms`,
  );
}
