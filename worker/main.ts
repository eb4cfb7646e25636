import pino from 'pino';
import { createPrismaClient } from '../prisma/client';
import { loadConfig } from '../shared/config';
import { loadProductionCalendar } from '../shared/calendar/loadProductionCalendar';
import { loggingNotifier } from '../activities/notifications';
import { createActivities } from './activities';
import { createWorker } from './createWorker';

async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL, name: 'worker' });
  const prisma = createPrismaClient(config.DATABASE_URL);
  const calendar = loadProductionCalendar(config.PRODUCTION_CALENDAR_FILE);
  const activities = createActivities({
    prisma,
    calendar: () => calendar,
    notifier: loggingNotifier((obj, msg) => logger.debug(obj, msg)),
  });
  const { worker, connection } = await createWorker({
    temporalAddress: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    activities,
  });
  logger.info({ taskQueue: worker.options.taskQueue }, 'worker started');
  try {
    await worker.run();
  } finally {
    await connection.close();
    await prisma.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
