import type { PrismaClient } from '../../prisma/client';
import { smsLength } from '../../shared/campaigns/smsSegments';
import type { MessageChannel, OutgoingMessage } from './channel';

/** Records a message once by its id (a retried send finds it); `status` tells whether it left the system. */
export async function keepMessage(prisma: PrismaClient, channel: string, message: OutgoingMessage, status: string) {
  await prisma.message.upsert({
    where: { id: message.id },
    create: {
      id: message.id,
      channel,
      recipient: message.phone,
      personId: message.personId,
      campaignId: message.campaignId,
      text: message.text,
      segments: smsLength(message.text).segments,
      status,
    },
    update: { status },
  });
}

/** The embedded default: every message is kept in the Message table, where admins read it. */
export function localChannel(prisma: PrismaClient): MessageChannel {
  return { name: 'LOCAL', send: (message) => keepMessage(prisma, 'LOCAL', message, 'KEPT') };
}
