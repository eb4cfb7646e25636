import { facts, heading } from './blocks';
import { EVENT_NAMES, STATUS_NAMES, nameOf } from '../../shared/domainNames';
import { printDateTime } from './labels';
import type { PrintDocument } from './printDocument';
import { table } from './table';

export interface CaseHistoryData {
  caseNumber: string;
  measure: string;
  organisation: string;
  status: string;
  events: { at: string; type: string; actor: string; details: string }[];
}

/** A case's history in business words, for auditors: who did what, when and why. */
export function drawCaseHistoryExtract(doc: PrintDocument, data: CaseHistoryData): void {
  facts(doc, [
    ['Номер дела', data.caseNumber],
    ['Мера поддержки', data.measure],
    ['Орган власти', data.organisation],
    ['Текущий статус', nameOf(STATUS_NAMES, data.status)],
    ['Событий', String(data.events.length)],
  ]);
  heading(doc, 'Ход дела');
  table(
    doc,
    [
      { header: '№', width: 0.06, align: 'right' },
      { header: 'Когда', width: 0.16 },
      { header: 'Что', width: 0.24 },
      { header: 'Кто', width: 0.2 },
      { header: 'Подробности', width: 0.34 },
    ],
    data.events.map((e, i) => [String(i + 1), printDateTime(e.at), nameOf(EVENT_NAMES, e.type), e.actor, e.details]),
    'Событий нет',
  );
}
