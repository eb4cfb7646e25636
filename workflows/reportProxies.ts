import { proxyActivities } from '@temporalio/workflow';
import type { WeeklyReportActivities } from '../activities/reports/weeklyReportActivities';

// The weekly report: worth retrying for a while (the mail server may be down), keyed so nothing goes twice.
export const reports = proxyActivities<WeeklyReportActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumAttempts: 8 },
});
