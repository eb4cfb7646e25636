import type { PrismaClient } from '../../prisma/client';
import type { MessageChannel } from './channel';
import { localChannel } from './localChannel';
import { smsGatewayChannel } from './smsGateway';

/** The SMS gateway when one is configured, else the embedded local store. */
export function messageChannelFor(prisma: PrismaClient, config: { SMS_GATEWAY_URL?: string; SMS_GATEWAY_KEY?: string }): MessageChannel {
  return config.SMS_GATEWAY_URL ? smsGatewayChannel(prisma, config.SMS_GATEWAY_URL, config.SMS_GATEWAY_KEY) : localChannel(prisma);
}
