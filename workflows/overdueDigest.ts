import { log } from '@temporalio/workflow';
import { localDate } from '../shared/calendar/localDate';
import { digest } from './activityProxies';
import { workflowNow } from './clock';

/** Started every morning by the `overdue-digest` Schedule: each organisation's new, due-soon and overdue cases, one mail a day. */
export async function overdueDigest(): Promise<number> {
  const sent = await digest.sendOverdueDigests({ date: localDate(workflowNow()) });
  log.info('overdue digest sent', { sent });
  return sent;
}
