import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * The embedded default's mail server: accepts every message on 127.0.0.1 and keeps it as an .eml
 * file in `dir` (newest names sort last), where admins read it in the workspace. Never relays.
 * Listens on `port`, or on a free port when that one is taken; the returned url says which.
 */
export async function startLocalMailServer(dir: string, port = 0): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'Социальный паспорт: локальная почта',
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
        writeFile(path.join(dir, name), Buffer.concat(chunks)).then(() => callback(), callback);
      });
    },
  });
  const listen = (on: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(on, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  // The usual port makes the address easy to remember; when something else holds it, any free one will do.
  await listen(port).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EADDRINUSE' || port === 0) throw err;
    return listen(0);
  });
  // smtp-server reports a connection broken in the middle of a message as an 'error' event: unheard, it would end the process.
  server.on('error', (err: Error) => console.warn(`local mail server: ${err.message}`));
  const { port: actual } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
