import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { PrismaClient } from '../prisma/client';
import type { ProductionCalendar } from '../shared/calendar/productionCalendar';
import type { Config } from '../shared/config';

/** What every feature gets: created once per process at boot and injected, never constructed elsewhere. */
export interface ApiContext {
  prisma: PrismaClient;
  temporal: Client;
  config: Config;
  logger: Logger;
  /** The production calendar of PRODUCTION_CALENDAR_FILE, read once when the app is built. */
  calendar: ProductionCalendar;
}
