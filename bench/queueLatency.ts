import pg from 'pg';
import type { PrismaClient } from '../prisma/client';
import type { SessionService } from '../api/auth/sessions';
import { queueConditions, queuePageSql } from '../api/queue/queueSql';
import { needScopeSql } from '../api/access/scopes';
import type { Actor } from '../shared/needCase';
import type { QueueFilter } from '../shared/schemas/queue';
import { percentile } from './stats';

/** Fills the projection with synthetic cases straight in SQL: the read side is what is measured. */
export async function fillQueue(prisma: PrismaClient, cases: number, from = 0): Promise<void> {
  if (from === 0) await addBenchPeople(prisma);
  await prisma.$executeRaw`
    WITH people AS (SELECT array_agg(id) AS ids FROM "Person" WHERE snils LIKE 'bench-%'),
         measures AS (SELECT array_agg(id ORDER BY code) AS ids, array_agg("organisationId" ORDER BY code) AS orgs, count(*)::int AS n FROM "SupportMeasure"),
         places AS (SELECT array_agg(id ORDER BY code) AS ids, count(*)::int AS n FROM "Municipality"),
         statuses AS (SELECT ARRAY['ASSIGNED','IN_PROGRESS','WAITING_INFO','RESOLVED','REJECTED','CANCELLED','ASSIGNED','IN_PROGRESS'] AS s),
         registrar AS (SELECT id FROM "User" WHERE username = 'operator.samara')
    INSERT INTO "Need" (id, "workflowId", "personId", "measureId", "organisationId", "municipalityId", description, status,
                        "registeredById", "assigneeId", "registeredAt", "activeDueAt", "escalationLevel", "projectionSeq", "updatedAt")
    SELECT gen_random_uuid(), 'bench-' || g, people.ids[1 + g % 1000], measures.ids[1 + g % measures.n], measures.orgs[1 + g % measures.n],
           places.ids[1 + g % places.n], 'bench', (statuses.s[1 + g % 8])::"NeedStatus", registrar.id, NULL,
           now() - (g % 5000) * interval '1 hour',
           CASE WHEN statuses.s[1 + g % 8] IN ('ASSIGNED', 'IN_PROGRESS') THEN now() + ((g % 40) - 20) * interval '1 day' END,
           g % 4, 1, now() - (g % 3000) * interval '1 minute'
      FROM generate_series(${from + 1}::int, ${from + cases}::int) g, people, measures, places, statuses, registrar`;
  // What autovacuum would have done by the time a table holds this many rows.
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "Need"');
}

async function addBenchPeople(prisma: PrismaClient): Promise<void> {
  const household = await prisma.household.findFirstOrThrow();
  await prisma.$executeRaw`
    INSERT INTO "Person" (id, "householdId", "lastName", "firstName", "birthDate", sex, snils, "municipalityId", address, "updatedAt")
    SELECT gen_random_uuid(), ${household.id}::uuid, 'Бенчмарк', 'Лицо ' || g, date '1950-01-01' + (g * 7 % 25000), 'FEMALE', 'bench-' || g,
           ${household.municipalityId}::uuid, 'bench', now()
      FROM generate_series(1, 1000) g`;
}

const SHAPES: { name: string; filter: QueueFilter }[] = [
  { name: 'open cases by deadline', filter: { status: ['ASSIGNED', 'IN_PROGRESS'] } },
  { name: 'overdue', filter: { overdue: true } },
  { name: 'everything', filter: {} },
];

/** (b) p50/p95 of GET /api/queue next to the bare SQL of the same page, for the same requests. */
export async function measureQueue(opts: {
  apiUrl: string;
  prisma: PrismaClient;
  sessions: SessionService;
  databaseUrl: string;
  requests: number;
}) {
  const user = await opts.prisma.user.findUniqueOrThrow({ where: { username: 'executor.minsoc' } });
  const actor: Actor = { userId: user.id, role: user.role, organisationId: user.organisationId, municipalityId: user.municipalityId };
  const { accessToken } = await opts.sessions.issue(user, '127.0.0.1');
  const inScope = await opts.prisma.need.count({ where: { organisationId: user.organisationId as string } });
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 1 });
  const endpoint: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < opts.requests; i++) {
    const shape = SHAPES[i % SHAPES.length];
    let started = performance.now();
    const res = await fetch(`${opts.apiUrl}/api/queue?limit=25&filter=${encodeURIComponent(JSON.stringify(shape.filter))}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    await res.json();
    endpoint.push(performance.now() - started);

    const sql = queuePageSql(needScopeSql(actor), queueConditions(actor, shape.filter), {
      sort: 'activeDueAt',
      direction: 'ASC',
      limit: 26,
    });
    started = performance.now();
    await pool.query(sql.text, sql.values);
    bare.push(performance.now() - started);
  }
  await pool.end();
  return {
    inScope,
    endpoint: { p50: percentile(endpoint, 50), p95: percentile(endpoint, 95) },
    bare: { p50: percentile(bare, 50), p95: percentile(bare, 95) },
  };
}
