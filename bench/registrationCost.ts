import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

const T = temporal.api.enums.v1.EventType;

export interface RegistrationCost {
  /** Workflow tasks completed before the update answered the API. */
  tasksToAnswer: number;
  /** History events up to and including the update's completion. */
  eventsToAnswer: number;
  /** Until the case waits for its first alarm (notifications included). */
  tasks: number;
  activities: number;
  localActivities: number;
  events: number;
}

/**
 * What one registration costs in the case's history: workflow tasks, activities (scheduled through
 * the server), local activities (markers) and events — before the API got its answer, and until the
 * case sleeps towards its first deadline.
 */
export async function registrationCost(client: Client, workflowId: string): Promise<RegistrationCost> {
  const handle = client.workflow.getHandle(workflowId);
  for (let attempt = 0; attempt < 100; attempt++) {
    const events = (await handle.fetchHistory()).events ?? [];
    const sleeping = events.findIndex((e) => e.eventType === T.EVENT_TYPE_TIMER_STARTED);
    const answered = events.findIndex((e) => e.eventType === T.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED);
    if (sleeping >= 0 && answered >= 0) {
      // The timer may start in the very task that answers the update, listed before the update's completion.
      const head = events.slice(0, Math.max(sleeping, answered) + 1);
      const count = (list: NonNullable<typeof events>, type: number) => list.filter((e) => e.eventType === type).length;
      return {
        tasksToAnswer: count(events.slice(0, answered + 1), T.EVENT_TYPE_WORKFLOW_TASK_COMPLETED),
        eventsToAnswer: answered + 1,
        tasks: count(head, T.EVENT_TYPE_WORKFLOW_TASK_COMPLETED),
        activities: count(head, T.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED),
        localActivities: count(head, T.EVENT_TYPE_MARKER_RECORDED),
        events: head.length,
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${workflowId} never started waiting for its first deadline`);
}

export const describeCost = (c: RegistrationCost) =>
  `${c.tasksToAnswer} workflow task(s) and ${c.eventsToAnswer} events until the answer; ` +
  `${c.tasks} tasks, ${c.activities} activities, ${c.localActivities} local activities, ${c.events} events until the case waits for its deadline`;
