import PDFDocument from 'pdfkit';

/** A small real PDF standing in for a scanned supporting document in the demo data. */
export function demoDocumentPdf(title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: title } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(14).text(`Demo supporting document: ${title}`);
    doc.end();
  });
}
