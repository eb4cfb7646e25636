import type { Client } from '@temporalio/client';
import type { PrismaClient } from '../prisma/client';
import type { ProductionCalendar } from '../shared/calendar/productionCalendar';
import { createCalendarActivities } from '../activities/calendar';
import { createNotificationActivities } from '../activities/notifications';
import type { Notifier } from '../activities/notifications';
import { createProjectionActivities } from '../activities/projection';
import { createPlanCalendarActivities, createPlanCaseActivities, createPlanProjectionActivities } from '../activities/plans';
import { createDigestActivities } from '../activities/mail/digest';
import type { MailDeps } from '../activities/mail/mailNotifier';
import { createPovertyActivities } from '../activities/poverty/assessmentActivities';
import { DEFAULT_NEAR_BAND_PERMILLE } from '../shared/poverty/assessment';

/** Every activity the workflows use, built from the process's dependencies (mail is optional: without it, nothing is mailed). */
export function createActivities(deps: {
  prisma: PrismaClient;
  /** For the plan workflow, which withdraws its open cases through their own cancel action. */
  temporal: Client;
  calendar: ProductionCalendar;
  notifier: Notifier;
  mail?: MailDeps | null;
  nearBandPermille?: number;
}) {
  return {
    ...createProjectionActivities({ prisma: deps.prisma }),
    ...createCalendarActivities({ calendar: deps.calendar }),
    ...createNotificationActivities({ notifier: deps.notifier }),
    ...createDigestActivities(deps.mail ?? null, deps.calendar),
    ...createPlanCalendarActivities({ calendar: deps.calendar }),
    ...createPlanCaseActivities({ temporal: deps.temporal }),
    ...createPlanProjectionActivities({ prisma: deps.prisma }),
    ...createPovertyActivities({ prisma: deps.prisma, nearBandPermille: deps.nearBandPermille ?? DEFAULT_NEAR_BAND_PERMILLE }),
  };
}
