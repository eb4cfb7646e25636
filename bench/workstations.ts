import type { Server } from 'node:http';
import express from 'express';
import pg from 'pg';
import type { PrismaClient } from '../prisma/client';
import type { SessionService } from '../api/auth/sessions';
import { queueConditions, queuePageSql } from '../api/queue/queueSql';
import { needScopeSql } from '../api/access/scopes';
import type { Actor } from '../shared/needCase';
import { freePort } from '../scripts/lib/processes';
import { percentile } from './stats';

type Kind = 'search passports' | 'register need' | 'page queue' | 'comment case' | 'open board';
interface Request {
  kind: Kind;
  method: 'GET' | 'POST';
  path: string;
  body?: object;
  key?: string;
}
interface VirtualUser {
  token: string;
  next(i: number): Request;
}

/** A person reads what came back before the next click: 3–7 s between one user's requests (400 users ≈ 80 requests/s). */
const THINK_MS = 3000;
const THINK_SPREAD_MS = 4000;

const QUEUE_SHAPES = [{ status: ['ASSIGNED', 'IN_PROGRESS'] }, { overdue: true }, {}];
const q = (filter: object) => encodeURIComponent(JSON.stringify(filter));

/**
 * (h) 400 signed-in workstations for a bounded time: operators searching passports and registering
 * needs, executors paging their queue and commenting on cases (each comment an Update of the case's
 * workflow), supervisors opening the overdue board; each user waits 3–7 s between requests, as
 * people do. The same users then send the same requests to a bare Express + pg server that answers
 * each path with its core SQL (no authentication, scope, audit or workflow), the baseline.
 */
export async function measureWorkstations(opts: {
  apiUrl: string;
  prisma: PrismaClient;
  sessions: SessionService;
  databaseUrl: string;
  users: number;
  seconds: number;
}) {
  const measure = await opts.prisma.supportMeasure.findFirstOrThrow({ where: { code: 'SOC_CHILD_BENEFIT' } });
  const [operator, executor, supervisor] = await Promise.all(
    [
      { role: 'OPERATOR' as const, municipality: { code: 'samara' } },
      { role: 'EXECUTOR' as const, organisationId: measure.organisationId },
      { role: 'SUPERVISOR' as const, organisationId: measure.organisationId },
    ].map((where) => opts.prisma.user.findFirstOrThrow({ where })),
  );
  const person = await opts.prisma.person.findFirstOrThrow({ where: { municipalityId: operator.municipalityId as string } });
  // Cases with a workflow behind them (the queue's synthetic rows have none) for the executors to act on.
  const cases = (
    await opts.prisma.need.findMany({
      where: { organisationId: measure.organisationId, workflowId: { startsWith: 'need-' }, status: { in: ['ASSIGNED', 'IN_PROGRESS'] } },
      select: { id: true },
      take: 400,
    })
  ).map((c) => c.id);
  if (cases.length === 0) throw new Error('row (h) needs the cases registered by row (a)');
  const run = Date.now();

  const users: VirtualUser[] = [];
  for (let u = 0; u < opts.users; u++) {
    const role = u % 10 < 4 ? operator : u % 10 < 9 ? executor : supervisor;
    const { accessToken } = await opts.sessions.issue(role, '127.0.0.1');
    if (role === operator) {
      users.push({
        token: accessToken,
        next: (i) =>
          i % 5 === 2
            ? {
                kind: 'register need',
                method: 'POST',
                path: '/api/needs',
                key: `ws-${run}-${u}-${i}`,
                body: { personId: person.id, measureId: measure.id, description: `Рабочее место ${u}, заявление ${i}` },
              }
            : {
                kind: 'search passports',
                method: 'GET',
                path: `/api/passports?range=[0,9]&filter=${q({ q: ['Бенчмарк', 'Иван', 'Анна'][i % 3] })}`,
              },
      });
    } else if (role === executor) {
      users.push({
        token: accessToken,
        next: (i) =>
          i % 4 === 3
            ? {
                kind: 'comment case',
                method: 'POST',
                path: `/api/needs/${cases[(u * 7 + i) % cases.length]}/comment`,
                body: { text: `Отметка рабочего места ${u}` },
              }
            : { kind: 'page queue', method: 'GET', path: `/api/queue?limit=25&filter=${q(QUEUE_SHAPES[i % 3])}` },
      });
    } else {
      users.push({ token: accessToken, next: () => ({ kind: 'open board', method: 'GET', path: '/api/supervision/overdue-board' }) });
    }
  }

  const bare = await startBareServer(opts.databaseUrl, {
    userId: executor.id,
    role: 'EXECUTOR',
    organisationId: executor.organisationId,
    municipalityId: null,
  });
  try {
    const full = await drive(opts.apiUrl, users, opts.seconds);
    const baseline = await drive(bare.url, users, opts.seconds);
    return { full, baseline, cases: cases.length };
  } finally {
    await bare.stop();
  }
}

async function drive(baseUrl: string, users: VirtualUser[], seconds: number) {
  const latencies = new Map<Kind, number[]>();
  const errors = new Map<string, number>();
  let conflicts = 0;
  let done = 0;
  const ends = performance.now() + seconds * 1000;
  await Promise.all(
    users.map(async (user, u) => {
      await new Promise((r) => setTimeout(r, (u * THINK_MS) / users.length)); // users sign in over the first seconds
      for (let i = 0; performance.now() < ends; i++) {
        const request = user.next(i);
        const started = performance.now();
        try {
          const res = await fetch(`${baseUrl}${request.path}`, {
            method: request.method,
            headers: {
              authorization: `Bearer ${user.token}`,
              ...(request.body && { 'content-type': 'application/json' }),
              ...(request.key && { 'idempotency-key': request.key }),
            },
            body: request.body && JSON.stringify(request.body),
          });
          await res.arrayBuffer();
          if (res.status === 409) conflicts += 1;
          else if (res.status >= 400) errors.set(`${request.kind} ${res.status}`, (errors.get(`${request.kind} ${res.status}`) ?? 0) + 1);
        } catch (err) {
          errors.set(
            `${request.kind} ${String((err as Error).message)}`,
            (errors.get(`${request.kind} ${String((err as Error).message)}`) ?? 0) + 1,
          );
        }
        const list = latencies.get(request.kind) ?? [];
        list.push(performance.now() - started);
        latencies.set(request.kind, list);
        done += 1;
        await new Promise((r) => setTimeout(r, THINK_MS + ((u * 37 + i * 101) % THINK_SPREAD_MS)));
      }
    }),
  );
  const kinds = [...latencies].map(([kind, ms]) => ({
    kind,
    count: ms.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
  }));
  return { perSecond: done / seconds, kinds, errors: [...errors], conflicts };
}

/** The baseline: the same paths, each answered by one SQL statement through pg, nothing else. */
async function startBareServer(databaseUrl: string, executor: Actor): Promise<{ url: string; stop(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query('CREATE TABLE IF NOT EXISTS bench_bare_write (id bigserial PRIMARY KEY, path text, body jsonb)');
  const app = express();
  app.use(express.json());
  const page = (filter: object) =>
    queuePageSql(needScopeSql(executor), queueConditions(executor, filter), { sort: 'activeDueAt', direction: 'ASC', limit: 26 });
  app.get('/api/queue', async (req, res) => {
    const sql = page(JSON.parse(String(req.query.filter ?? '{}')));
    res.json((await pool.query(sql.text, sql.values)).rows);
  });
  app.get('/api/passports', async (req, res) => {
    const { q: text } = JSON.parse(String(req.query.filter ?? '{}')) as { q: string };
    const sql =
      'SELECT id, "lastName", "firstName", "householdId" FROM "Person" WHERE "lastName" ILIKE $1 OR "firstName" ILIKE $1 ORDER BY "lastName", id LIMIT 10';
    res.json((await pool.query(sql, [`${text}%`])).rows);
  });
  app.get('/api/supervision/overdue-board', async (_req, res) => {
    const sql = `SELECT "organisationId", count(*)::int AS overdue FROM "Need" WHERE status IN ('ASSIGNED','IN_PROGRESS','WAITING_INFO') AND "activeDueAt" < now() GROUP BY 1`;
    res.json((await pool.query(sql)).rows);
  });
  app.post(/^\/api\/needs.*/, async (req, res) => {
    res
      .status(201)
      .json((await pool.query('INSERT INTO bench_bare_write (path, body) VALUES ($1, $2) RETURNING id', [req.path, req.body])).rows[0]);
  });
  const port = await freePort();
  const server: Server = app.listen(port, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}
