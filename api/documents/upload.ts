import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { filetypemime } from 'magic-bytes.js';
import type { Actor, CaseDocument } from '../../shared/needCase';
import { needWorkflowId } from '../../shared/needCase';
import { documentUploadSchema } from '../../shared/schemas/need';
import { attachDocumentUpdate } from '../../workflows/needCase';
import type { ApiContext } from '../context';
import { HttpError, unprocessable } from '../http/errors';
import { parseBody } from '../http/validate';
import { loadOpenNeed } from '../needs/view';
import type { FileStore } from './fileStore';

/** Types we accept, decided by the bytes, never by the name or the client's Content-Type. */
export const ACCEPTED_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'] as const;

export function sniffMimeType(bytes: Buffer): string | undefined {
  const candidates = filetypemime(bytes.subarray(0, 4096));
  return ACCEPTED_MIME_TYPES.find((mime) => candidates.includes(mime));
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** The last path segment only, without control characters: names are shown, never used as paths. */
export function safeFileName(original: string): string {
  const base = path.basename(original.replace(/\\/g, '/')).replace(CONTROL_CHARACTERS, '').trim();
  return base && base !== '.' && base !== '..' ? base.slice(0, 255) : 'document';
}

export async function uploadCaseDocument(
  ctx: ApiContext,
  store: FileStore,
  actor: Actor,
  needId: string,
  fields: unknown,
  file: Express.Multer.File | undefined,
): Promise<CaseDocument> {
  await loadOpenNeed(ctx.prisma, actor, needId);
  const { kind } = parseBody(documentUploadSchema, fields);
  if (!file) throw unprocessable({ file: 'Приложите файл' });
  if (file.size === 0) throw unprocessable({ file: 'Файл пустой' });
  const mimeType = sniffMimeType(file.buffer);
  if (!mimeType)
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Допустимы PDF, PNG, JPEG или TIFF', { file: 'Недопустимый тип файла' });

  const stored = await store.put(file.buffer);
  const document: CaseDocument = { id: randomUUID(), kind, fileName: safeFileName(file.originalname), mimeType, ...stored };
  try {
    await ctx.temporal.workflow.getHandle(needWorkflowId(needId)).executeUpdate(attachDocumentUpdate, { args: [{ document, actor }] });
  } catch (err) {
    // Refused by the case: keep nothing, unless the same bytes already belong to a document.
    const referenced = await ctx.prisma.document.count({ where: { sha256: stored.sha256 } });
    if (referenced === 0) await store.remove(stored.storageKey);
    throw err;
  }
  return document;
}
