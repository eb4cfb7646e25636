import type { Client } from '@temporalio/client';
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { TASK_QUEUE } from '../shared/needCase';
import { REGIONS } from '../shared/poverty/regions';
import type { RegionReassessmentInput } from '../workflows/regionReassessment';

type Calendar = { minute: number; hour: number | '*'; dayOfMonth: number | '*' };

async function ensure(client: Client, scheduleId: string, calendar: Calendar, input: RegionReassessmentInput) {
  try {
    await client.schedule.create({
      scheduleId,
      spec: { calendars: [calendar], timezone: 'Europe/Samara' },
      action: { type: 'startWorkflow', workflowType: 'regionReassessment', taskQueue: TASK_QUEUE, args: [input] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
}

/**
 * Per region: an hourly sweep of households marked changed (whose signal was lost, or written by the
 * seed or an import) and a full re-assessment on the 1st of each month, when the income window moves.
 * The sweep also runs once at worker start, so a freshly seeded database is assessed at once.
 */
export async function ensurePovertySchedules(client: Client): Promise<void> {
  for (const region of Object.keys(REGIONS)) {
    const sweep = `poverty-sweep-${region}`;
    await ensure(client, sweep, { minute: 15, hour: '*', dayOfMonth: '*' }, { version: 1, region, onlyStale: true });
    await ensure(client, `poverty-monthly-${region}`, { minute: 0, hour: 1, dayOfMonth: 1 }, { version: 1, region, onlyStale: false });
    await client.schedule.getHandle(sweep).trigger(ScheduleOverlapPolicy.SKIP);
  }
}
