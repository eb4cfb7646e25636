import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { DocumentStore, StoredFile } from './documentStore';
import { StoredFileMissing, contentKey } from './documentStore';
import { spoolToFile } from './spool';

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/** Content-addressed objects in an S3-compatible bucket (MinIO, Yandex Object Storage, Ceph...). */
export function createS3Store(settings: S3Settings): DocumentStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
  });
  const Bucket = settings.bucket;
  async function putObject(Body: Buffer | Readable, { sha256, size }: { sha256: string; size: number }): Promise<StoredFile> {
    const storageKey = contentKey(sha256);
    await client.send(new PutObjectCommand({ Bucket, Key: storageKey, Body, ContentLength: size }));
    return { storageKey, sha256, size };
  }
  return {
    async put(content) {
      if (Buffer.isBuffer(content)) {
        const sha256 = createHash('sha256').update(content).digest('hex');
        return putObject(content, { sha256, size: content.length });
      }
      // The key is the checksum, known only at the end: spool to a local file, then send that.
      const temporary = path.join(os.tmpdir(), `sp-document-${randomUUID()}.tmp`);
      try {
        const measured = await spoolToFile(content, temporary);
        return await putObject(createReadStream(temporary), measured);
      } finally {
        await rm(temporary, { force: true });
      }
    },
    async open(storageKey) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: storageKey }));
        return object.Body as Readable;
      } catch (err) {
        if (err instanceof NoSuchKey || (err as { name?: string }).name === 'NoSuchKey') throw new StoredFileMissing(storageKey);
        throw err;
      }
    },
    async remove(storageKey) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: storageKey }));
    },
  };
}
