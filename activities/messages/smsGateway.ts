import { ApplicationFailure } from '@temporalio/activity';
import type { PrismaClient } from '../../prisma/client';
import type { MessageChannel } from './channel';
import { keepMessage } from './localChannel';

/**
 * An SMS gateway reached by HTTP POST JSON { id, to, text } with the key as a Bearer token. The id
 * lets the gateway drop a repeat after a retry. A copy is kept locally for the campaign report.
 */
export function smsGatewayChannel(prisma: PrismaClient, url: string, key: string | undefined): MessageChannel {
  return {
    name: 'SMS',
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key && { authorization: `Bearer ${key}` }) },
        body: JSON.stringify({ id: message.id, to: message.phone, text: message.text }),
        signal: AbortSignal.timeout(10_000),
      });
      // A refused request (bad number, bad key) will be refused again; a server error may pass later.
      if (response.status >= 400 && response.status < 500) {
        await keepMessage(prisma, 'SMS', message, `REFUSED ${response.status}`);
        throw ApplicationFailure.nonRetryable(`SMS gateway refused the message: HTTP ${response.status}`, 'SmsRefused');
      }
      if (!response.ok) throw new Error(`SMS gateway answered HTTP ${response.status}`);
      await keepMessage(prisma, 'SMS', message, 'SENT');
    },
  };
}
