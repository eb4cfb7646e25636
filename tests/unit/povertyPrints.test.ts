import ExcelJS from 'exceljs';
import { parseRoubles } from '../../admin-ui/src/poverty/roublesInput';
import { renderPdf } from '../../templates/pdf/render';
import { drawPovertyConclusion } from '../../templates/pdf/povertyConclusion';
import type { PovertyConclusionData } from '../../templates/pdf/povertyConclusion';
import type { Assessment } from '../../shared/schemas/poverty';
import { writePovertyDashboard } from '../../templates/xlsx/povertyDashboard';
import { examinePdf } from '../support/poppler';

const meta = {
  title: 'Заключение о среднедушевом доходе семьи',
  generatedAt: new Date('2026-11-24T08:30:00Z'),
  generatedBy: { fullName: 'Операторова Анна Петровна', role: 'OPERATOR' },
};
const LIPETSK = {
  id: null,
  actTitle: 'Калькулятор «Соцконтракт 48»',
  actNumber: null,
  actDate: null,
  effectiveFrom: '2026-01-01',
  confirmed: false,
};
const months = ['2026-08', '2026-09', '2026-10'];
const member = (key: string, name: string, birthDate: string, group: 'WORKING_AGE' | 'CHILD', pm: number, incomes: number[]) => ({
  key,
  personId: null,
  name,
  birthDate,
  ageYears: 30,
  group,
  groupReason: group === 'CHILD' ? '11 лет: младше 16' : '38 лет',
  subsistenceKopecks: pm,
  subsistenceSource: LIPETSK,
  incomeByMonth: months.map((period, i) => ({ period, kopecks: incomes[i] })),
  incomeTotalKopecks: incomes.reduce((a, b) => a + b, 0),
});

/** Two working adults and two children in Lipetsk, September unreported: threshold (2×10 174 + 2×9 510) ÷ 4 = 9 842,00 ₽. */
const assessment: Assessment = {
  region: 'RU-LIP',
  assessedOn: '2026-11-24',
  months,
  monthsWithoutIncome: ['2026-09'],
  members: [
    member('a', 'Ёлкина Анна Петровна', '1988-04-12', 'WORKING_AGE', 1_017_400, [3_000_000, 0, 3_000_000]),
    member('b', 'Ёлкин Пётр Юрьевич', '1986-01-30', 'WORKING_AGE', 1_017_400, [500_000, 0, 500_000]),
    member('c', 'Ёлкина Дарья Петровна', '2014-09-01', 'CHILD', 951_000, [0, 0, 0]),
    member('d', 'Ёлкин Щукарь Петрович', '2019-05-05', 'CHILD', 951_000, [0, 0, 0]),
  ],
  composition: { members: 4, children: 2, pensioners: 0, disabled: 0, largeFamily: false, singleParent: false },
  incomeTotalKopecks: 7_000_000,
  monthlyIncomeKopecks: 2_333_333,
  perCapitaIncomeKopecks: 583_333,
  subsistenceSumKopecks: 3_936_800,
  thresholdKopecks: 984_200,
  nearBandPermille: 1500,
  nearUpperKopecks: 1_476_300,
  verdict: 'BELOW',
  depthKopecks: 400_867,
  depthBasisPoints: 4073,
  deficitKopecks: 1_603_468,
  lines: [
    { key: 'date', label: 'Дата оценки', value: '24.11.2026' },
    { key: 'member:a', label: 'Ёлкина Анна Петровна', value: 'трудоспособный' },
    { key: 'incomeTotal', label: 'Доход семьи за 3 месяца', value: '70 000,00 ₽' },
    { key: 'perCapitaIncome', label: 'Среднедушевой доход (доход за 3 месяца / 3 / 4, округление до копейки)', value: '5 833,33 ₽' },
    { key: 'threshold', label: 'Порог семьи (сумма ПМ / 4, округление до копейки)', value: '9 842,00 ₽' },
    { key: 'depth', label: 'Глубина бедности на человека', value: '4 008,67 ₽ (40,73 % порога)' },
  ],
};
const family: PovertyConclusionData = {
  applicant: 'Ёлкина Анна Петровна',
  address: 'г. Липецк, ул. Ёлочная, д. 7',
  municipality: 'городской округ город Липецк',
  regionName: 'Липецкая область',
  assessment,
};

const flat = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

describe('the calculator conclusion (PDF)', () => {
  it('prints every input of the arithmetic, the verdict and the depth, in the forms’ fonts and footer', async () => {
    const { text, flowText, fonts, pages } = await examinePdf(await renderPdf(meta, (doc) => drawPovertyConclusion(doc, family)));
    const all = flat(text);
    const flow = flat(flowText);
    expect(all).toContain('Заявитель: Ёлкина Анна Петровна');
    expect(all).toContain('Регион (таблица ПМ): Липецкая область');
    expect(all).toContain('Расчётный период: август 2026, сентябрь 2026, октябрь 2026');
    expect(flow).toContain('ребёнок (11 лет: младше 16)');
    expect(all).toContain('10 174,00 ₽');
    expect(all).toContain('9 510,00 ₽');
    expect(flow).toContain('Калькулятор «Соцконтракт 48» (значение не подтверждено)');
    // The month nobody reported is said so, not printed as zero.
    expect(flow).toMatch(/Ёлкина Анна Петровна 30 000,00 ₽ нет данных 30 000,00 ₽ 60 000,00 ₽/);
    expect(flow).toContain('Среднедушевой доход (доход за 3 месяца / 3 / 4, округление до копейки): 5 833,33 ₽');
    expect(flow).toContain('Порог семьи (сумма ПМ / 4, округление до копейки): 9 842,00 ₽');
    expect(flow).toContain('Глубина бедности на человека: 4 008,67 ₽ (40,73 % порога)');
    // A member's line of the arithmetic is the members' table; it is not printed twice.
    expect(flow).not.toContain('Ёлкина Анна Петровна: трудоспособный');
    expect(all).toContain('Среднедушевой доход ниже прожиточного минимума: семья малоимущая.');
    expect(flow).toContain('Сформировано 24.11.2026 12:30 (время самарское, Europe/Samara) — Операторова Анна Петровна, оператор');
    expect(pages[pages.length - 1]).toContain(`Стр. ${pages.length} из ${pages.length}`);
    expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    expect(fonts).toMatch(/DejaVuSans-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  });

  it('names a hypothetical household as such and says when the income is above the near-poverty band', async () => {
    const above: PovertyConclusionData = {
      ...family,
      applicant: null,
      address: null,
      municipality: null,
      assessment: { ...assessment, verdict: 'ABOVE', monthsWithoutIncome: [] },
    };
    const { text } = await examinePdf(await renderPdf(meta, (doc) => drawPovertyConclusion(doc, above)));
    const all = flat(text);
    expect(all).toContain('Заявитель: расчёт по гипотетическому домохозяйству');
    expect(all).not.toContain('Адрес:');
    expect(all).not.toContain('нет данных');
    expect(all).toContain('Среднедушевой доход выше зоны риска бедности.');
    expect(all).not.toContain('малоимущая');
  });
});

describe('money as the calculator reads what was typed', () => {
  it.each([
    ['10 174', 1_017_400],
    ['10174,5', 1_017_450],
    ['9\u00a0510.05', 951_005],
    ['0', 0],
  ])('reads «%s» as %d kopecks', (text, kopecks) => expect(parseRoubles(text)).toBe(kopecks));

  it.each(['', '-5', '1,234', '12a', '1e3'])('refuses «%s»', (text) => expect(parseRoubles(text)).toBeNull());
});

describe('the poverty dashboards (XLSX)', () => {
  const row = (label: string, peopleBelow: number, averageDepthBasisPoints: number) => ({
    label,
    householdsInPassport: 120,
    householdsBelow: 15,
    householdsNear: 20,
    peopleInPassport: 400,
    peopleBelow,
    peopleNear: 70,
    shareBelowBasisPoints: (peopleBelow * 10_000) / 400,
    averageDepthBasisPoints,
  });

  it('writes one sheet per breakdown headed by the filters, with counts and shares as percentages', async () => {
    const file = await writePovertyDashboard({
      generatedAt: new Date('2026-11-24T08:30:00Z'),
      generatedBy: 'Координаторов Иван',
      filters: [
        ['Муниципалитет', 'городской округ Самара'],
        ['Глубина бедности', 'более 25 %'],
      ],
      sheets: [
        {
          title: 'По муниципалитетам',
          dimension: 'Муниципалитет',
          rows: [row('городской округ Самара', 50, 3125), row('Сызрань', 0, 0)],
        },
        { title: 'По полу', dimension: 'Пол', rows: [row('Женский', 30, 1000)] },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['По муниципалитетам', 'По полу']);

    const sheet = workbook.getWorksheet('По муниципалитетам')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(2)).toEqual(['Фильтры']);
    expect(values(3)).toEqual(['Муниципалитет', 'городской округ Самара']);
    expect(values(4)).toEqual(['Глубина бедности', 'более 25 %']);
    expect(String(values(5)[1])).toContain('24.11.2026 12:30');
    const header = values(7);
    expect(header[0]).toBe('Муниципалитет');
    expect(header).toContain('Человек ниже ПМ');
    const samara = values(8);
    expect(samara).toEqual(['городской округ Самара', 120, 15, 20, 400, 50, 70, 0.125, 0.3125]);
    expect(sheet.getRow(8).getCell(8).numFmt).toBe('0.0%');
    expect(sheet.getRow(8).getCell(9).numFmt).toBe('0.0%');
    expect((sheet.getRow(9).values as unknown[]).slice(1)).toEqual(['Сызрань', 120, 15, 20, 400, 0, 70, 0, 0]);
    expect((workbook.getWorksheet('По полу')!.getRow(3).values as unknown[]).slice(1)).toEqual(['Муниципалитет', 'городской округ Самара']);
  });

  it('says so when no filter was applied', async () => {
    const file = await writePovertyDashboard({
      generatedAt: new Date(),
      generatedBy: 'Аудитов',
      filters: [],
      sheets: [{ title: 'По полу', dimension: 'Пол', rows: [] }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(3).getCell(1).value).toBe('Без фильтров: все данные, доступные пользователю');
  });
});
