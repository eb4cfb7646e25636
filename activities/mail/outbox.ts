import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { Transporter } from 'nodemailer';
import type { PrismaClient } from '../../prisma/client';
import type { RenderedMail } from '../../templates/email/render';
import { failIfRefused } from '../databaseFailures';

export interface OutgoingMail {
  idempotencyKey: string;
  recipient: string;
  kind: string;
  needId?: string | null;
  mail: RenderedMail;
  /** Files sent with the mail (the weekly report's PDF and workbook); never stored in the outbox. */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** The same key and recipient always give the same Message-ID, so a receiving server can drop a duplicate. */
export const messageIdOf = (idempotencyKey: string, recipient: string) =>
  `<${createHash('sha256').update(`${idempotencyKey}|${recipient}`).digest('hex').slice(0, 40)}@social-passport>`;

/**
 * Sends a mail at most once per (idempotency key, recipient): the outbox row is written first, and a
 * row already SENT is never sent again, whoever retries or replays the activity. Only the moment
 * between the SMTP answer and marking the row remains; the deterministic Message-ID covers it.
 */
export async function sendOnce(
  deps: { prisma: PrismaClient; transport: Transporter; from: string },
  out: OutgoingMail,
): Promise<'sent' | 'already-sent'> {
  const { prisma, transport, from } = deps;
  const key = { idempotencyKey: out.idempotencyKey, recipient: out.recipient };
  const messageId = messageIdOf(out.idempotencyKey, out.recipient);
  await prisma.mailOutbox
    .createMany({
      data: [{ ...key, kind: out.kind, needId: out.needId ?? null, subject: out.mail.subject, messageId }],
      skipDuplicates: true,
    })
    .catch(failIfRefused);
  const row = await prisma.mailOutbox.findUniqueOrThrow({ where: { idempotencyKey_recipient: key } });
  if (row.status === 'SENT') return 'already-sent';
  try {
    await transport.sendMail({
      from,
      to: out.recipient,
      subject: out.mail.subject,
      html: out.mail.html,
      text: out.mail.text,
      messageId,
      attachments: out.attachments ?? [],
    });
  } catch (err) {
    const code = (err as { responseCode?: number }).responseCode ?? 0;
    const permanent = code >= 500 && code < 600;
    await prisma.mailOutbox.update({
      where: { id: row.id },
      data: {
        attempts: { increment: 1 },
        lastError: String((err as Error).message).slice(0, 500),
        status: permanent ? 'FAILED' : 'PENDING',
      },
    });
    // A mailbox the server refuses will not start working on a retry.
    if (permanent) throw ApplicationFailure.nonRetryable(`Почтовый сервер отклонил письмо: ${code}`, 'MailRejected');
    throw err;
  }
  await prisma.mailOutbox.update({ where: { id: row.id }, data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 } } });
  return 'sent';
}

/**
 * Sends each mail once, every one attempted even when another fails, so that one address the
 * server refuses keeps no one else from theirs. Then fails as a retry would help: with a passing
 * error if there was one (the mails already SENT are skipped on the retry), else the refusal.
 */
export async function sendAll(deps: { prisma: PrismaClient; transport: Transporter; from: string }, outs: OutgoingMail[]): Promise<number> {
  let sent = 0;
  const failures: unknown[] = [];
  for (const out of outs) {
    try {
      if ((await sendOnce(deps, out)) === 'sent') sent += 1;
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length === 0) return sent;
  throw failures.find((err) => !(err instanceof ApplicationFailure && err.nonRetryable)) ?? failures[0];
}
