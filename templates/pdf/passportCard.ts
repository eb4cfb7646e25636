import { facts, heading } from './blocks';
import { deadlineDay } from '../../shared/caseWording';
import { RELATION_NAMES, STATUS_NAMES, inSentence, nameOf } from '../../shared/domainNames';
import { printDate, printDay } from './labels';
import type { PrintDocument } from './printDocument';
import { table } from './table';

export interface PassportCardData {
  address: string;
  municipality: string;
  persons: { name: string; birthDate: string; snils: string; contacts: string }[];
  relations: { from: string; kind: string; to: string }[];
  needs: { person: string; measure: string; organisation: string; registeredAt: string; status: string; dueAt: string | null }[];
}

/** The social passport card of a family: who lives there, how they are related, what they need. */
export function drawPassportCard(doc: PrintDocument, data: PassportCardData): void {
  facts(doc, [
    ['Адрес', data.address],
    ['Муниципальное образование', data.municipality],
    ['Членов семьи', String(data.persons.length)],
  ]);
  heading(doc, 'Члены семьи');
  table(
    doc,
    [
      { header: 'ФИО', width: 0.34 },
      { header: 'Дата рождения', width: 0.14 },
      { header: 'СНИЛС', width: 0.17 },
      { header: 'Контакты', width: 0.35 },
    ],
    data.persons.map((p) => [p.name, printDay(p.birthDate), p.snils, p.contacts]),
    'Члены семьи не указаны',
  );
  heading(doc, 'Родственные связи');
  table(
    doc,
    [
      { header: 'Кто', width: 0.4 },
      { header: 'Кем приходится', width: 0.2 },
      { header: 'Кому', width: 0.4 },
    ],
    data.relations.map((r) => [r.from, inSentence(nameOf(RELATION_NAMES, r.kind)), r.to]),
    'Родственные связи не указаны',
  );
  heading(doc, 'Потребности семьи');
  table(
    doc,
    [
      { header: 'Член семьи', width: 0.18 },
      { header: 'Мера поддержки', width: 0.22 },
      { header: 'Орган власти', width: 0.21 },
      { header: 'Дата обращения', width: 0.13 },
      { header: 'Статус', width: 0.14 },
      { header: 'Срок', width: 0.12 },
    ],
    data.needs.map((n) => [
      n.person,
      n.measure,
      n.organisation,
      printDate(n.registeredAt),
      nameOf(STATUS_NAMES, n.status),
      deadlineDay(n.dueAt),
    ]),
    'Потребности не зарегистрированы',
  );
}
