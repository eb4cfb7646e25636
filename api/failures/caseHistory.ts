import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import type { Actor, CaseEvent, NeedCaseInput } from '../../shared/needCase';

type History = temporal.api.history.v1.IHistory;
type Event = temporal.api.history.v1.IHistoryEvent;

/** An update the case accepted and has not answered yet, with what it was sent. */
export interface OpenUpdate {
  acceptedEventId: number;
  updateId: string;
  name: string;
  actor: Actor | null;
  input: unknown;
}

const idOf = (event: Event): number => Number(event.eventId);
/** A protobuf timestamp as ISO text. */
export const isoOf = (ts: { seconds?: unknown; nanos?: number | null } | null | undefined): string | null =>
  ts?.seconds != null ? new Date(Number(ts.seconds) * 1000 + Math.floor((ts.nanos ?? 0) / 1e6)).toISOString() : null;
const lastOf = (events: Event[], test: (e: Event) => boolean): Event | undefined => [...events].reverse().find(test);
const decode = (payloads: temporal.api.common.v1.IPayloads | null | undefined): unknown[] =>
  (payloads?.payloads ?? []).map((p) => defaultPayloadConverter.fromPayload(p));

/** What one run of a case's workflow recorded, read for diagnosis and repair. */
export class CaseHistory {
  private readonly events: Event[];

  constructor(history: History) {
    this.events = history.events ?? [];
  }

  get startInput(): NeedCaseInput | null {
    const started = this.events[0]?.workflowExecutionStartedEventAttributes;
    return (decode(started?.input)[0] as NeedCaseInput | undefined) ?? null;
  }

  /** The last scheduling of an activity: its event id, time and the case events it was asked to record. */
  scheduledActivity(activityId: string): { eventId: number; at: string | null; events: CaseEvent[] } | null {
    const event = lastOf(this.events, (e) => e.activityTaskScheduledEventAttributes?.activityId === activityId);
    if (!event) return null;
    const input = decode(event.activityTaskScheduledEventAttributes?.input)[0] as { events?: CaseEvent[] } | undefined;
    return { eventId: idOf(event), at: isoOf(event.eventTime), events: input?.events ?? [] };
  }

  /** Updates accepted before the given event and not completed, oldest first. */
  openUpdatesBefore(eventId: number): OpenUpdate[] {
    const completed = new Set(
      this.events.map((e) => e.workflowExecutionUpdateCompletedEventAttributes?.meta?.updateId).filter((id): id is string => Boolean(id)),
    );
    return this.events
      .filter((e) => idOf(e) < eventId && e.workflowExecutionUpdateAcceptedEventAttributes)
      .map((e) => {
        const request = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
        const [arg] = decode(request?.input?.args) as ({ actor?: Actor } & Record<string, unknown>)[];
        const { actor = null, ...input } = arg ?? {};
        return {
          acceptedEventId: idOf(e),
          updateId: request?.meta?.updateId ?? '',
          name: request?.input?.name ?? '',
          actor,
          input,
        };
      })
      .filter((u) => !completed.has(u.updateId));
  }

  /** Whether an activity of this type completed after the event (for the projection: case events were written). */
  completedActivityAfter(eventId: number, activityType: string): boolean {
    const types = new Map(this.events.map((e) => [idOf(e), e.activityTaskScheduledEventAttributes?.activityType?.name]));
    return this.events.some((e) => {
      const done = e.activityTaskCompletedEventAttributes;
      return idOf(e) > eventId && done && types.get(Number(done.scheduledEventId)) === activityType;
    });
  }

  /** Updates the case answered after the event. */
  completedUpdatesAfter(eventId: number): string[] {
    return this.events
      .filter((e) => idOf(e) > eventId)
      .map((e) => e.workflowExecutionUpdateCompletedEventAttributes?.meta?.updateId)
      .filter((id): id is string => Boolean(id));
  }

  /** The completed workflow task just before an event: resetting to it replays the case up to there. */
  workflowTaskCompletedBefore(eventId: number): number | null {
    const event = lastOf(this.events, (e) => idOf(e) < eventId && Boolean(e.workflowTaskCompletedEventAttributes));
    return event ? idOf(event) : null;
  }
}
