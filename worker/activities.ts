import type { PrismaClient } from '../prisma/client';
import type { ProductionCalendar } from '../shared/calendar/productionCalendar';
import { createCalendarActivities } from '../activities/calendar';
import { createNotificationActivities } from '../activities/notifications';
import type { Notifier } from '../activities/notifications';
import { createProjectionActivities } from '../activities/projection';

/** Every activity the needCase workflow uses, built from the process's dependencies. */
export function createActivities(deps: { prisma: PrismaClient; calendar: () => ProductionCalendar; notifier: Notifier }) {
  return {
    ...createProjectionActivities({ prisma: deps.prisma }),
    ...createCalendarActivities({ calendar: deps.calendar }),
    ...createNotificationActivities({ notifier: deps.notifier }),
  };
}
