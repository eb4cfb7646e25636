import ExcelJS from 'exceljs';
import { localDate } from '../../shared/calendar/workingDays';
import { incomeMonths } from '../../shared/poverty/window';
import { binaryBody } from '../support/binaryBody';
import { nextSnils, userId } from '../support/fixtures';
import { examinePdf } from '../support/poppler';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: string;
let foreignOperator: string;
let coordinator: string;
let householdId: string;
let motherId: string;
let municipalityName: string;

const date = localDate(new Date());
const months = incomeMonths(date);
const flat = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

/** The seed's Lipetsk calculator family: two working adults and two children, 25 000 ₽ a month together. */
const lipetsk = {
  region: 'RU-LIP',
  date,
  categories: [],
  members: [
    {
      key: 'mother',
      name: 'Ёлкина Анна',
      birthDate: '1988-04-12',
      incomes: months.map((period) => ({ period, amountKopecks: 2_000_000 })),
    },
    { key: 'father', name: 'Ёлкин Пётр', birthDate: '1986-01-30', incomes: months.map((period) => ({ period, amountKopecks: 500_000 })) },
    { key: 'daughter', name: 'Ёлкина Дарья', birthDate: '2014-09-01', incomes: [] },
    { key: 'son', name: 'Ёлкин Щукарь', birthDate: '2019-05-05', incomes: [] },
  ],
};

beforeAll(async () => {
  system = await startTestSystem();
  [operator, foreignOperator, coordinator] = await Promise.all(
    ['operator.samara', 'operator.tolyatti', 'coordinator'].map((u) => userId(system.prisma, u)),
  );
  const { municipality } = await system.prisma.user.findUniqueOrThrow({ where: { id: operator }, include: { municipality: true } });
  municipalityName = municipality!.name;
  const passport = await system
    .as(operator)
    .post('/api/passports')
    .send({
      household: { municipalityId: municipality!.id, address: 'г. Самара, ул. Ёлочная, д. 7' },
      persons: [
        {
          key: 'm',
          lastName: 'Ёлкина',
          firstName: 'Анна',
          birthDate: '1985-04-12',
          sex: 'FEMALE',
          snils: nextSnils(),
          incomes: months.map((period) => ({ source: 'SALARY', amount: '12000.00', period })),
        },
        { key: 's', lastName: 'Ёлкин', firstName: 'Щукарь', birthDate: '2016-09-01', sex: 'MALE', snils: nextSnils() },
      ],
      relations: [{ from: 'm', to: 's', kind: 'PARENT' }],
    })
    .expect(201);
  householdId = passport.body.id;
  motherId = passport.body.persons.find((p: { firstName: string }) => p.firstName === 'Анна').id;
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

describe('the calculator’s printouts and the dashboards’ workbook', () => {
  it('prints the conclusion for the seed’s Lipetsk family with the threshold of its calculator and audits the print', async () => {
    const res = await system
      .as(operator)
      .post('/api/poverty/conclusion.pdf')
      .send({ request: lipetsk, applicantKey: 'mother' })
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = flat((await examinePdf(res.body)).flowText);
    expect(text).toContain('Заявитель: Ёлкина Анна');
    expect(text).toContain('Регион (таблица ПМ): Липецкая область');
    expect(text).toContain('10 174,00 ₽');
    expect(text).toContain('9 510,00 ₽');
    // (2 × 10 174 + 2 × 9 510) ÷ 4 = 9 842,00 ₽; 75 000 ÷ 3 ÷ 4 = 6 250,00 ₽.
    expect(text).toMatch(/Порог семьи[^:]*: 9 842,00 ₽/);
    expect(text).toMatch(/Среднедушевой доход[^:]*: 6 250,00 ₽/);
    expect(text).toContain('Среднедушевой доход ниже прожиточного минимума: семья малоимущая.');
    const printed = await system.prisma.auditLog.findFirst({ where: { actorId: operator, action: 'PRINT', entity: 'Household' } });
    expect(printed?.changes).toMatchObject({ form: 'poverty-conclusion', verdict: 'BELOW' });
  });

  it('refuses a conclusion for a family of another municipality (404) and a household without members (422)', async () => {
    await system.as(foreignOperator).post('/api/poverty/conclusion.pdf').send({ request: { householdId } }).expect(404);
    const res = await system
      .as(operator)
      .post('/api/poverty/conclusion.pdf')
      .send({ request: { ...lipetsk, members: [] } })
      .expect(422);
    expect(res.body.error.fields).toBeDefined();
  });

  it('starts the social contract of a family member with the conclusion attached, once per Idempotency-Key', async () => {
    const start = () =>
      system
        .as(operator)
        .post('/api/poverty/social-contract')
        .set('Idempotency-Key', 'elkina-contract')
        .send({ householdId, personId: motherId });
    const first = await start().expect(201);
    expect(first.body.measure.code).toBe('SOC_CONTRACT');
    expect(first.body.person.id).toBe(motherId);
    expect(first.body.description).toContain('ниже прожиточного минимума');
    const conclusions = (body: { documents: { fileName: string; deletedAt: string | null }[] }) =>
      body.documents.filter((d) => d.fileName.startsWith('Заключение о доходе семьи') && !d.deletedAt);
    expect(conclusions(first.body)).toHaveLength(1);

    const again = await start().expect(200);
    expect(again.body.id).toBe(first.body.id);
    expect(conclusions(again.body)).toHaveLength(1);

    const [document] = conclusions(first.body) as unknown as { id: string }[];
    const content = await system
      .as(operator)
      .get(`/api/needs/${first.body.id}/documents/${document.id}/content`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(flat((await examinePdf(content.body)).flowText)).toContain('Заявитель: Ёлкина Анна');
  });

  it('lets only operators start a social contract and only passport readers export the dashboards', async () => {
    const executor = await userId(system.prisma, 'executor.minsoc');
    await system.as(coordinator).post('/api/poverty/social-contract').send({ householdId, personId: motherId }).expect(403);
    await system.as(executor).post('/api/poverty/social-contract').send({ householdId, personId: motherId }).expect(403);
    await system.as(executor).get('/api/poverty/dashboard.xlsx').expect(403);
    await system.as(foreignOperator).post('/api/poverty/social-contract').send({ householdId, personId: motherId }).expect(404);
  });

  it('refuses a social contract for someone outside the family', async () => {
    const stranger = await system
      .as(operator)
      .post('/api/passports')
      .send({
        household: {
          municipalityId: (await system.prisma.user.findUniqueOrThrow({ where: { id: operator } })).municipalityId,
          address: 'ул. Чужая, 1',
        },
        persons: [{ key: 'x', lastName: 'Чужова', firstName: 'Вера', birthDate: '1970-01-01', sex: 'FEMALE', snils: nextSnils() }],
        relations: [],
      })
      .expect(201);
    const res = await system
      .as(operator)
      .post('/api/poverty/social-contract')
      .send({ householdId, personId: stranger.body.persons[0].id })
      .expect(422);
    expect(res.body.error.fields.personId).toBe('Заявитель должен быть членом этой семьи');
  });

  it('exports the three breakdowns to Excel with the municipality filter written into every sheet', async () => {
    const { municipalityId } = await system.prisma.user.findUniqueOrThrow({ where: { id: operator } });
    const res = await system
      .as(coordinator)
      .get(`/api/poverty/dashboard.xlsx?municipalityId=${municipalityId}`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['По муниципалитетам', 'По возрастным группам', 'По полу']);
    for (const sheet of workbook.worksheets)
      expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['Муниципалитет', municipalityName]);
    const municipalities = workbook.getWorksheet('По муниципалитетам')!;
    const rows = (municipalities.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const samara = rows.find((r) => r[0] === municipalityName);
    // At least the family of this test lives there (two people).
    expect(Number(samara?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(samara?.[4])).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => typeof r[1] === 'number')).toHaveLength(1);
  });
});
