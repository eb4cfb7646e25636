import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  envelopeTo: string[];
  parsed: ParsedMail;
}

/**
 * A real SMTP server in this process that parses every message it receives (smtp-server + mailparser).
 * Addresses in `refuse` are answered 550, as a server answers for a mailbox that does not exist.
 */
export async function startMailCatcher({ refuse = [] }: { refuse?: string[] } = {}) {
  const caught: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onRcptTo(address, _session, callback) {
      if (!refuse.includes(address.address)) return callback();
      callback(Object.assign(new Error('Нет такого почтового ящика'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          caught.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    caught,
    to: (address: string) => caught.filter((m) => m.envelopeTo.includes(address)),
    clear: () => caught.splice(0, caught.length),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
