import type { Client } from '@temporalio/client';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import { TASK_QUEUE } from '../shared/needCase';
import { REGIONS } from '../shared/poverty/regions';
import type { RegionReassessmentInput } from '../workflows/regionReassessment';
import { ensureSchedule } from './ensureSchedule';

type Calendar = { minute: number; hour: number | '*'; dayOfMonth: number | '*' };

const ensure = (client: Client, id: string, calendar: Calendar, input: RegionReassessmentInput) =>
  ensureSchedule(client, {
    id,
    calendar,
    workflowType: 'regionReassessment',
    args: [input],
    taskQueue: TASK_QUEUE,
    catchupWindow: '1 hour',
  });

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
