import pg from 'pg';
import type { Client } from '@temporalio/client';
import type { PrismaClient } from '../prisma/client';
import type { SessionService } from '../api/auth/sessions';
import { registerScopeSql } from '../api/access/scopes';
import { registerConditions, registerPageSql } from '../api/poverty/registerSql';
import { localDate } from '../shared/calendar/workingDays';
import { TASK_QUEUE } from '../shared/needCase';
import type { Actor } from '../shared/needCase';
import { incomeMonths } from '../shared/poverty/window';
import type { RegisterFilter } from '../shared/schemas/poverty';
import { regionReassessment } from '../workflows/regionReassessment';
import { percentile } from './stats';

const STALE_TRIGGERS = [
  ['Person', 'Person_poverty_stale'],
  ['Income', 'Income_poverty_stale'],
] as const;

/**
 * Households of 1–4 people (ages spread over 0–76) with three months of incomes for the adults,
 * written straight in SQL; the "changed" triggers are off while filling, as for a bulk import.
 */
export async function fillHouseholds(prisma: PrismaClient, households: number): Promise<void> {
  const months = incomeMonths(localDate(new Date()));
  for (const [table, trigger] of STALE_TRIGGERS) await prisma.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
  try {
    await prisma.$executeRaw`
      INSERT INTO "Household" (id, "municipalityId", address, "updatedAt", categories)
      SELECT gen_random_uuid(), places.ids[1 + g % places.n], 'bench-household ' || g, now(),
             CASE WHEN g % 17 = 0 THEN ARRAY['LARGE_FAMILY']::"HouseholdCategory"[] ELSE ARRAY[]::"HouseholdCategory"[] END
        FROM generate_series(1, ${households}) g,
             (SELECT array_agg(id ORDER BY code) AS ids, count(*)::int AS n FROM "Municipality") places`;
    await prisma.$executeRaw`
      INSERT INTO "Person" (id, "householdId", "lastName", "firstName", "birthDate", sex, snils, "municipalityId", address, "updatedAt")
      SELECT gen_random_uuid(), h.id, 'Бенчмарк', 'Член ' || k,
             date '1950-01-01' + (abs(hashtext(h.id::text || k)) % 27500), (CASE WHEN k % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END)::"Sex",
             'bench-p-' || substr(h.address, 17) || '-' || k, h."municipalityId", 'bench', now()
        FROM "Household" h CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(h.id::text)) % 4) k
       WHERE h.address LIKE 'bench-household %'`;
    await prisma.$executeRaw`
      INSERT INTO "Income" (id, "personId", source, amount, period)
      SELECT gen_random_uuid(), p.id, 'SALARY', (3000 + abs(hashtext(p.id::text)) % 60000)::numeric, m
        FROM "Person" p CROSS JOIN unnest(${months}::text[]) m
       WHERE p.snils LIKE 'bench-p-%' AND p."birthDate" < date '2008-01-01'`;
  } finally {
    for (const [table, trigger] of STALE_TRIGGERS) await prisma.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
  }
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "Household", "Person", "Income"');
}

/** (d) The region's full re-assessment workflow next to one SQL aggregate of the same incomes. */
export async function measureReassessment(opts: { prisma: PrismaClient; temporal: Client; databaseUrl: string }) {
  const date = localDate(new Date());
  const started = performance.now();
  const result = await opts.temporal.workflow.execute(regionReassessment, {
    workflowId: `bench-reassess-${Date.now()}`,
    taskQueue: TASK_QUEUE,
    args: [{ version: 1, region: 'RU-SAM', date, onlyStale: false }],
  });
  const workflowMs = performance.now() - started;
  await opts.prisma.$executeRawUnsafe('VACUUM ANALYZE "PovertyAssessment"');
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 1 });
  const sqlStarted = performance.now();
  await pool.query(
    `SELECT p."householdId", sum(i.amount) FROM "Income" i JOIN "Person" p ON p.id = i."personId"
      WHERE i.period = ANY($1::text[]) GROUP BY p."householdId"`,
    [incomeMonths(date)],
  );
  const aggregateMs = performance.now() - sqlStarted;
  await pool.end();
  const below = await opts.prisma.povertyAssessment.count({ where: { current: true, verdict: 'BELOW' } });
  return { households: result.processed, below, workflowMs, aggregateMs };
}

/** (e) p50/p95 of GET /api/poverty/register (25 rows) next to the bare SQL of the same page. */
export async function measureRegister(opts: {
  apiUrl: string;
  prisma: PrismaClient;
  sessions: SessionService;
  databaseUrl: string;
  requests: number;
}) {
  const user = await opts.prisma.user.findUniqueOrThrow({ where: { username: 'coordinator' } });
  const actor: Actor = { userId: user.id, role: user.role, organisationId: user.organisationId, municipalityId: user.municipalityId };
  const samara = await opts.prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } });
  const shapes: RegisterFilter[] = [{}, { withChildren: true }, { municipalityId: samara.id, depthBand: 'OVER_50' }];
  const { accessToken } = await opts.sessions.issue(user, '127.0.0.1');
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 1 });
  const endpoint: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < opts.requests; i++) {
    const filter = shapes[i % shapes.length];
    let started = performance.now();
    const res = await fetch(`${opts.apiUrl}/api/poverty/register?range=[0,24]&filter=${encodeURIComponent(JSON.stringify(filter))}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    await res.json();
    endpoint.push(performance.now() - started);
    const sql = registerPageSql(registerScopeSql(actor), registerConditions(filter), {
      sort: 'depthBasisPoints',
      direction: 'DESC',
      skip: 0,
      take: 25,
    });
    started = performance.now();
    await pool.query(sql.text, sql.values);
    bare.push(performance.now() - started);
  }
  await pool.end();
  return {
    endpoint: { p50: percentile(endpoint, 50), p95: percentile(endpoint, 95) },
    bare: { p50: percentile(bare, 50), p95: percentile(bare, 95) },
  };
}
