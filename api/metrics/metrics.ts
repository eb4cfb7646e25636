import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PrismaClient } from '../../prisma/client';
import { OPEN_STATUSES } from '../../shared/domain';
import { pathTemplateMatcher } from '../openapi/pathTemplates';

/**
 * The API's Prometheus metrics: HTTP traffic by route pattern, and gauges read from PostgreSQL on
 * each scrape (cases open and overdue per organisation, projection lag, mail backlog). One
 * registry per app, so tests that build several apps in one process do not collide.
 */
/**
 * The route label is the OpenAPI path template a request's path fits (`/api/needs/{id}`), so raw
 * ids never become labels; matched on the path because Express resets `req.baseUrl` once an error
 * leaves a router.
 */
function routeLabeller(documentedPaths: string[]): (path: string) => string {
  const templateOf = pathTemplateMatcher(documentedPaths);
  return (path) => templateOf(path) ?? 'other';
}

export function createMetrics(prisma: PrismaClient, documentedPaths: string[]) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  // Both gauges come from one query: the scrape collects every metric at once, so the second
  // collector joins the query the first one started.
  type Row = { code: string; open: bigint; overdue: bigint };
  let running: Promise<Row[]> | null = null;
  const openAndOverdue = () =>
    (running ??= prisma
      .$queryRawUnsafe<Row[]>(
        `SELECT o.code, count(n.id) AS open, count(n.id) FILTER (WHERE n."activeDueAt" < now()) AS overdue
           FROM "Organisation" o LEFT JOIN "Need" n ON n."organisationId" = o.id AND n.status::text = ANY($1::text[])
          GROUP BY o.code`,
        [...OPEN_STATUSES],
      )
      .finally(() => {
        running = null;
      }));
  for (const [name, help, field] of [
    ['cases_open', 'Open cases by organisation (from the Need projection)', 'open'],
    ['cases_overdue', 'Open cases past their active deadline, by organisation', 'overdue'],
  ] as const) {
    new Gauge({
      name,
      help,
      labelNames: ['organisation'],
      registers: [registry],
      async collect() {
        const rows = await openAndOverdue();
        this.reset();
        for (const row of rows) this.set({ organisation: row.code }, Number(row[field]));
      },
    });
  }

  new Gauge({
    name: 'projection_lag_seconds',
    help: 'Largest delay between a workflow step and its row in the Need projection, over the last 5 minutes',
    registers: [registry],
    async collect() {
      const [row] = await prisma.$queryRawUnsafe<{ lag: number | null }[]>(
        `SELECT extract(epoch FROM max("recordedAt" - "at"))::float8 AS lag
           FROM "NeedEvent" WHERE "recordedAt" > now() - interval '5 minutes'`,
      );
      this.set(Math.max(0, row?.lag ?? 0));
    },
  });

  new Gauge({
    name: 'mail_outbox_backlog',
    help: 'Mails in the outbox not yet sent, by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = await prisma.$queryRawUnsafe<{ status: string; n: bigint }[]>(
        `SELECT status, count(*) AS n FROM "MailOutbox" WHERE status <> 'SENT' GROUP BY status`,
      );
      this.reset();
      for (const row of rows) this.set({ status: row.status }, Number(row.n));
    },
  });

  const routeOf = routeLabeller(documentedPaths);
  /** Counts every answer under its route template; undocumented paths (the workspace's files) share one label. */
  const observe: RequestHandler = (req, res, next) => {
    const stop = duration.startTimer();
    const route = routeOf(req.path);
    res.on('finish', () => {
      const labels = { method: req.method, route, status: String(res.statusCode) };
      requests.inc(labels);
      stop(labels);
    });
    next();
  };

  return { registry, observe };
}

export type Metrics = ReturnType<typeof createMetrics>;
