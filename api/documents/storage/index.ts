import type { Config } from '../../../shared/config';
import type { DocumentStore } from './documentStore';
import { createFileSystemStore } from './fileSystemStore';
import { createS3Store } from './s3Store';

/** The store the configuration names: the filesystem unless DOCUMENT_STORE=s3. */
export function documentStoreFrom(config: Config): DocumentStore {
  if (config.DOCUMENT_STORE === 's3') {
    return createS3Store({
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      bucket: config.S3_BUCKET as string,
      accessKeyId: config.S3_ACCESS_KEY_ID as string,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY as string,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return createFileSystemStore(config.FILE_STORAGE_ROOT);
}

export type { DocumentStore, StoredFile } from './documentStore';
export { StoredFileMissing } from './documentStore';
