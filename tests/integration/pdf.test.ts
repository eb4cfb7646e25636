import { localDate } from '../../shared/calendar/workingDays';
import { demoDocumentPdf } from '../../scripts/seed/demoDocument';
import { measureWithDocuments, nextSnils, userId } from '../support/fixtures';
import { binaryBody } from '../support/binaryBody';
import { examinePdf } from '../support/poppler';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: string;
let foreignOperator: string;
let executor: string;
let auditor: string;
let passportId: string;
let needId: string;

const fileNameOf = (disposition: string) => decodeURIComponent(disposition.match(/filename\*=UTF-8''([^;]+)/)?.[1] ?? '');

beforeAll(async () => {
  system = await startTestSystem();
  [operator, foreignOperator, executor, auditor] = await Promise.all(
    ['operator.samara', 'operator.tolyatti', 'executor.minsoc', 'auditor'].map((u) => userId(system.prisma, u)),
  );
  const municipalityId = (await system.prisma.user.findUniqueOrThrow({ where: { id: operator } })).municipalityId;
  const passport = await system
    .as(operator)
    .post('/api/passports')
    .send({
      household: { municipalityId, address: 'г. Самара, ул. Ёлочная, д. 7' },
      persons: [
        {
          key: 'm',
          lastName: 'Ёлкина',
          firstName: 'Анна',
          middleName: 'Петровна',
          birthDate: '1985-04-12',
          sex: 'FEMALE',
          snils: nextSnils(),
          contacts: [{ kind: 'PHONE', value: '+78461234567' }],
        },
        { key: 's', lastName: 'Ёлкин', firstName: 'Щукарь', birthDate: '2012-09-01', sex: 'MALE', snils: nextSnils() },
      ],
      relations: [{ from: 'm', to: 's', kind: 'PARENT' }],
    })
    .expect(201);
  passportId = passport.body.id;
  const measure = await measureWithDocuments(system.prisma, 'MINSOC');
  const need = await system
    .as(operator)
    .post('/api/needs')
    .send({ personId: passport.body.persons[1].id, measureId: measure.id, description: 'сбор в школу' });
  needId = need.body.id;
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

describe('printable forms from the API', () => {
  it('prints the family card for the operator, with the family, the link between them and the need, and audits it', async () => {
    const res = await system.as(operator).get(`/api/passports/${passportId}/card.pdf`).buffer(true).parse(binaryBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(fileNameOf(res.headers['content-disposition'])).toBe('Паспорт семьи Ёлкиных.pdf');
    const { text, flowText, images } = await examinePdf(res.body);
    expect(text).toContain('Ёлкина Анна Петровна');
    expect(text).toContain('родитель');
    expect(text).toContain('В очереди');
    expect(flowText).toMatch(
      /Сформировано \d\d\.\d\d\.\d{4} \d\d:\d\d \(время самарское, Europe\/Samara\) — Новикова Елена Александровна, оператор/,
    );
    expect(images.length).toBeGreaterThan(0);
    expect(await system.prisma.auditLog.count({ where: { action: 'PRINT', entityId: passportId, actorId: operator } })).toBe(1);
    expect((await system.as(foreignOperator).get(`/api/passports/${passportId}/card.pdf`)).status).toBe(404);
    expect((await system.as(executor).get(`/api/passports/${passportId}/card.pdf`)).status).toBe(403);
  });

  it('prints the act of support only once support was given, listing the documents with checksums', async () => {
    expect((await system.as(foreignOperator).get(`/api/needs/${needId}/act.pdf`)).status).toBe(404);
    const early = await system.as(executor).get(`/api/needs/${needId}/act.pdf`);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Акт формируется только по делу, по которому поддержка оказана');

    await system.as(executor).post(`/api/needs/${needId}/accept`).send({}).expect(200);
    const need = await system.as(executor).get(`/api/needs/${needId}`);
    const required = need.body.requiredDocuments as { code: string; name: string }[];
    const shas: string[] = [];
    for (const [i, doc] of required.entries()) {
      const uploaded = await system
        .as(executor)
        .post(`/api/needs/${needId}/documents`)
        .field('kind', doc.code)
        .attach('file', await demoDocumentPdf(doc.name), { filename: `скан ${i + 1}.pdf` });
      shas.push(uploaded.body.sha256);
    }
    const draft = await system
      .as(executor)
      .post(`/api/needs/${needId}/documents`)
      .field('kind', 'other')
      .attach('file', await demoDocumentPdf('черновик'), { filename: 'черновик.pdf' })
      .expect(201);
    await system.as(executor).delete(`/api/needs/${needId}/documents/${draft.body.id}`).expect(200);
    const today = localDate(new Date());
    await system
      .as(executor)
      .post(`/api/needs/${needId}/resolve`)
      .send({ supportDate: today, report: 'Собран комплект школьной формы' })
      .expect(200);

    const res = await system.as(executor).get(`/api/needs/${needId}/act.pdf`).buffer(true).parse(binaryBody);
    expect(res.status).toBe(200);
    expect(fileNameOf(res.headers['content-disposition'])).toBe(`Акт о предоставлении поддержки ${needId.slice(0, 8).toUpperCase()}.pdf`);
    const { text, flowText } = await examinePdf(res.body);
    expect(text).toContain('Ёлкин Щукарь');
    expect(text).toContain('Собран комплект школьной формы');
    expect(text).toContain(`Дата оказания поддержки: ${today.split('-').reverse().join('.')}`);
    const flat = flowText.replace(/ /g, ''); // drawing order: a checksum wrapped in its cell reads whole
    for (const sha of shas) expect(flat).toContain(sha);
    for (const doc of required) expect(flowText).toContain(doc.name);
    // A deleted document is no ground for the act.
    expect(flat).not.toContain(draft.body.sha256);
    expect(text).not.toContain('черновик.pdf');
    expect(await system.prisma.auditLog.count({ where: { action: 'PRINT', entity: 'Need', entityId: needId, actorId: executor } })).toBe(1);
  });

  it('prints the history extract for the auditor, but not for an executor', async () => {
    const res = await system.as(auditor).get(`/api/needs/${needId}/history.pdf`).buffer(true).parse(binaryBody);
    expect(res.status).toBe(200);
    const { text, flowText } = await examinePdf(res.body);
    for (const step of [
      'Потребность зарегистрирована',
      'Направлено в орган власти',
      'Принято в работу',
      'Приложен документ',
      'Документ удалён',
      'Поддержка оказана',
    ]) {
      expect(flowText).toContain(step);
    }
    expect(flowText).toContain('Павлова Ольга Евгеньевна');
    expect(flowText).toContain(`Дата поддержки: ${localDate(new Date()).split('-').reverse().join('.')}`);
    expect(text).toMatch(/аудитор/);
    expect((await system.as(executor).get(`/api/needs/${needId}/history.pdf`)).status).toBe(403);
    expect(await system.prisma.auditLog.count({ where: { action: 'PRINT', entity: 'NeedEvent', entityId: needId } })).toBe(1);
  });
});
