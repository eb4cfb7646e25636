import { facts, heading, paragraph } from './blocks';
import { printDay } from './labels';
import { formatBasisPoints, formatRoubles as printRoubles } from '../../shared/money';
import type { PrintDocument } from './printDocument';
import { table } from './table';

export type PovertyVerdict = 'BELOW' | 'NEAR' | 'ABOVE';

/** Every input of the calculation, named, so a reader can redo the arithmetic by hand; money in kopecks. */
export interface PovertyConclusionData {
  /** The applicant's name, or null for a hypothetical household. */
  applicant: string | null;
  address: string | null;
  municipality: string | null;
  region: string;
  assessedOn: string;
  /** The three full months ('yyyy-MM') whose incomes are averaged. */
  months: string[];
  members: {
    name: string;
    birthDate: string;
    group: string;
    subsistenceMinimum: number;
    /** The legal act the member's ПМ value comes from. */
    source: string;
    incomes: (number | null)[];
  }[];
  totalIncome: number;
  averageMonthlyIncome: number;
  perCapitaIncome: number;
  threshold: number;
  nearPovertyBound: number;
  nearPovertyFactor: string;
  verdict: PovertyVerdict;
  /** How far the per-capita income falls short of the threshold (0 when it does not). */
  depthPerCapita: number;
  depthBasisPoints: number;
  /** The household's monthly shortfall: the per-capita depth times the number of members. */
  depthHousehold: number;
  rounding: string;
}

const VERDICTS: Record<PovertyVerdict, string> = {
  BELOW: 'Среднедушевой доход ниже прожиточного минимума: семья малоимущая.',
  NEAR: 'Среднедушевой доход выше прожиточного минимума, но в зоне риска бедности.',
  ABOVE: 'Среднедушевой доход выше зоны риска бедности.',
};

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const monthName = (period: string) => `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
const orDash = (kopecks: number | null) => (kopecks === null ? 'нет данных' : printRoubles(kopecks));

/** The conclusion of the social-contract calculator: whether the household's income is below the subsistence minimum. */
export function drawPovertyConclusion(doc: PrintDocument, data: PovertyConclusionData): void {
  const n = data.members.length;
  facts(doc, [
    ['Заявитель', data.applicant ?? 'расчёт по гипотетическому домохозяйству'],
    ...(data.address ? ([['Адрес', data.address]] as [string, string][]) : []),
    ...(data.municipality ? ([['Муниципальное образование', data.municipality]] as [string, string][]) : []),
    ['Регион (таблица ПМ)', data.region],
    ['Дата расчёта', printDay(data.assessedOn)],
    ['Расчётный период', data.months.map(monthName).join(', ')],
  ]);
  heading(doc, 'Члены домохозяйства и прожиточный минимум');
  table(
    doc,
    [
      { header: '№', width: 0.05 },
      { header: 'Член домохозяйства', width: 0.27 },
      { header: 'Дата рождения', width: 0.13 },
      { header: 'Группа', width: 0.17 },
      { header: 'ПМ', width: 0.14, align: 'right' },
      { header: 'Основание', width: 0.24 },
    ],
    data.members.map((m, i) => [String(i + 1), m.name, printDay(m.birthDate), m.group, printRoubles(m.subsistenceMinimum), m.source]),
    'Члены домохозяйства не указаны',
  );
  heading(doc, 'Доходы за три полных месяца');
  table(
    doc,
    [
      { header: 'Член домохозяйства', width: 0.28 },
      ...data.months.map((m) => ({ header: monthName(m), width: 0.54 / data.months.length, align: 'right' as const })),
      { header: 'Итого', width: 0.18, align: 'right' },
    ],
    data.members.map((m) => [m.name, ...m.incomes.map(orDash), printRoubles(m.incomes.reduce<number>((sum, x) => sum + (x ?? 0), 0))]),
    'Доходы не указаны',
  );
  heading(doc, 'Расчёт');
  facts(doc, [
    ['Доход домохозяйства за период', printRoubles(data.totalIncome)],
    [`Среднемесячный доход (${printRoubles(data.totalIncome)} ÷ ${data.months.length})`, printRoubles(data.averageMonthlyIncome)],
    [`Среднедушевой доход (${printRoubles(data.averageMonthlyIncome)} ÷ ${n})`, printRoubles(data.perCapitaIncome)],
    [`Порог: сумма ПМ членов ÷ ${n}`, printRoubles(data.threshold)],
    [`Граница зоны риска бедности (порог × ${data.nearPovertyFactor})`, printRoubles(data.nearPovertyBound)],
  ]);
  heading(doc, 'Заключение');
  doc.font('Bold').fontSize(11).text(VERDICTS[data.verdict]);
  doc.font('Regular').fontSize(10);
  if (data.verdict === 'BELOW')
    facts(doc, [
      ['Глубина бедности на человека', `${printRoubles(data.depthPerCapita)} (${formatBasisPoints(data.depthBasisPoints)} порога)`],
      ['Недостающий доход домохозяйства в месяц', printRoubles(data.depthHousehold)],
    ]);
  doc.moveDown(0.5);
  paragraph(doc, `Округление: ${data.rounding}`);
  doc.moveDown(0.3);
  paragraph(
    doc,
    'Расчёт носит информационный характер. Право на социальный контракт устанавливается по заявлению гражданина ' +
      'с документами о доходах всех членов семьи.',
  );
}
