import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { DocumentStore } from './documentStore';
import { StoredFileMissing, contentKey } from './documentStore';
import { spoolToFile } from './spool';

/** Content-addressed files under a root folder. */
export function createFileSystemStore(root: string): DocumentStore {
  const pathOf = (storageKey: string) => path.join(root, ...storageKey.split('/'));
  const incoming = path.join(root, 'incoming');
  return {
    async put(content) {
      // Write to a temporary file beside the store, then rename: a reader never sees a half-written file.
      await mkdir(incoming, { recursive: true });
      const temporary = path.join(incoming, `${randomUUID()}.tmp`);
      const { sha256, size } = await spoolToFile(Buffer.isBuffer(content) ? Readable.from([content]) : content, temporary);
      const storageKey = contentKey(sha256);
      const target = pathOf(storageKey);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(temporary, target);
      return { storageKey, sha256, size };
    },
    async open(storageKey) {
      const file = pathOf(storageKey);
      await access(file).catch(() => {
        throw new StoredFileMissing(storageKey);
      });
      return createReadStream(file);
    },
    async remove(storageKey) {
      await rm(pathOf(storageKey), { force: true });
    },
  };
}
