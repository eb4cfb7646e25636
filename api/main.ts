import { Client, Connection } from '@temporalio/client';
import pino from 'pino';
import { createPrismaClient } from '../prisma/client';
import { loadConfig } from '../shared/config';
import { loadProductionCalendar } from '../shared/calendar/loadProductionCalendar';
import { createApp } from './app';

async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL, name: 'api' });
  const calendar = loadProductionCalendar(config.PRODUCTION_CALENDAR_FILE);
  const prisma = createPrismaClient(config.DATABASE_URL);
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const app = createApp({ prisma, temporal, config, calendar, logger });
  const server = app.listen(config.API_PORT, config.API_HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.API_PORT;
    logger.info({ url: `http://127.0.0.1:${port}/api`, docs: `http://127.0.0.1:${port}/api/docs` }, 'API listening');
  });
  // SIGTERM: readiness turns 503, the listener stops taking connections, requests in flight finish,
  // then the Temporal connection and the database pool close. Past the grace period, it exits anyway.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.locals.draining = true;
    logger.info({ signal }, 'API shutting down: finishing requests in flight');
    setTimeout(() => {
      logger.warn('API shutdown grace period over: closing the remaining connections');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS).unref();
    server.close(() => {
      void Promise.all([connection.close(), prisma.$disconnect()]).then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'API shutdown failed to close its connections');
          process.exit(1);
        },
      );
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
