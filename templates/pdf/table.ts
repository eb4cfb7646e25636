import type { PrintDocument } from './printDocument';
import { MARGIN, pageBottom } from './printDocument';

export interface Column {
  header: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

const PADDING = 3;
const FONT_SIZE = 8.5;

function rowHeight(doc: PrintDocument, cells: string[], widths: number[], font: 'Regular' | 'Bold'): number {
  doc.font(font).fontSize(FONT_SIZE);
  return Math.max(...cells.map((cell, i) => doc.heightOfString(cell || '—', { width: widths[i] - 2 * PADDING }))) + 2 * PADDING;
}

function drawRow(doc: PrintDocument, cells: string[], columns: Column[], widths: number[], y: number, header: boolean): number {
  const height = rowHeight(doc, cells, widths, header ? 'Bold' : 'Regular');
  let x = MARGIN;
  if (header)
    doc
      .rect(
        MARGIN,
        y,
        widths.reduce((a, b) => a + b, 0),
        height,
      )
      .fill('#e8e8e8');
  doc
    .fillColor('black')
    .font(header ? 'Bold' : 'Regular')
    .fontSize(FONT_SIZE);
  cells.forEach((cell, i) => {
    doc.text(cell || '—', x + PADDING, y + PADDING, { width: widths[i] - 2 * PADDING, align: columns[i].align ?? 'left' });
    x += widths[i];
  });
  doc
    .moveTo(MARGIN, y + height)
    .lineTo(x, y + height)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  return height;
}

/**
 * A table that continues across pages: a row is never split, and the header row is repeated at the
 * top of every page the table runs onto. Without rows, the `empty` sentence stands in for it.
 */
export function table(doc: PrintDocument, columns: Column[], rows: string[][], empty: string): void {
  if (rows.length === 0) {
    doc.font('Regular').fontSize(10).fillColor('black').text(empty, MARGIN, doc.y);
    return;
  }
  const total = doc.page.width - 2 * MARGIN;
  const widths = columns.map((c) => c.width * total);
  const headers = columns.map((c) => c.header);
  let y = doc.y;
  if (y + rowHeight(doc, headers, widths, 'Bold') * 2 > pageBottom(doc)) {
    doc.addPage();
    y = doc.y;
  }
  y += drawRow(doc, headers, columns, widths, y, true);
  for (const row of rows) {
    if (y + rowHeight(doc, row, widths, 'Regular') > pageBottom(doc)) {
      doc.addPage();
      y = doc.page.margins.top;
      y += drawRow(doc, headers, columns, widths, y, true);
    }
    y += drawRow(doc, row, columns, widths, y, false);
  }
  doc.x = MARGIN;
  doc.y = y + 6;
}
