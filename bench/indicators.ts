import pg from 'pg';
import type { PrismaClient } from '../prisma/client';
import type { SessionService } from '../api/auth/sessions';
import { countSeriesSql } from '../api/indicators/caseCounts';
import type { SeriesQuery } from '../api/indicators/caseCounts';
import type { Actor } from '../shared/needCase';
import { percentile } from './stats';

/**
 * Synthetic closed and open cases with their events, straight in SQL. The bulk goes in with the
 * counting trigger off and is counted by the full recount (as a repair would); the last cases go
 * through the trigger, so the check after it compares incremental counts with a recount.
 */
export async function fillCaseEvents(prisma: PrismaClient, cases: number, throughTrigger: number) {
  const person = await prisma.person.findFirstOrThrow();
  const operator = await prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
  const insert = (from: number, to: number) => prisma.$executeRaw`
    WITH measures AS (SELECT array_agg(id ORDER BY code) AS ids, array_agg("organisationId" ORDER BY code) AS orgs, count(*)::int AS n FROM "SupportMeasure"),
         places AS (SELECT array_agg(id ORDER BY code) AS ids, count(*)::int AS n FROM "Municipality"),
         cases AS (
           SELECT g, md5('bench-indicator-' || g)::uuid AS id, measures.ids[1 + g % measures.n] AS measure, measures.orgs[1 + g % measures.n] AS org,
                  places.ids[1 + g % places.n] AS place, timestamp '2025-01-01' + (g % 700) * interval '1 day' + (g % 24) * interval '1 hour' AS registered,
                  g % 4 AS fate
             FROM generate_series(${from}::int, ${to}::int) g, measures, places
         ), needs AS (
           INSERT INTO "Need" (id, "workflowId", "personId", "measureId", "organisationId", "municipalityId", description, status,
                               "registeredById", "registeredAt", "resolveDueAt", "closedAt", "projectionSeq", "updatedAt")
           SELECT id, 'bench-indicator-' || g, ${person.id}::uuid, measure, org, place, 'bench',
                  (CASE fate WHEN 0 THEN 'ASSIGNED' WHEN 3 THEN 'REJECTED' ELSE 'RESOLVED' END)::"NeedStatus", ${operator.id}::uuid,
                  registered, registered + interval '20 days', CASE WHEN fate > 0 THEN registered + (g % 30) * interval '1 day' END, 3, registered
             FROM cases RETURNING id
         )
    INSERT INTO "NeedEvent" (id, "needId", seq, type, at, data)
    SELECT gen_random_uuid(), c.id, e.seq, e.type, e.at, e.data
      FROM cases c
      CROSS JOIN LATERAL (VALUES
        (1, 'REGISTERED', c.registered, '{}'::jsonb),
        (2, 'ROUTED', c.registered, jsonb_build_object('organisationId', c.org)),
        (3, CASE c.fate WHEN 0 THEN 'ESCALATED' WHEN 3 THEN 'REJECTED' ELSE 'RESOLVED' END,
            CASE WHEN c.fate > 0 THEN c.registered + (c.g % 30) * interval '1 day' ELSE c.registered + interval '21 days' END,
            CASE WHEN c.fate = 0 THEN jsonb_build_object('level', 1 + c.g % 3) ELSE '{}'::jsonb END)
      ) AS e(seq, type, at, data)`;
  const bulk = cases - throughTrigger;
  await prisma.$executeRawUnsafe('ALTER TABLE "NeedEvent" DISABLE TRIGGER "NeedEvent_case_count"');
  for (let from = 1; from <= bulk; from += 100_000) await insert(from, Math.min(bulk, from + 99_999));
  await prisma.$executeRawUnsafe('ALTER TABLE "NeedEvent" ENABLE TRIGGER "NeedEvent_case_count"');
  let started = performance.now();
  await prisma.$queryRaw`SELECT "case_counts_recount"()`;
  const recountMs = performance.now() - started;
  started = performance.now();
  await insert(bulk + 1, cases);
  const incrementalMs = performance.now() - started;
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "CaseCount"');
  const [{ rows }] = await prisma.$queryRaw<{ rows: bigint }[]>`SELECT count(*) AS rows FROM "CaseCount"`;
  return { recountMs, incrementalMs, countRows: Number(rows) };
}

/** Rows in which the kept counts and a full recount differ (0 when they agree). */
export async function countsDifferingFromRecount(prisma: PrismaClient): Promise<number> {
  const [{ differing }] = await prisma.$queryRaw<{ differing: bigint }[]>`
    SELECT count(*) AS differing FROM (
      (SELECT * FROM "CaseCount" EXCEPT SELECT * FROM "case_counts_recounted"())
      UNION ALL
      (SELECT * FROM "case_counts_recounted"() EXCEPT SELECT * FROM "CaseCount")) d`;
  return Number(differing);
}

const SHAPES: { name: string; q: Omit<SeriesQuery, 'periodicity'> & { periodicity: SeriesQuery['periodicity'] } }[] = [
  { name: 'year by municipality', q: { periodicity: 'YEAR', from: '2025-01-01', to: '2025-12-31', cut: 'municipality' } },
  { name: 'months of a year', q: { periodicity: 'MONTH', from: '2025-01-01', to: '2025-12-31' } },
  { name: 'quarter by measure', q: { periodicity: 'QUARTER', from: '2026-01-01', to: '2026-03-31', cut: 'measure' } },
];

/** p50/p95 of a count widget's GET /api/indicators/:id/values next to the bare SQL reading the same counts. */
export async function measureIndicatorRead(opts: {
  apiUrl: string;
  prisma: PrismaClient;
  sessions: SessionService;
  databaseUrl: string;
  requests: number;
}) {
  const user = await opts.prisma.user.findUniqueOrThrow({ where: { username: 'coordinator' } });
  const actor: Actor = { userId: user.id, role: user.role, organisationId: user.organisationId, municipalityId: user.municipalityId };
  const { accessToken } = await opts.sessions.issue(user, '127.0.0.1');
  const indicators = await fetch(`${opts.apiUrl}/api/indicators?range=[0,99]`, { headers: { authorization: `Bearer ${accessToken}` } });
  const registered = ((await indicators.json()) as { id: string; code: string }[]).find((i) => i.code === 'needs_registered');
  if (!registered) throw new Error('needs_registered is not in the catalog');
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 1 });
  const endpoint: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < opts.requests; i++) {
    const { q } = SHAPES[i % SHAPES.length];
    const params = new URLSearchParams({ periodicity: q.periodicity, from: q.from, to: q.to, ...(q.cut && { cut: q.cut }) });
    let started = performance.now();
    const res = await fetch(`${opts.apiUrl}/api/indicators/${registered.id}/values?${params}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    await res.json();
    endpoint.push(performance.now() - started);
    const sql = countSeriesSql(actor, q, ['REGISTERED']);
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
