import ExcelJS from 'exceljs';
import { formatBasisPoints, formatRoubles, parseRoubles } from '../../shared/money';
import { renderPdf } from '../../templates/pdf/render';
import { drawPovertyConclusion } from '../../templates/pdf/povertyConclusion';
import type { PovertyConclusionData } from '../../templates/pdf/povertyConclusion';
import { writePovertyDashboard } from '../../templates/xlsx/povertyDashboard';
import { examinePdf } from '../support/poppler';

const meta = {
  title: 'Заключение о среднедушевом доходе семьи',
  generatedAt: new Date('2026-11-24T08:30:00Z'),
  generatedBy: { fullName: 'Операторова Анна Петровна', role: 'OPERATOR' },
};
const LIPETSK = 'Постановление администрации Липецкой области (калькулятор соцконтракт48.рф)';

/** Two working adults and two children in Lipetsk: threshold (2×10 174 + 2×9 510) ÷ 4 = 9 842,00 ₽. */
const family: PovertyConclusionData = {
  applicant: 'Ёлкина Анна Петровна',
  address: 'г. Липецк, ул. Ёлочная, д. 7',
  municipality: 'городской округ город Липецк',
  region: 'Липецкая область',
  assessedOn: '2026-11-24',
  months: ['2026-08', '2026-09', '2026-10'],
  members: [
    {
      name: 'Ёлкина Анна Петровна',
      birthDate: '1988-04-12',
      group: 'трудоспособный',
      subsistenceMinimum: 1_017_400,
      source: LIPETSK,
      incomes: [2_000_000, 2_000_000, 2_000_000],
    },
    {
      name: 'Ёлкин Пётр Юрьевич',
      birthDate: '1986-01-30',
      group: 'трудоспособный',
      subsistenceMinimum: 1_017_400,
      source: LIPETSK,
      incomes: [500_000, null, 500_000],
    },
    {
      name: 'Ёлкина Дарья Петровна',
      birthDate: '2014-09-01',
      group: 'ребёнок до 16 лет',
      subsistenceMinimum: 951_000,
      source: LIPETSK,
      incomes: [0, 0, 0],
    },
    {
      name: 'Ёлкин Щукарь Петрович',
      birthDate: '2019-05-05',
      group: 'ребёнок до 16 лет',
      subsistenceMinimum: 951_000,
      source: LIPETSK,
      incomes: [0, 0, 0],
    },
  ],
  totalIncome: 7_000_000,
  averageMonthlyIncome: 2_333_333,
  perCapitaIncome: 583_333,
  threshold: 984_200,
  nearPovertyBound: 1_476_300,
  nearPovertyFactor: '1,5',
  verdict: 'BELOW',
  depthPerCapita: 400_867,
  depthBasisPoints: 4073,
  depthHousehold: 1_603_468,
  rounding: 'до копейки вниз на каждом делении',
};

const flat = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

describe('the calculator conclusion (PDF)', () => {
  it('prints every input of the arithmetic, the verdict and the depth, in the forms’ fonts and footer', async () => {
    const { text, flowText, fonts, pages } = await examinePdf(await renderPdf(meta, (doc) => drawPovertyConclusion(doc, family)));
    const all = flat(text);
    expect(all).toContain('Заявитель: Ёлкина Анна Петровна');
    expect(all).toContain('Расчётный период: август 2026, сентябрь 2026, октябрь 2026');
    expect(flat(flowText)).toContain('ребёнок до 16 лет');
    expect(all).toContain('10 174,00 ₽');
    expect(all).toContain('9 510,00 ₽');
    // The month with no income reported is said so, not printed as zero.
    expect(all).toContain('нет данных');
    expect(all).toContain('Доход домохозяйства за период: 70 000,00 ₽');
    expect(flat(flowText)).toContain('Среднемесячный доход (70 000,00 ₽ ÷ 3): 23 333,33 ₽');
    expect(flat(flowText)).toContain('Среднедушевой доход (23 333,33 ₽ ÷ 4): 5 833,33 ₽');
    expect(flat(flowText)).toContain('Порог: сумма ПМ членов ÷ 4: 9 842,00 ₽');
    expect(all).toContain('Среднедушевой доход ниже прожиточного минимума: семья малоимущая.');
    expect(flat(flowText)).toContain('Глубина бедности на человека: 4 008,67 ₽ (40,7 % порога)');
    expect(flat(flowText)).toContain('Недостающий доход домохозяйства в месяц: 16 034,68 ₽');
    expect(flat(flowText)).toContain(
      'Сформировано 24.11.2026 12:30 (время самарское, Europe/Samara) — Операторова Анна Петровна, оператор',
    );
    expect(pages[pages.length - 1]).toContain(`Стр. ${pages.length} из ${pages.length}`);
    expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    expect(fonts).toMatch(/DejaVuSans-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  });

  it('names a hypothetical household as such and prints no depth for a family above the threshold', async () => {
    const above: PovertyConclusionData = {
      ...family,
      applicant: null,
      address: null,
      municipality: null,
      verdict: 'ABOVE',
      depthPerCapita: 0,
      depthBasisPoints: 0,
      depthHousehold: 0,
    };
    const { text } = await examinePdf(await renderPdf(meta, (doc) => drawPovertyConclusion(doc, above)));
    const all = flat(text);
    expect(all).toContain('Заявитель: расчёт по гипотетическому домохозяйству');
    expect(all).not.toContain('Адрес:');
    expect(all).toContain('Среднедушевой доход выше зоны риска бедности.');
    expect(all).not.toContain('Глубина бедности');
  });
});

describe('money as the workspace types and shows it', () => {
  it.each([
    ['10 174', 1_017_400],
    ['10174,5', 1_017_450],
    ['9\u00a0510.05', 951_005],
    ['0', 0],
  ])('reads «%s» as %d kopecks', (text, kopecks) => expect(parseRoubles(text)).toBe(kopecks));

  it.each(['', '-5', '1,234', '12a', '1e3'])('refuses «%s»', (text) => expect(parseRoubles(text)).toBeNull());

  it('rounds basis points half up to one decimal of a per cent', () => {
    expect(formatBasisPoints(4073)).toBe('40,7\u00a0%');
    expect(formatBasisPoints(4075)).toBe('40,8\u00a0%');
    expect(formatRoubles(-1_603_468)).toBe('−16\u00a0034,68\u00a0₽');
  });
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
