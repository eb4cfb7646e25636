import type { Assessment } from '../../shared/schemas/poverty';
import { formatRoubles } from '../../shared/poverty/money';
import { facts, heading, paragraph } from './blocks';
import { printDay } from './labels';
import type { PrintDocument } from './printDocument';
import { table } from './table';

/** The calculator's assessment and whom it is about; the assessment names every input of its arithmetic. */
export interface PovertyConclusionData {
  /** The applicant's name, or null for a household typed into the calculator. */
  applicant: string | null;
  address: string | null;
  municipality: string | null;
  regionName: string;
  assessment: Assessment;
}

const GROUPS: Record<string, string> = { WORKING_AGE: 'трудоспособный', PENSIONER: 'пенсионер', CHILD: 'ребёнок' };
const VERDICTS: Record<Assessment['verdict'], string> = {
  BELOW: 'Среднедушевой доход ниже прожиточного минимума: семья малоимущая.',
  NEAR: 'Среднедушевой доход выше прожиточного минимума, но в зоне риска бедности.',
  ABOVE: 'Среднедушевой доход выше зоны риска бедности.',
};
// Shown in the heading facts and the tables already.
const LINES_IN_TABLES = new Set(['date', 'region', 'months']);

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const monthName = (period: string) => `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;

type Source = Assessment['members'][number]['subsistenceSource'];
const sourceText = (s: Source) =>
  [s.actTitle, s.actNumber && `№ ${s.actNumber}`, s.actDate && `от ${printDay(s.actDate)}`, !s.confirmed && '(значение не подтверждено)']
    .filter(Boolean)
    .join(' ');

/** The conclusion of the social-contract calculator: whether the household's income is below the subsistence minimum. */
export function drawPovertyConclusion(doc: PrintDocument, data: PovertyConclusionData): void {
  const a = data.assessment;
  facts(doc, [
    ['Заявитель', data.applicant ?? 'расчёт по гипотетическому домохозяйству'],
    ...(data.address ? ([['Адрес', data.address]] as [string, string][]) : []),
    ...(data.municipality ? ([['Муниципальное образование', data.municipality]] as [string, string][]) : []),
    ['Регион (таблица ПМ)', data.regionName],
    ['Дата расчёта', printDay(a.assessedOn)],
    ['Расчётный период', a.months.map(monthName).join(', ')],
  ]);
  heading(doc, 'Члены домохозяйства и прожиточный минимум');
  table(
    doc,
    [
      { header: '№', width: 0.05 },
      { header: 'Член домохозяйства', width: 0.25 },
      { header: 'Дата рождения', width: 0.12 },
      { header: 'Группа', width: 0.19 },
      { header: 'ПМ', width: 0.13, align: 'right' },
      { header: 'Основание', width: 0.26 },
    ],
    a.members.map((m, i) => [
      String(i + 1),
      m.name || `Человек ${i + 1}`,
      printDay(m.birthDate),
      `${GROUPS[m.group]} (${m.groupReason})`,
      formatRoubles(m.subsistenceKopecks),
      sourceText(m.subsistenceSource),
    ]),
    'Члены домохозяйства не указаны',
  );
  heading(doc, 'Доходы за три полных месяца');
  table(
    doc,
    [
      { header: 'Член домохозяйства', width: 0.28 },
      ...a.months.map((m) => ({ header: monthName(m), width: 0.54 / a.months.length, align: 'right' as const })),
      { header: 'Итого', width: 0.18, align: 'right' },
    ],
    a.members.map((m, i) => [
      m.name || `Человек ${i + 1}`,
      ...a.months.map((period) =>
        a.monthsWithoutIncome.includes(period)
          ? 'нет данных'
          : formatRoubles(m.incomeByMonth.find((x) => x.period === period)?.kopecks ?? 0),
      ),
      formatRoubles(m.incomeTotalKopecks),
    ]),
    'Доходы не указаны',
  );
  heading(doc, 'Расчёт');
  facts(
    doc,
    a.lines.filter((l) => !LINES_IN_TABLES.has(l.key) && !l.key.startsWith('member:')).map((l) => [l.label, l.value]),
  );
  heading(doc, 'Заключение');
  doc.font('Bold').fontSize(11).text(VERDICTS[a.verdict]);
  doc.font('Regular').fontSize(10).moveDown(0.5);
  paragraph(
    doc,
    'Расчёт носит информационный характер. Право на социальный контракт устанавливается по заявлению гражданина ' +
      'с документами о доходах всех членов семьи.',
  );
}
