import type { PrintDocument, PrintMeta } from './printDocument';
import { createPrintDocument, finishPrint } from './printDocument';

/** Draws a form onto a fresh A4 document and returns the finished PDF. */
export function renderPdf(meta: PrintMeta, draw: (doc: PrintDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = createPrintDocument(meta);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    finishPrint(doc, meta);
  });
}
