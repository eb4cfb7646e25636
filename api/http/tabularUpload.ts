import multer from 'multer';
import { unprocessable } from './errors';
import { readTabular, TabularFileError } from '../../shared/tabular/read';

/** The largest file a bulk import (register households, indicator values) takes. */
export const TABULAR_UPLOAD_MAX_BYTES = 64 * 1024 * 1024;

/** One CSV or XLSX file of a bulk import, kept in memory, with up to `fields` form fields beside it. */
export const tabularUpload = (fields: number) =>
  multer({ storage: multer.memoryStorage(), limits: { fileSize: TABULAR_UPLOAD_MAX_BYTES, files: 1, fields }, defParamCharset: 'utf8' });

/** The uploaded table, or a 422 naming what is wrong with the file as a whole. */
export async function readTabularUpload(buffer: Buffer, maxRows: number) {
  try {
    return await readTabular(buffer, { maxRows });
  } catch (err) {
    if (err instanceof TabularFileError) throw unprocessable({ file: err.message }, 'Файл не прочитан');
    throw err;
  }
}
