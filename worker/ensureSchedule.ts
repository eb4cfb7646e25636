import type { Client, ScheduleSpec } from '@temporalio/client';
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';

/**
 * Creates a Schedule that starts a workflow at Samara times, once: a Schedule that exists already
 * (an earlier worker start, or changed by an operator since) is left as it is.
 */
export async function ensureSchedule(
  client: Client,
  schedule: {
    id: string;
    calendar: NonNullable<ScheduleSpec['calendars']>[number];
    workflowType: string;
    args: unknown[];
    taskQueue: string;
    catchupWindow: string;
  },
): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: schedule.id,
      spec: { calendars: [schedule.calendar], timezone: 'Europe/Samara' },
      action: { type: 'startWorkflow', workflowType: schedule.workflowType, taskQueue: schedule.taskQueue, args: schedule.args },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: schedule.catchupWindow },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
}
