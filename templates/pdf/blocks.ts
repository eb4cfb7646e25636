import type { PrintDocument } from './printDocument';
import { MARGIN, pageBottom } from './printDocument';

/** A section heading, kept with at least a few lines of what follows it. */
export function heading(doc: PrintDocument, text: string): void {
  if (doc.y + 60 > pageBottom(doc)) doc.addPage();
  doc.moveDown(0.6);
  doc.font('Bold').fontSize(12).fillColor('black').text(text, MARGIN, doc.y);
  doc.moveDown(0.3);
  doc.font('Regular').fontSize(10);
}

/** "Label: value" lines. */
export function facts(doc: PrintDocument, pairs: [string, string][]): void {
  for (const [label, value] of pairs) {
    doc.font('Bold').fontSize(10).text(`${label}: `, MARGIN, doc.y, { continued: true });
    doc.font('Regular').text(value || '—');
  }
}

/** A paragraph of free text (a report, a comment). */
export function paragraph(doc: PrintDocument, text: string): void {
  doc
    .font('Regular')
    .fontSize(10)
    .text(text || '—', MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN });
}
