import pino from 'pino';
import { createPrismaClient } from '../prisma/client';
import { loadConfig } from '../shared/config';
import { loadProductionCalendar } from '../shared/calendar/loadProductionCalendar';
import { Client, Connection } from '@temporalio/client';
import { Runtime } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { createMailNotifier } from '../activities/mail/mailNotifier';
import { loggingNotifier } from '../activities/notifications';
import { ensureOverdueDigestSchedule } from './digestSchedule';
import { ensurePovertySchedules } from './povertySchedules';
import { ensureWeeklyReportSchedule } from './weeklyReportSchedule';
import { messageChannelFor } from '../activities/messages';
import { createActivities } from './activities';
import { createWorker } from './createWorker';

async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL, name: 'worker' });
  // Only this entry installs the runtime (tests install a quiet one of their own). The runtime's
  // default shutdown signals (SIGTERM, SIGINT…) make worker.run() stop polling, let activities in
  // flight finish within shutdownGraceTime, and return.
  if (config.WORKER_METRICS_ADDRESS) {
    Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: config.WORKER_METRICS_ADDRESS } } } });
  }
  const prisma = createPrismaClient(config.DATABASE_URL);
  const calendar = loadProductionCalendar(config.PRODUCTION_CALENDAR_FILE);
  const mail = config.SMTP_URL
    ? { prisma, transport: nodemailer.createTransport(config.SMTP_URL), from: config.MAIL_FROM, appUrl: config.APP_PUBLIC_URL }
    : null;
  const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const client = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
  const activities = createActivities({
    prisma,
    temporal: client,
    calendar,
    notifier: mail ? createMailNotifier(mail) : loggingNotifier((obj, msg) => logger.debug(obj, msg)),
    mail,
    nearBandPermille: config.POVERTY_NEAR_BAND_PERMILLE,
    messages: messageChannelFor(prisma, config),
    outreachContact: config.OUTREACH_CONTACT,
  });
  const { worker, connection } = await createWorker({
    temporalAddress: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    activities,
    shutdownGraceTime: config.SHUTDOWN_GRACE_MS,
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
  });
  await ensureOverdueDigestSchedule(client);
  await ensurePovertySchedules(client);
  await ensureWeeklyReportSchedule(client);
  logger.info({ taskQueue: worker.options.taskQueue, mail: mail ? 'smtp' : 'log only' }, 'worker started');
  try {
    await worker.run();
  } finally {
    await connection.close();
    await clientConnection.close();
    await prisma.$disconnect();
  }
  logger.info('worker stopped');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
