import type { Transporter } from 'nodemailer';
import type { PrismaClient } from '../../prisma/client';
import type { CaseNotification, Notifier } from '../notifications';
import { caseFacts } from './caseFacts';
import { caseMail } from './caseMail';
import { sendAll } from './outbox';
import { DEFAULT_PREFERENCE, preferencesOf, wantsSingle } from './preferences';
import { recipientsOf } from './recipients';
import type { Recipient } from './recipients';

export interface MailDeps {
  prisma: PrismaClient;
  transport: Transporter;
  from: string;
  appUrl: string;
}

export const settingsUrlOf = (appUrl: string) => `${appUrl}/#/notification-settings`;

/** Case notifications as mail: each reader gets one message per case step, as their settings allow. */
export function createMailNotifier(deps: MailDeps): Notifier {
  return {
    async send(notification: CaseNotification) {
      const facts = await caseFacts(deps.prisma, notification.needId, deps.appUrl);
      const recipients = await recipientsOf(deps.prisma, notification, facts.need);
      const preferences = await preferencesOf(
        deps.prisma,
        recipients.flatMap((r) => (r.userId ? [r.userId] : [])),
      );
      const level = notification.level ? await deps.prisma.escalationLevel.findUnique({ where: { level: notification.level } }) : null;
      const kind = notification.kind;
      const settingsUrl = settingsUrlOf(deps.appUrl);
      const preferenceOf = (r: Recipient) => (r.userId ? preferences.get(r.userId) : undefined) ?? DEFAULT_PREFERENCE;
      const wanted = recipients.filter((r) => wantsSingle(preferenceOf(r), kind));
      await sendAll(
        deps,
        wanted.map((recipient) => ({
          idempotencyKey: notification.idempotencyKey,
          recipient: recipient.address,
          kind,
          needId: notification.needId,
          mail: caseMail(notification, facts, recipient.audience, { settingsUrl, levelTitle: level?.title }),
        })),
      );
    },
  };
}

/** Several notifiers in turn (e.g. mail, and a record kept by tests). */
export const allOf = (...notifiers: Notifier[]): Notifier => ({
  async send(notification) {
    for (const notifier of notifiers) await notifier.send(notification);
  },
});
