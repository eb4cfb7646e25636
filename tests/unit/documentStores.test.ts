import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import type { AddressInfo } from 'node:net';
import type { DocumentStore } from '../../api/documents/storage';
import { StoredFileMissing } from '../../api/documents/storage';
import { contentKey } from '../../api/documents/storage/documentStore';
import { createFileSystemStore } from '../../api/documents/storage/fileSystemStore';
import { createS3Store } from '../../api/documents/storage/s3Store';

// s3rver: an S3-compatible server in this process, so the S3 store is tested against the real protocol.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: object) => { run(): Promise<AddressInfo>; close(): Promise<void> };

let folder: string;
let s3: { close(): Promise<void> };
const stores: Record<string, DocumentStore> = {};
// Where each store spools a stream before it knows the checksum.
const temporaryFiles: Record<string, () => Promise<string[]>> = {
  filesystem: () => readdir(path.join(folder, 'files', 'incoming')),
  s3: async () => (await readdir(os.tmpdir())).filter((f) => f.startsWith('sp-document-')),
};

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'sp-stores-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: path.join(folder, 's3'),
    configureBuckets: [{ name: 'documents' }],
  });
  const { port } = await server.run();
  s3 = server;
  stores.filesystem = createFileSystemStore(path.join(folder, 'files'));
  stores.s3 = createS3Store({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket: 'documents',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  });
});

afterAll(async () => {
  await s3?.close();
  await rm(folder, { recursive: true, force: true });
});

describe.each(['filesystem', 's3'])('the %s document store', (name) => {
  it('stores bytes under their checksum and streams them back', async () => {
    const bytes = Buffer.from(`Справка о составе семьи (${name})`);
    const stored = await stores[name].put(bytes);
    expect(stored.size).toBe(bytes.length);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.storageKey).toBe(`${stored.sha256.slice(0, 2)}/${stored.sha256.slice(2, 4)}/${stored.sha256}`);
    expect(await text(await stores[name].open(stored.storageKey))).toBe(bytes.toString());
  });

  it('stores a stream without knowing its length, under the same key as the same bytes given whole', async () => {
    const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(16 * 1024, i));
    const whole = Buffer.concat(chunks);
    const streamed = await stores[name].put(Readable.from(chunks));
    expect(streamed).toEqual({
      storageKey: expect.any(String),
      sha256: createHash('sha256').update(whole).digest('hex'),
      size: whole.length,
    });
    expect(await stores[name].put(whole)).toEqual(streamed);
    expect(Buffer.compare(await buffer(await stores[name].open(streamed.storageKey)), whole)).toBe(0);
  });

  it('stores nothing when the stream breaks', async () => {
    const broken = Readable.from(
      (async function* () {
        yield Buffer.from('начало документа');
        throw new Error('соединение оборвалось');
      })(),
    );
    await expect(stores[name].put(broken)).rejects.toThrow('соединение оборвалось');
    const key = contentKey(createHash('sha256').update('начало документа').digest('hex'));
    await expect(stores[name].open(key)).rejects.toBeInstanceOf(StoredFileMissing);
    expect(await temporaryFiles[name]()).toEqual([]);
  });

  it('stores the same bytes once and removes them', async () => {
    const bytes = Buffer.from(`одинаковые байты ${name}`);
    const first = await stores[name].put(bytes);
    const second = await stores[name].put(bytes);
    expect(second.storageKey).toBe(first.storageKey);
    await stores[name].remove(first.storageKey);
    await expect(stores[name].open(first.storageKey)).rejects.toBeInstanceOf(StoredFileMissing);
  });
});
