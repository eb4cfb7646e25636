import type { SubsistenceGroup } from '../../../shared/domain';

/** A value of the subsistence minimum as published; amounts in whole kopecks. */
export interface SubsistenceMinimumSeed {
  region: string;
  year: number;
  effectiveFrom: string;
  group: SubsistenceGroup;
  amountKopecks: number;
  actTitle: string;
  actNumber: string | null;
  actDate: string | null;
  confirmed: boolean;
  note: string;
}

const SAMARA_ACT = (year: number) =>
  `Постановление Правительства Самарской области «Об установлении величины прожиточного минимума в Самарской области на душу населения и по основным социально-демографическим группам населения на ${year} год»`;

const SAMARA_2025_NOTE =
  'Значения по сообщениям о принятом постановлении (gorod-gazeta.ru, 29.07.2024; на душу населения 16 669 ₽ также ТАСС, 23.10.2025). ' +
  'Номер и дата постановления не сверены с официальной публикацией (сверка без доступа к сети невозможна): проверьте и отметьте «подтверждено».';
const SAMARA_2026_NOTE =
  'Значения по сообщениям о подписании постановления (ТАСС и volga.news, 23.10.2025; «Коммерсантъ»). ' +
  'Номер и дата постановления не сверены с официальной публикацией (сверка без доступа к сети невозможна): проверьте и отметьте «подтверждено».';
const LIPETSK_NOTE =
  'Значения калькулятора «Соцконтракт 48» из паспорта решения «Анализ профиля бедности в регионе» (Липецкая область): ' +
  'трудоспособные 10 174,00 ₽, пенсионеры (инвалиды) 7 900,00 ₽, дети (меньше 16 лет) 9 510,00 ₽. Нормативный акт и год действия ' +
  'в материалах не названы; 2020 год принят по сроку показателя решения (01.04.2020). Величина на душу населения в материалах не приводится.';

const samara = (year: number, note: string, values: Record<SubsistenceGroup, number>): SubsistenceMinimumSeed[] =>
  (Object.entries(values) as [SubsistenceGroup, number][]).map(([group, roubles]) => ({
    region: 'RU-SAM',
    year,
    effectiveFrom: `${year}-01-01`,
    group,
    amountKopecks: roubles * 100,
    actTitle: SAMARA_ACT(year),
    actNumber: null,
    actDate: null,
    confirmed: false,
    note,
  }));

const lipetsk = (group: SubsistenceGroup, roubles: number): SubsistenceMinimumSeed => ({
  region: 'RU-LIP',
  year: 2020,
  effectiveFrom: '2020-01-01',
  group,
  amountKopecks: roubles * 100,
  actTitle: 'Калькулятор «Соцконтракт 48» (соцконтракт48.рф), паспорт решения «Анализ профиля бедности в регионе»',
  actNumber: null,
  actDate: null,
  confirmed: false,
  note: LIPETSK_NOTE,
});

/** The values shipped with the system: Samara oblast 2025 and 2026, and the Lipetsk calculator's figures. */
export const SUBSISTENCE_MINIMUMS: SubsistenceMinimumSeed[] = [
  ...samara(2025, SAMARA_2025_NOTE, { PER_CAPITA: 16_669, WORKING_AGE: 18_169, PENSIONER: 14_335, CHILD: 16_169 }),
  ...samara(2026, SAMARA_2026_NOTE, { PER_CAPITA: 17_803, WORKING_AGE: 19_405, PENSIONER: 15_311, CHILD: 17_269 }),
  lipetsk('WORKING_AGE', 10_174),
  lipetsk('PENSIONER', 7_900),
  lipetsk('CHILD', 9_510),
];
