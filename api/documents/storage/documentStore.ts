import type { Readable } from 'node:stream';

/** Where a stored file lives: the key is derived from the bytes (sha256), so equal files are stored once. */
export interface StoredFile {
  storageKey: string;
  sha256: string;
  size: number;
}

/** The document store behind case documents: the filesystem by default, or an S3-compatible bucket. */
export interface DocumentStore {
  /** Stores bytes given whole or as a stream (a stream is never held in memory). */
  put(content: Buffer | Readable): Promise<StoredFile>;
  /** The stored bytes as a stream; fails with StoredFileMissing when there is nothing under the key. */
  open(storageKey: string): Promise<Readable>;
  remove(storageKey: string): Promise<void>;
}

export class StoredFileMissing extends Error {}

export const contentKey = (sha256: string) => `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
