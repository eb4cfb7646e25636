import { deadlineDay } from '../../shared/caseWording';
import { facts, heading, paragraph } from './blocks';
import { printDateTime } from './labels';
import type { PrintDocument } from './printDocument';
import { table } from './table';

export interface AppealReceiptData {
  number: string;
  registeredAt: string;
  applicant: string;
  address: string;
  operator: string;
  needs: { caseNumber: string; person: string; measure: string; organisation: string; resolveDueAt: string | null }[];
}

/** The receipt (расписка) handed to the citizen: the appeal's number and every need it holds, with its case and deadline. */
export function drawAppealReceipt(doc: PrintDocument, data: AppealReceiptData): void {
  facts(doc, [
    ['Номер обращения', data.number],
    ['Дата и время приёма', printDateTime(data.registeredAt)],
    ['Заявитель', data.applicant],
    ['Адрес семьи', data.address],
  ]);
  heading(doc, `Принятые потребности (${data.needs.length})`);
  table(
    doc,
    [
      { header: '№', width: 0.05, align: 'right' },
      { header: 'Член семьи', width: 0.22 },
      { header: 'Мера поддержки', width: 0.3 },
      { header: 'Исполнитель', width: 0.18 },
      { header: 'Номер дела', width: 0.12 },
      { header: 'Решение до', width: 0.13 },
    ],
    data.needs.map((n, i) => [String(i + 1), n.person, n.measure, n.organisation, n.caseNumber, deadlineDay(n.resolveDueAt)]),
    'Потребности не указаны',
  );
  doc.moveDown(1);
  paragraph(
    doc,
    'Обращение принято по принципу «единого окна»: каждая потребность направлена в ответственную организацию. ' +
      'О ходе рассмотрения можно узнать по номеру обращения или номеру дела.',
  );
  doc.moveDown(2);
  doc.font('Regular').fontSize(10).text(`Документы принял: ____________________ / ${data.operator} /`);
  doc.moveDown(1.5);
  doc.text(`Расписку получил: ____________________ / ${data.applicant} /`);
}
