import { facts, heading, paragraph } from './blocks';
import { printDate, printDay } from './labels';
import type { PrintDocument } from './printDocument';
import { table } from './table';

export interface SupportActData {
  caseNumber: string;
  person: string;
  measure: string;
  organisation: string;
  registeredAt: string;
  supportDate: string;
  executor: string;
  report: string;
  documents: { fileName: string; kind: string; version: number; size: number; sha256: string }[];
}

/** The act of support provided for a resolved case, with the checksums of the documents it rests on. */
export function drawSupportAct(doc: PrintDocument, data: SupportActData): void {
  facts(doc, [
    ['Номер дела', data.caseNumber],
    ['Гражданин', data.person],
    ['Мера поддержки', data.measure],
    ['Орган власти', data.organisation],
    ['Потребность зарегистрирована', printDate(data.registeredAt)],
    ['Дата оказания поддержки', printDay(data.supportDate)],
    ['Исполнитель', data.executor],
  ]);
  heading(doc, 'Отчёт об оказанной поддержке');
  paragraph(doc, data.report);
  heading(doc, 'Документы');
  table(
    doc,
    [
      { header: 'Файл', width: 0.24 },
      { header: 'Вид', width: 0.16 },
      { header: 'Версия', width: 0.1, align: 'right' },
      { header: 'Размер, байт', width: 0.12, align: 'right' },
      { header: 'SHA-256', width: 0.38 },
    ],
    data.documents.map((d) => [d.fileName, d.kind, String(d.version), String(d.size), d.sha256]),
    'Документы не приложены',
  );
  doc.moveDown(2);
  doc.font('Regular').fontSize(10).text('Исполнитель ____________________ / ____________________ /');
}
