import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Content-addressed file storage on the filesystem: the key is the sha256 of the bytes. */
export interface StoredFile {
  storageKey: string;
  sha256: string;
  size: number;
}

export function createFileStore(root: string) {
  const pathOf = (storageKey: string) => path.join(root, storageKey);
  return {
    async put(bytes: Buffer): Promise<StoredFile> {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const storageKey = path.join(sha256.slice(0, 2), sha256.slice(2, 4), sha256);
      const target = pathOf(storageKey);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a reader never sees a half-written file.
      const temporary = `${target}.${randomUUID()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, target);
      return { storageKey, sha256, size: bytes.length };
    },
    async remove(storageKey: string): Promise<void> {
      await rm(pathOf(storageKey), { force: true });
    },
    pathOf,
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
