import type { Client } from '@temporalio/client';
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { TASK_QUEUE } from '../shared/needCase';

export const DIGEST_SCHEDULE_ID = 'overdue-digest';

/** The daily digest Schedule: 08:00 Samara time, every day; created once, left as it is afterwards. */
export async function ensureOverdueDigestSchedule(client: Client, taskQueue = TASK_QUEUE): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: DIGEST_SCHEDULE_ID,
      spec: { calendars: [{ hour: 8, minute: 0, dayOfWeek: '*' }], timezone: 'Europe/Samara' },
      action: { type: 'startWorkflow', workflowType: 'overdueDigest', taskQueue, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
}
