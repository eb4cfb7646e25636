import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { notFound } from '../http/errors';

const MESSAGE_ID = /^[\w-]+$/;

/** The messages the local mail server kept, newest first: what admins read in the workspace. */
export function createMailbox(dir: string) {
  async function files(): Promise<string[]> {
    const names = await readdir(dir).catch(() => [] as string[]);
    return names
      .filter((n) => n.endsWith('.eml'))
      .sort()
      .reverse();
  }
  async function parse(name: string) {
    return simpleParser(await readFile(path.join(dir, name)));
  }
  const addresses = (value: unknown) =>
    ([] as { text?: string }[])
      .concat((value as { text?: string } | { text?: string }[] | undefined) ?? [])
      .map((a) => a.text ?? '')
      .join(', ');

  return {
    async page(skip: number, take: number) {
      const all = await files();
      const items = await Promise.all(
        all.slice(skip, skip + take).map(async (name) => {
          const mail = await parse(name);
          return {
            id: name.replace(/\.eml$/, ''),
            date: (mail.date ?? (await stat(path.join(dir, name))).mtime).toISOString(),
            from: addresses(mail.from),
            to: addresses(mail.to),
            subject: mail.subject ?? '',
          };
        }),
      );
      return { items, total: all.length };
    },
    async message(id: string) {
      if (!MESSAGE_ID.test(id)) throw notFound('Письмо');
      const mail = await parse(`${id}.eml`).catch(() => {
        throw notFound('Письмо');
      });
      return {
        id,
        date: mail.date?.toISOString() ?? null,
        from: addresses(mail.from),
        to: addresses(mail.to),
        subject: mail.subject ?? '',
        messageId: mail.messageId ?? null,
        text: mail.text ?? '',
        html: typeof mail.html === 'string' ? mail.html : '',
      };
    },
  };
}
