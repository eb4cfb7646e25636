import type { Client } from '@temporalio/client';
import { TASK_QUEUE } from '../shared/needCase';
import type { WeeklyReportInput } from '../workflows/weeklyReport';
import { ensureSchedule } from './ensureSchedule';

export const WEEKLY_REPORT_SCHEDULE_ID = 'weekly-report';

/** The weekly execution report: Mondays at 07:00 Samara time, for the week before; created once, left as it is afterwards. */
export async function ensureWeeklyReportSchedule(client: Client, taskQueue = TASK_QUEUE): Promise<void> {
  const input: WeeklyReportInput = { version: 1 };
  await ensureSchedule(client, {
    id: WEEKLY_REPORT_SCHEDULE_ID,
    calendar: { hour: 7, minute: 0, dayOfWeek: 'MONDAY' },
    workflowType: 'weeklyReport',
    args: [input],
    taskQueue,
    catchupWindow: '1 day',
  });
}
