import { facts, heading, paragraph } from './blocks';
import { printDay } from './labels';
import type { PrintDocument } from './printDocument';
import { MARGIN } from './printDocument';

export interface NeedApplicationData {
  caseNumber: string;
  appealNumber: string | null;
  organisation: string;
  applicant: { fullName: string; birthDate: string; snils: string; address: string; contacts: string };
  measure: string;
  description: string;
  documents: string[];
}

/** The application (заявление) for one need, printed for the citizen's signature. */
export function drawNeedApplication(doc: PrintDocument, data: NeedApplicationData): void {
  const width = doc.page.width - 2 * MARGIN;
  doc
    .font('Regular')
    .fontSize(10)
    .text(`В ${data.organisation}`, MARGIN + width / 2, doc.y, { width: width / 2 });
  doc.text(`от ${data.applicant.fullName}`, MARGIN + width / 2, doc.y, { width: width / 2 });
  doc.x = MARGIN;
  doc.moveDown(1);
  facts(doc, [
    ['Дата рождения', printDay(data.applicant.birthDate)],
    ['СНИЛС', data.applicant.snils],
    ['Адрес', data.applicant.address],
    ['Контакты', data.applicant.contacts],
    ['Номер дела', data.caseNumber],
    ...(data.appealNumber ? ([['Обращение', data.appealNumber]] as [string, string][]) : []),
  ]);
  heading(doc, 'Заявление');
  paragraph(doc, `Прошу предоставить меру поддержки «${data.measure}».`);
  doc.moveDown(0.5);
  paragraph(doc, data.description);
  heading(doc, 'Прилагаемые документы');
  if (data.documents.length === 0) paragraph(doc, 'Не требуются');
  for (const name of data.documents) doc.font('Regular').fontSize(10).text(`☐ ${name}`, MARGIN, doc.y);
  heading(doc, 'Согласие на обработку персональных данных');
  paragraph(
    doc,
    'В соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных» даю согласие на обработку ' +
      'моих персональных данных, указанных в заявлении, в целях рассмотрения заявления и предоставления меры поддержки.',
  );
  doc.moveDown(2);
  doc.font('Regular').fontSize(10).text('«____» ______________ 20___ г.        Подпись ____________________', MARGIN, doc.y);
}
