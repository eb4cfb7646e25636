import PDFDocument from 'pdfkit';
import { ROLE_NAMES, inSentence, nameOf } from '../../shared/domainNames';
import { printDateTime } from './labels';

/** A4 with room for the footer; every form starts from here and ends with finishPrint(). */
export type PrintDocument = PDFKit.PDFDocument;

export interface PrintMeta {
  title: string;
  generatedAt: Date;
  /** role '' for the system itself */
  generatedBy: { fullName: string; role: string };
  /** Wide lists (issue 13) print on A4 landscape. */
  layout?: 'portrait' | 'landscape';
}

// The fonts travel with the code (npm package dejavu-fonts-ttf): full Cyrillic, embedded in every PDF.
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export const MARGIN = 50;
const FOOTER_HEIGHT = 30;

export function createPrintDocument(meta: PrintMeta): PrintDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: meta.layout ?? 'portrait',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT },
    bufferPages: true,
    info: { Title: meta.title, Author: meta.generatedBy.fullName, Creator: 'Социальный паспорт', CreationDate: meta.generatedAt },
    lang: 'ru-RU',
  });
  doc.registerFont('Regular', FONT_REGULAR);
  doc.registerFont('Bold', FONT_BOLD);
  doc.font('Bold').fontSize(15).text(meta.title, { align: 'left' });
  doc.moveDown(0.5);
  doc.font('Regular').fontSize(10);
  return doc;
}

/** The lowest y a line of text may start at on the current page. */
export const pageBottom = (doc: PrintDocument) => doc.page.height - doc.page.margins.bottom;

/** Page numbers, the generation date (Samara time) and who generated it on every page; then the end. */
export function finishPrint(doc: PrintDocument, meta: PrintMeta): void {
  const { start, count } = doc.bufferedPageRange();
  // A form the system makes on its own (a scheduled report) has no role to name.
  const by = meta.generatedBy.role
    ? `${meta.generatedBy.fullName}, ${inSentence(nameOf(ROLE_NAMES, meta.generatedBy.role))}`
    : meta.generatedBy.fullName;
  const generated = `Сформировано ${printDateTime(meta.generatedAt)} (время самарское, Europe/Samara) — ${by}`;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the footer must not start a new page
    const y = doc.page.height - MARGIN - 12;
    const width = doc.page.width - 2 * MARGIN;
    doc.font('Regular').fontSize(8).fillColor('#555555');
    // Up to two lines beside the page number: a long name wraps instead of running into it.
    doc.text(generated, MARGIN, y, { width: width - 80, height: 20, ellipsis: true });
    doc.text(`Стр. ${i - start + 1} из ${count}`, MARGIN, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
}
