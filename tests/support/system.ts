import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../api/app';
import { createPrismaClient } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { loadConfig } from '../../shared/config';
import { loadProductionCalendar } from '../../shared/calendar/loadProductionCalendar';
import { createActivities } from '../../worker/activities';
import { createWorker } from '../../worker/createWorker';
import type { CaseNotification } from '../../activities/notifications';
import nodemailer from 'nodemailer';
import { allOf, createMailNotifier } from '../../activities/mail/mailNotifier';
import { createTestDatabase } from '../../scripts/lib/testDatabase';
import { startTestTemporal } from './temporal';
import { seedReferenceData } from '../../scripts/seed/referenceData';
import { createSessionService } from '../../api/auth/sessions';
import type { Config } from '../../shared/config';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';

export interface TestSystem {
  databaseUrl: string;
  temporalAddress: string;
  config: Config;
  /** The production calendar the worker and the app were given. */
  calendar: ProductionCalendar;
  /** A bearer token of a real session of the user (the password step is what /auth/login adds). */
  tokenFor(userId: string): string;
  prisma: PrismaClient;
  temporal: Client;
  notifications: CaseNotification[];
  app: ReturnType<typeof createApp>;
  /** A supertest request acting as the given user, with a bearer token of a real session. */
  as(userId: string): {
    get(url: string): request.Test;
    post(url: string): request.Test;
    patch(url: string): request.Test;
    put(url: string): request.Test;
    delete(url: string): request.Test;
  };
  /** Stops the worker: cases stay in Temporal, but nothing runs them (for deadline tests). */
  stopWorker(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real system for integration tests: a fresh PostgreSQL database with the migrations and the
 * reference catalog, a real Temporal dev server, a worker and the Express app in this process.
 */
type Activities = ReturnType<typeof createActivities>;

export async function startTestSystem(
  options: {
    smtpUrl?: string;
    mailDir?: string;
    env?: Record<string, string>;
    /** Replaces activities, e.g. to make one fail. */ activities?: (real: Activities) => Activities;
  } = {},
): Promise<TestSystem> {
  const database = await createTestDatabase('sp_it');
  const temporalServer = await startTestTemporal();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: temporalServer.address,
    LOG_LEVEL: 'silent',
    FILE_STORAGE_ROOT: path.join(os.tmpdir(), `sp-files-${process.pid}-${Date.now()}`),
    UPLOAD_MAX_BYTES: String(256 * 1024),
    MAIL_DIR: options.mailDir ?? path.join(os.tmpdir(), `sp-mail-${process.pid}-${Date.now()}`),
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    ...options.env,
  });
  const prisma = createPrismaClient(database.url);
  await seedReferenceData(prisma);
  const notifications: CaseNotification[] = [];
  const recorder = { send: async (n: CaseNotification) => void notifications.push(n) };
  // With an SMTP server given, notifications are also mailed (tests/integration/mail.test.ts).
  const mail = config.SMTP_URL
    ? { prisma, transport: nodemailer.createTransport(config.SMTP_URL), from: config.MAIL_FROM, appUrl: config.APP_PUBLIC_URL }
    : null;
  const calendar = loadProductionCalendar(config.PRODUCTION_CALENDAR_FILE);
  const connection = await Connection.connect({ address: temporalServer.address });
  const temporal = new Client({ connection, namespace: 'default' });
  const { worker, connection: workerConnection } = await createWorker({
    temporalAddress: temporalServer.address,
    namespace: 'default',
    activities: (options.activities ?? ((real) => real))(
      createActivities({
        prisma,
        temporal,
        calendar,
        notifier: mail ? allOf(recorder, createMailNotifier(mail)) : recorder,
        mail,
      }),
    ),
  });
  const running: Promise<void> = (worker as Worker).run();
  const stopWorker = async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
  };
  const app = createApp({ prisma, temporal, config, calendar, logger: pino({ level: 'silent' }) });

  // A real session for every seeded user up front, so a request can be signed synchronously.
  const sessions = createSessionService(prisma, config);
  const tokens = new Map<string, string>();
  for (const user of await prisma.user.findMany()) tokens.set(user.id, (await sessions.issue(user, '127.0.0.1')).accessToken);
  const tokenFor = (userId: string): string => {
    const token = tokens.get(userId);
    if (!token) throw new Error(`no session for user ${userId}`);
    return token;
  };
  const signed = (test: request.Test, userId: string) => test.set('Authorization', `Bearer ${tokenFor(userId)}`);
  const as = (userId: string) => ({
    get: (url: string) => signed(request(app).get(url), userId),
    post: (url: string) => signed(request(app).post(url), userId),
    patch: (url: string) => signed(request(app).patch(url), userId),
    put: (url: string) => signed(request(app).put(url), userId),
    delete: (url: string) => signed(request(app).delete(url), userId),
  });

  return {
    databaseUrl: database.url,
    temporalAddress: temporalServer.address,
    config,
    calendar,
    tokenFor,
    prisma,
    temporal,
    notifications,
    app,
    as,
    stopWorker,
    async stop() {
      await stopWorker();
      await workerConnection.close();
      await connection.close();
      await prisma.$disconnect();
      await temporalServer.stop();
      await database.drop();
    },
  };
}
