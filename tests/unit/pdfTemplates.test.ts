import { readFile } from 'node:fs/promises';
import { drawCaseHistoryExtract } from '../../templates/pdf/caseHistoryExtract';
import { drawPassportCard } from '../../templates/pdf/passportCard';
import { renderPdf } from '../../templates/pdf/render';
import { drawSupportAct } from '../../templates/pdf/supportAct';
import { examinePdf } from '../support/poppler';

const meta = (title: string) => ({
  title,
  generatedAt: new Date('2026-11-24T08:30:00Z'),
  generatedBy: { fullName: 'Проверкин Иван Петрович', role: 'AUDITOR' },
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('printable forms', () => {
  it('prints a family card in Cyrillic with an embedded font, the generator and page numbers', async () => {
    const pdf = await renderPdf(meta('Социальный паспорт семьи'), (doc) =>
      drawPassportCard(doc, {
        address: 'г. Самара, ул. Ёлочная, д. 7',
        municipality: 'городской округ Самара',
        persons: [
          { name: 'Ёлкина Анна Петровна', birthDate: '1985-04-12', snils: '112-233-445 95', contacts: '+7 846 123-45-67' },
          { name: 'Ёлкин Щукарь Юрьевич', birthDate: '2012-09-01', snils: '112-233-446 96', contacts: '' },
        ],
        relations: [{ from: 'Ёлкина Анна Петровна', kind: 'PARENT', to: 'Ёлкин Щукарь Юрьевич' }],
        needs: [
          {
            person: 'Ёлкин Щукарь Юрьевич',
            measure: 'Помощь в сборе ребёнка в школу',
            organisation: 'Минсоцдемографии',
            registeredAt: '2026-11-20T09:00:00Z',
            status: 'IN_PROGRESS',
            dueAt: '2026-12-04T20:00:00Z',
          },
        ],
      }),
    );
    const { text, flowText, fonts, images } = await examinePdf(pdf);
    expect(text).toContain('Ёлкина Анна Петровна');
    expect(text).toContain('Ёлкин Щукарь Юрьевич');
    expect(text).toContain('родитель');
    expect(text).toContain('Помощь в сборе');
    expect(text).toContain('В работе');
    // Due at midnight Samara time that ends 04.12 (20:00 UTC): the card names the 4th, not the 5th.
    expect(text).toContain('04.12.2026');
    expect(text).toContain('Стр. 1 из 1');
    expect(flowText).toContain('Сформировано 24.11.2026 12:30 (время самарское, Europe/Samara) — Проверкин Иван Петрович, аудитор');
    expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    expect(fonts).toMatch(/DejaVuSans-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    expect(images).toHaveLength(1);
    expect((await readFile(images[0])).subarray(0, 4)).toEqual(PNG_SIGNATURE);
  });

  it('breaks a 200-row table across pages cleanly: every row once, in order, the header on each page', async () => {
    const events = Array.from({ length: 200 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 10, 1, 6, i)).toISOString(),
      type: i % 2 === 0 ? 'COMMENTED' : 'REMINDER',
      actor: `Исполнитель №${i + 1}`,
      details: `Строка ${String(i + 1).padStart(3, '0')}: позвонили семье, уточнили состав`,
    }));
    const pdf = await renderPdf(meta('Выписка из истории дела'), (doc) =>
      drawCaseHistoryExtract(doc, {
        caseNumber: 'A1B2C3D4',
        measure: 'Социальный контракт',
        organisation: 'Минсоцдемографии',
        status: 'IN_PROGRESS',
        events,
      }),
    );
    const { pages, images } = await examinePdf(pdf);
    expect(pages.length).toBeGreaterThan(3);
    expect(images).toHaveLength(pages.length);
    const rows = pages.join('\n').match(/Строка \d{3}/g) ?? [];
    expect(rows).toEqual(events.map((_, i) => `Строка ${String(i + 1).padStart(3, '0')}`));
    pages.forEach((page, i) => {
      expect(page).toMatch(/№\s+Когда\s+Что\s+Кто\s+Подробности/);
      expect(page).toContain(`Стр. ${i + 1} из ${pages.length}`);
    });
  });

  it('prints the act of support with the report and the checksums of the documents', async () => {
    const sha = 'f56391c117cab6a9fefc40503f0c774249fd6a38d0924367aa9cb3b1456d984d';
    const pdf = await renderPdf(meta('Акт о предоставлении меры поддержки'), (doc) =>
      drawSupportAct(doc, {
        caseNumber: 'A1B2C3D4',
        person: 'Ёлкина Анна Петровна',
        measure: 'Единовременная материальная помощь',
        organisation: 'Минсоцдемографии',
        registeredAt: '2026-11-02T09:00:00Z',
        supportDate: '2026-11-20',
        executor: 'Козлов Алексей Петрович',
        report: 'Выплата 15 000 ₽ перечислена на счёт заявителя.',
        documents: [{ fileName: 'Заявление.pdf', kind: 'application', version: 2, size: 1443, sha256: sha }],
      }),
    );
    const { text } = await examinePdf(pdf);
    expect(text).toContain('Дата оказания поддержки: 20.11.2026');
    expect(text).toContain('Выплата 15 000 ₽ перечислена на счёт заявителя.');
    expect(text).toContain('Заявление.pdf');
    expect(text.replace(/\s+/g, '')).toContain(sha);
  });
});
