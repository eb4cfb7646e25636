import type { Client } from '@temporalio/client';
import type { PrismaClient } from '../prisma/client';
import type { ProductionCalendar } from '../shared/calendar/productionCalendar';
import { createCalendarActivities } from '../activities/calendar';
import { createNotificationActivities } from '../activities/notifications';
import { createInAppNotifier } from '../activities/inAppNotifier';
import { allOf } from '../activities/mail/mailNotifier';
import type { Notifier } from '../activities/notifications';
import { createProjectionActivities } from '../activities/projection';
import { createPlanCalendarActivities, createPlanCaseActivities, createPlanProjectionActivities } from '../activities/plans';
import { createDigestActivities } from '../activities/mail/digest';
import type { MailDeps } from '../activities/mail/mailNotifier';
import { createPovertyActivities } from '../activities/poverty/assessmentActivities';
import { DEFAULT_NEAR_BAND_PERMILLE } from '../shared/poverty/assessment';
import { createCampaignActivities } from '../activities/campaigns/campaignActivities';
import { eligibleHouseholds } from '../activities/campaigns/eligibleHouseholds';
import type { EligibleHouseholds } from '../activities/campaigns/eligibleHouseholds';
import type { MessageChannel } from '../activities/messages/channel';
import { localChannel } from '../activities/messages/localChannel';
import { DEFAULT_OUTREACH_CONTACT } from '../shared/campaigns/messageText';
import { createImportActivities } from '../activities/imports/importActivities';
import { createWeeklyReportActivities } from '../activities/reports/weeklyReportActivities';
import { createIndicatorImportActivities } from '../activities/indicators/importActivities';

/** Every activity the workflows use, built from the process's dependencies (mail is optional: without it, nothing is mailed). */
export function createActivities(deps: {
  prisma: PrismaClient;
  /** For the plan workflow, which withdraws its open cases through their own cancel action. */
  temporal: Client;
  calendar: ProductionCalendar;
  notifier: Notifier;
  mail?: MailDeps | null;
  nearBandPermille?: number;
  /** Family messages; without a channel they are kept locally for admins to read. */
  messages?: MessageChannel;
  /** Which households a campaign selects; the poverty register unless replaced. */
  eligible?: EligibleHouseholds;
  outreachContact?: string;
}) {
  return {
    ...createProjectionActivities({ prisma: deps.prisma }),
    ...createCalendarActivities({ calendar: deps.calendar }),
    // Every case notification goes to the bell as well as to its channel (mail or log): one event, both told.
    ...createNotificationActivities({ notifier: allOf(createInAppNotifier({ prisma: deps.prisma }), deps.notifier) }),
    ...createDigestActivities(deps.mail ?? null, deps.calendar),
    ...createWeeklyReportActivities(deps.mail ?? null),
    ...createPlanCalendarActivities({ calendar: deps.calendar }),
    ...createPlanCaseActivities({ temporal: deps.temporal }),
    ...createPlanProjectionActivities({ prisma: deps.prisma }),
    ...createPovertyActivities({ prisma: deps.prisma, nearBandPermille: deps.nearBandPermille ?? DEFAULT_NEAR_BAND_PERMILLE }),
    ...createCampaignActivities({
      prisma: deps.prisma,
      eligible: deps.eligible ?? eligibleHouseholds(deps.prisma),
      messages: deps.messages ?? localChannel(deps.prisma),
      contact: deps.outreachContact ?? DEFAULT_OUTREACH_CONTACT,
    }),
    ...createImportActivities({ prisma: deps.prisma }),
    ...createIndicatorImportActivities({ prisma: deps.prisma }),
  };
}
