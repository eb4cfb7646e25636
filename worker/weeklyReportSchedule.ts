import type { Client } from '@temporalio/client';
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { TASK_QUEUE } from '../shared/needCase';
import type { WeeklyReportInput } from '../workflows/weeklyReport';

export const WEEKLY_REPORT_SCHEDULE_ID = 'weekly-report';

/** The weekly execution report: Mondays at 07:00 Samara time, for the week before; created once, left as it is afterwards. */
export async function ensureWeeklyReportSchedule(client: Client, taskQueue = TASK_QUEUE): Promise<void> {
  const input: WeeklyReportInput = { version: 1 };
  try {
    await client.schedule.create({
      scheduleId: WEEKLY_REPORT_SCHEDULE_ID,
      spec: { calendars: [{ hour: 7, minute: 0, dayOfWeek: 'MONDAY' }], timezone: 'Europe/Samara' },
      action: { type: 'startWorkflow', workflowType: 'weeklyReport', taskQueue, args: [input] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
}
