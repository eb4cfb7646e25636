import { pipeline } from 'node:stream/promises';
import type { Router } from 'express';
import multer from 'multer';
import { guardedRouter } from '../access/guardedRouter';
import { documentUploadSchema } from '../../shared/schemas/need';
import { documentSchema } from '../../shared/schemas/views';
import { errorBodySchema, z } from '../../shared/schemas/zod';
import { DEFAULT_UPLOAD_MAX_BYTES } from '../../shared/config';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { parseId } from '../http/listParams';
import { describeRoute } from '../openapi/registry';
import { documentView } from './documentView';
import { createDocumentService } from './service';
import { documentStoreFrom } from './storage';
import { uploadCaseDocument } from './upload';

const params = z.object({ id: z.uuid() });
const documentParams = params.extend({ documentId: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const UPLOAD_LIMIT = `${DEFAULT_UPLOAD_MAX_BYTES / 1024 / 1024} MiB`;

describeRoute({
  method: 'post',
  path: '/api/needs/{id}/documents',
  summary: 'Upload a supporting document, or a new version of one (multipart: file, kind, replaces?)',
  description: `One PDF, PNG, JPEG or TIFF file (recognised by its content) of at most UPLOAD_MAX_BYTES bytes, ${UPLOAD_LIMIT} unless the deployment sets another limit.`,
  request: {
    params,
    body: {
      content: {
        'multipart/form-data': {
          schema: documentUploadSchema.extend({
            file: z
              .string()
              .openapi({ format: 'binary', description: `PDF, PNG, JPEG or TIFF, at most UPLOAD_MAX_BYTES (${UPLOAD_LIMIT} by default)` }),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Stored and attached to the case', ...json(documentSchema) },
    413: { description: `File larger than UPLOAD_MAX_BYTES (${UPLOAD_LIMIT} by default)`, ...json(errorBodySchema) },
    415: { description: 'Content is not PDF, PNG, JPEG or TIFF, or the body is not multipart/form-data', ...json(errorBodySchema) },
    422: { description: 'Empty file, a path in the name, or an unknown document to replace', ...json(errorBodySchema) },
  },
});
describeRoute({
  method: 'get',
  path: '/api/needs/{id}/documents',
  summary: "Every version of the case's documents, deleted ones flagged",
  request: { params },
  responses: { 200: { description: 'Documents, oldest first', ...json(z.array(documentSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/needs/{id}/documents/{documentId}/content',
  summary: 'Download a document (streamed; Content-Disposition per RFC 6266)',
  request: { params: documentParams },
  responses: {
    200: { description: 'The stored bytes', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } },
    410: { description: 'The file is missing from the store', ...json(errorBodySchema) },
  },
});
describeRoute({
  method: 'delete',
  path: '/api/needs/{id}/documents/{documentId}',
  summary: 'Delete a document softly (refused once the case is closed)',
  request: { params: documentParams },
  responses: {
    200: { description: 'The document, now marked deleted', ...json(documentSchema) },
    409: { description: 'The case is closed', ...json(errorBodySchema) },
  },
});

/** Case documents: upload with versions, listing, streamed download and soft delete; every step audited. */
export function createDocumentsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const store = documentStoreFrom(ctx.config);
  const documents = createDocumentService(ctx, store);
  // defParamCharset: browsers send Cyrillic file names as UTF-8, which busboy would otherwise read as Latin-1.
  // preservePath: a name that carries a path is refused with a message instead of being silently cut.
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: ctx.config.UPLOAD_MAX_BYTES, files: 1, fields: 5 },
    defParamCharset: 'utf8',
    preservePath: true,
  });
  const ids = (raw: Record<string, string>) => ({
    needId: parseId(raw.id, 'Потребность'),
    documentId: parseId(raw.documentId, 'Документ'),
  });

  router.post('/needs/:id/documents', upload.single('file'), async (req, res) => {
    const needId = parseId(req.params.id, 'Потребность');
    const document = await uploadCaseDocument(ctx, store, actorOf(req), needId, req.body, req.file);
    const { storageKey: _key, ...described } = document;
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'Document', entityId: document.id, changes: { needId, ...described } });
    // The case wrote the row before it answered: the same shape as the list.
    res.status(201).json(documentView(await ctx.prisma.document.findUniqueOrThrow({ where: { id: document.id } })));
  });
  router.get('/needs/:id/documents', async (req, res) => {
    const needId = parseId(req.params.id, 'Потребность');
    const list = await documents.list(actorOf(req), needId);
    await audit(ctx.prisma, req, { action: 'READ', entity: 'Document', entityId: null, changes: { needId } });
    res.json(list);
  });
  router.get('/needs/:id/documents/:documentId/content', async (req, res) => {
    const { needId, documentId } = ids(req.params);
    const { document, content } = await documents.open(actorOf(req), needId, documentId);
    await audit(ctx.prisma, req, {
      action: 'DOWNLOAD',
      entity: 'Document',
      entityId: documentId,
      changes: { needId, version: document.version },
    });
    res.attachment(document.fileName); // filename="…" plus filename*=UTF-8''… for Cyrillic names (RFC 6266)
    res.type(document.mimeType);
    res.set({ 'Content-Length': String(document.size), 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' });
    await pipeline(content, res);
  });
  router.delete('/needs/:id/documents/:documentId', async (req, res) => {
    const { needId, documentId } = ids(req.params);
    const document = await documents.remove(actorOf(req), needId, documentId);
    await audit(ctx.prisma, req, {
      action: 'DELETE',
      entity: 'Document',
      entityId: documentId,
      changes: { needId, fileName: document.fileName },
    });
    res.json(document);
  });
  return router;
}
