import type { EscalationTarget } from '../shared/domain';
import type { DeadlineKind } from '../shared/needCase';

/** What the case wants people to hear about; the worker's Notifier mails it (activities/mail/) or logs it. */
export interface CaseNotification {
  /** Deterministic per case and step, so a retried activity can be deduplicated by the transport. */
  idempotencyKey: string;
  needId: string;
  organisationId: string;
  assigneeId: string | null;
  kind: 'CASE_ROUTED' | 'REMINDER' | 'ESCALATION' | 'INFO_REQUESTED' | 'CASE_CLOSED';
  deadline?: DeadlineKind;
  level?: number;
  target?: EscalationTarget;
}

export interface Notifier {
  send(notification: CaseNotification): Promise<void>;
}

/** The notifier without an SMTP server: structured log lines, no personal data. */
export const loggingNotifier = (log: (obj: object, msg: string) => void): Notifier => ({
  async send(notification) {
    log({ notification }, 'case notification');
  },
});

export function createNotificationActivities({ notifier }: { notifier: Notifier }) {
  return {
    async notifyCase(notification: CaseNotification): Promise<void> {
      await notifier.send(notification);
    },
  };
}

export type NotificationActivities = ReturnType<typeof createNotificationActivities>;
