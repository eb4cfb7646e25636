import type { Readable } from 'node:stream';
import type { Actor } from '../../shared/needCase';
import { needWorkflowId } from '../../shared/needCase';
import { removeDocumentUpdate } from '../../workflows/needCase';
import type { ApiContext } from '../context';
import { HttpError, notFound } from '../http/errors';
import { withinUpdateDeadline } from '../needs/updateDeadline';
import { caseActor, loadNeed, loadOpenNeed } from '../needs/view';
import type { DocumentStore } from './storage';
import { StoredFileMissing } from './storage';
import { documentView } from './documentView';
import type { DocumentView } from './documentView';

/** A case's documents: every version, deleted ones flagged, for whoever may read the case. */
export function createDocumentService(ctx: ApiContext, store: DocumentStore) {
  async function documentOf(actor: Actor, needId: string, documentId: string) {
    await loadNeed(ctx.prisma, actor, needId);
    const document = await ctx.prisma.document.findFirst({ where: { id: documentId, needId } });
    if (!document) throw notFound('Документ');
    return document;
  }

  return {
    async list(actor: Actor, needId: string): Promise<DocumentView[]> {
      await loadNeed(ctx.prisma, actor, needId);
      const rows = await ctx.prisma.document.findMany({ where: { needId }, orderBy: [{ uploadedAt: 'asc' }, { version: 'asc' }] });
      return rows.map(documentView);
    },

    /** The document and its bytes as a stream, for a download. */
    async open(actor: Actor, needId: string, documentId: string): Promise<{ document: DocumentView; content: Readable }> {
      const document = await documentOf(actor, needId, documentId);
      try {
        return { document: documentView(document), content: await store.open(document.storageKey) };
      } catch (err) {
        if (err instanceof StoredFileMissing) throw new HttpError(410, 'GONE', 'Файл документа отсутствует в хранилище');
        throw err;
      }
    },

    /** Soft delete through the case, which refuses it once the case is closed. */
    async remove(actor: Actor, needId: string, documentId: string): Promise<DocumentView> {
      const need = await loadOpenNeed(ctx.prisma, actor, needId);
      await documentOf(actor, needId, documentId);
      const handle = ctx.temporal.workflow.getHandle(needWorkflowId(needId));
      await withinUpdateDeadline(ctx, () =>
        handle.executeUpdate(removeDocumentUpdate, { args: [{ documentId, actor: caseActor(actor, need) }] }),
      );
      return documentView(await ctx.prisma.document.findUniqueOrThrow({ where: { id: documentId } }));
    },
  };
}
