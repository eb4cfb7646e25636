import PDFDocument from 'pdfkit';
import { drawCaseHistoryExtract } from '../templates/pdf/caseHistoryExtract';
import { renderPdf } from '../templates/pdf/render';
import { percentile } from './stats';

const events = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    at: new Date(Date.UTC(2026, 10, 1, 6, i)).toISOString(),
    type: i % 3 === 0 ? 'COMMENTED' : 'REMINDER',
    actor: `Исполнитель №${(i % 40) + 1}`,
    details: `Строка ${i + 1}: позвонили семье, уточнили состав семьи и доходы за последние три месяца`,
  }));

const meta = {
  title: 'Выписка из истории дела',
  generatedAt: new Date(),
  generatedBy: { fullName: 'Проверкин Иван Петрович', role: 'AUDITOR' },
};

/** The same lines as plain text through pdfkit with the same font: no table, no page logic, no footer. */
function plainText(rows: ReturnType<typeof events>): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    doc.font(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')).fontSize(8.5);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (const r of rows) doc.text(`${r.at} ${r.type} ${r.actor} ${r.details}`);
    doc.end();
  });
}

async function timed(runs: number, render: () => Promise<Buffer>) {
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    size = (await render()).length;
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), size };
}

/** (c) A long history extract as a printable form, against pdfkit writing the same lines as plain text. */
export async function measurePdf(rowsCount: number, runs: number) {
  const rows = events(rowsCount);
  await renderPdf(meta, (doc) =>
    drawCaseHistoryExtract(doc, { caseNumber: 'BENCH', measure: 'м', organisation: 'о', status: 'IN_PROGRESS', events: rows }),
  );
  const form = await timed(runs, () =>
    renderPdf(meta, (doc) =>
      drawCaseHistoryExtract(doc, { caseNumber: 'BENCH', measure: 'м', organisation: 'о', status: 'IN_PROGRESS', events: rows }),
    ),
  );
  const plain = await timed(runs, () => plainText(rows));
  // The process's peak resident memory (KB → MB), run first: the whole PDF is held in memory until sent.
  return { form, plain, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}
