import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { CalendarActivities } from '../activities/calendar';
import type { DigestActivities } from '../activities/mail/digest';
import type { NotificationActivities } from '../activities/notifications';
import type { ProjectionActivities } from '../activities/projection';

/** One retry policy per group of side effects the case process needs. */

// The projection must eventually be written: retry until the database is back.
export const projection = proxyActivities<ProjectionActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

// The record of a registration is written inside the workflow task that routes the case (a local
// activity, a marker in history), so the registration Update answers after one workflow task instead
// of waiting for an activity task's round trip through the server. The write is idempotent (events
// keyed by (needId, seq)), so running again after a lost task writes nothing twice.
export const projectionInTask = proxyLocalActivities<ProjectionActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

// The same write with a few quick attempts only: if the database is down or refuses it, the case
// falls back to the activity above, which retries in the open and shows under «Сбои» (a local
// activity retries inside the workflow task, where neither the failure list nor the repair sees it).
export const projectionInTaskBriefly = proxyLocalActivities<ProjectionActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 3 },
});

// Pure arithmetic on the calendar file the worker holds: local activities, recorded as markers,
// cost no round trip to the server.
export const calendar = proxyLocalActivities<CalendarActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

// A lost reminder must not block the case: give up after a bounded number of attempts.
export const notifications = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumAttempts: 10 },
});

// The daily digest: worth retrying for a while (the mail server may be down), keyed so nothing goes twice.
export const digest = proxyActivities<DigestActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumAttempts: 8 },
});
