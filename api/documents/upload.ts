import { randomUUID } from 'node:crypto';
import { filetypemime } from 'magic-bytes.js';
import type { Actor, CaseDocument } from '../../shared/needCase';
import { needWorkflowId } from '../../shared/needCase';
import { documentUploadSchema } from '../../shared/schemas/need';
import { normalizeText, textProblem } from '../../shared/schemas/text';
import { attachDocumentUpdate } from '../../workflows/needCase';
import type { ApiContext } from '../context';
import { HttpError, ServiceUnavailable, unprocessable } from '../http/errors';
import { parseBody } from '../http/validate';
import { withinUpdateDeadline } from '../needs/updateDeadline';
import { caseActor, loadOpenNeed } from '../needs/view';
import type { DocumentStore } from './storage';

/** Types we accept, decided by the bytes, never by the name or the client's Content-Type. */
export const ACCEPTED_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'] as const;

export function sniffMimeType(bytes: Buffer): string | undefined {
  const candidates = filetypemime(bytes.subarray(0, 4096));
  return ACCEPTED_MIME_TYPES.find((mime) => candidates.includes(mime));
}

/**
 * The name as the user's computer gave it, or why it is refused: a name is shown and offered back
 * on download, so one that names a path or hides control or bidi characters is not accepted at all.
 */
export function fileNameProblem(name: string): string | null {
  const trimmed = normalizeText(name, 'line');
  if (!trimmed) return 'У файла нет имени';
  if (/[/\\]/.test(trimmed) || trimmed === '.' || trimmed === '..' || trimmed.startsWith('..')) {
    return 'Имя файла не должно содержать путь (/, \\ или ..)';
  }
  const problem = textProblem(trimmed, 'line');
  if (problem) return `Имя файла: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`;
  if (trimmed.length > 255) return 'Имя файла длиннее 255 символов';
  return null;
}

/** Checks an upload, stores its bytes and attaches it to the case (as a new document or a new version). */
export async function uploadCaseDocument(
  ctx: ApiContext,
  store: DocumentStore,
  actor: Actor,
  needId: string,
  fields: unknown,
  file: Express.Multer.File | undefined,
): Promise<CaseDocument> {
  const need = await loadOpenNeed(ctx.prisma, actor, needId);
  const { kind, replaces } = parseBody(documentUploadSchema, fields);
  if (!file) throw unprocessable({ file: 'Приложите файл' });
  const nameProblem = fileNameProblem(file.originalname);
  if (nameProblem) throw unprocessable({ file: nameProblem });
  if (file.size === 0) throw unprocessable({ file: 'Файл пустой' });
  const mimeType = sniffMimeType(file.buffer);
  if (!mimeType)
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Допустимы PDF, PNG, JPEG или TIFF', {
      file: 'Содержимое файла не PDF, PNG, JPEG или TIFF',
    });

  const stored = await store.put(file.buffer);
  const document: CaseDocument = {
    id: randomUUID(),
    kind,
    fileName: normalizeText(file.originalname, 'line'),
    mimeType,
    ...stored,
    replacesId: replaces ?? null,
  };
  try {
    const handle = ctx.temporal.workflow.getHandle(needWorkflowId(needId));
    const state = await withinUpdateDeadline(ctx, () =>
      handle.executeUpdate(attachDocumentUpdate, { args: [{ document, actor: caseActor(actor, need) }] }),
    );
    return state.documents.find((d) => d.id === document.id) ?? document;
  } catch (err) {
    // Refused by the case: keep nothing, unless the same bytes already belong to a document. Past the
    // deadline the case may still take the document later, so its bytes stay.
    const referenced = await ctx.prisma.document.count({ where: { sha256: stored.sha256 } });
    if (referenced === 0 && !(err instanceof ServiceUnavailable)) await store.remove(stored.storageKey);
    throw err;
  }
}
