import { ApplicationFailure, log } from '@temporalio/workflow';
import { localDate } from '../shared/calendar/localDate';
import { weekBefore } from '../shared/reports/reportWeek';
import { workflowNow } from './clock';
import { reports } from './reportProxies';

export interface WeeklyReportInput {
  version: 1;
  /** An ISO week ('2026-W49'); without it, the whole week before the run, in Samara time. */
  week?: string;
}

export interface WeeklyReportResult {
  week: string;
  organisations: number;
  sent: number;
}

/**
 * Started every Monday morning by the `weekly-report` Schedule: each organisation's execution report
 * for the week before, mailed with its PDF and workbook to its heads and the coordinators. One
 * organisation whose mail cannot go keeps no other from its report; the run fails at the end, naming them.
 */
export async function weeklyReport(input: WeeklyReportInput = { version: 1 }): Promise<WeeklyReportResult> {
  const week = input.week ?? weekBefore(localDate(workflowNow()));
  const organisations = await reports.reportOrganisations();
  let sent = 0;
  const failed: string[] = [];
  for (const organisationId of organisations) {
    try {
      sent += await reports.mailWeeklyReport({ organisationId, week });
    } catch (err) {
      log.warn('weekly report not mailed', { organisationId, week, error: String(err) });
      failed.push(organisationId);
    }
  }
  if (failed.length > 0) {
    throw ApplicationFailure.nonRetryable(
      `weekly report for ${week} not mailed for ${failed.length} organisation(s)`,
      'WeeklyReportNotMailed',
      {
        week,
        failed,
        sent,
      },
    );
  }
  log.info('weekly report sent', { week, sent });
  return { week, organisations: organisations.length, sent };
}
