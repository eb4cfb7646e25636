import type { Client } from '@temporalio/client';
import { TASK_QUEUE } from '../shared/needCase';
import { ensureSchedule } from './ensureSchedule';

export const DIGEST_SCHEDULE_ID = 'overdue-digest';

/** The daily digest Schedule: 08:00 Samara time, every day; created once, left as it is afterwards. */
export async function ensureOverdueDigestSchedule(client: Client, taskQueue = TASK_QUEUE): Promise<void> {
  await ensureSchedule(client, {
    id: DIGEST_SCHEDULE_ID,
    calendar: { hour: 8, minute: 0, dayOfWeek: '*' },
    workflowType: 'overdueDigest',
    args: [],
    taskQueue,
    catchupWindow: '1 hour',
  });
}
