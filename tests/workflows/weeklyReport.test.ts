import { ApplicationFailure } from '@temporalio/common';
import { WorkflowFailedError } from '@temporalio/client';
import { localDate } from '../../shared/calendar/localDate';
import { weekBefore } from '../../shared/reports/reportWeek';
import { weeklyReport } from '../../workflows/weeklyReport';
import { timeSkippingSuite } from './suite';

const suite = timeSkippingSuite('report-v');
const { startedWorkflowIds, nextQueue, workerWith } = suite;

/** Fake organisations and mail: records each report asked for; `refuse` fails an organisation for good, `flaky` once. */
function fakeMail(organisations: string[], { refuse = [] as string[], flaky = [] as string[] } = {}) {
  const mailed: { organisationId: string; week: string }[] = [];
  const attempts = new Map<string, number>();
  const activities = {
    async reportOrganisations() {
      return organisations;
    },
    async mailWeeklyReport(input: { organisationId: string; week: string }) {
      const attempt = (attempts.get(input.organisationId) ?? 0) + 1;
      attempts.set(input.organisationId, attempt);
      if (refuse.includes(input.organisationId)) throw ApplicationFailure.nonRetryable('550 no such mailbox', 'MailRejected');
      if (flaky.includes(input.organisationId) && attempt === 1) throw new Error('mail server unreachable');
      mailed.push(input);
      return 2;
    },
  };
  return { mailed, attempts, activities };
}

async function run(workflowId: string, mail: ReturnType<typeof fakeMail>, week?: string) {
  const taskQueue = nextQueue();
  const worker = await workerWith(mail.activities, taskQueue);
  startedWorkflowIds.push(workflowId);
  const handle = await suite.env.client.workflow.start(weeklyReport, { workflowId, taskQueue, args: [{ version: 1, week }] });
  const result = await worker.runUntil(handle.result().catch((err: unknown) => err));
  return { handle, result };
}

describe('weeklyReport', () => {
  it('mails each organisation its report for the Monday-to-Sunday week before the run, in Samara time', async () => {
    const mail = fakeMail(['org-a', 'org-b']);
    const { handle, result } = await run('weekly-report-test-last-week', mail);
    const started = (await handle.describe()).startTime;
    const week = weekBefore(localDate(started));
    expect(result).toEqual({ week, organisations: 2, sent: 4 });
    expect(mail.mailed).toEqual([
      { organisationId: 'org-a', week },
      { organisationId: 'org-b', week },
    ]);
  });

  it('reports the week it is asked for, and retries a mail server that is down', async () => {
    const mail = fakeMail(['org-a', 'org-b'], { flaky: ['org-a'] });
    const { result } = await run('weekly-report-test-given-week', mail, '2026-W49');
    expect(result).toEqual({ week: '2026-W49', organisations: 2, sent: 4 });
    expect(mail.attempts.get('org-a')).toBe(2);
    expect(mail.mailed.map((m) => m.week)).toEqual(['2026-W49', '2026-W49']);
  });

  it('keeps an organisation whose mail is refused from holding up the others, then fails naming it', async () => {
    const mail = fakeMail(['org-a', 'org-b', 'org-c'], { refuse: ['org-b'] });
    const { result } = await run('weekly-report-test-refused', mail, '2026-W49');
    expect(mail.mailed.map((m) => m.organisationId)).toEqual(['org-a', 'org-c']);
    expect(mail.attempts.get('org-b')).toBe(1);
    expect(result).toBeInstanceOf(WorkflowFailedError);
    const cause = (result as WorkflowFailedError).cause as ApplicationFailure;
    expect(cause.type).toBe('WeeklyReportNotMailed');
    expect(cause.details).toEqual([{ week: '2026-W49', failed: ['org-b'], sent: 4 }]);
  });
});
