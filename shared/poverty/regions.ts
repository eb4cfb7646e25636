import type { Sex } from '../domain';

/**
 * How a region assigns people to the groups of its subsistence-minimum table. The amounts are data
 * (the SubsistenceMinimum table); these rules are the part a region's law fixes in words.
 */
export interface RegionRules {
  code: string;
  name: string;
  /** A child is younger than this many full years on the assessment date. */
  childUnderAge: number;
  /** From this age a person counts as a pensioner even without the PENSIONER category. */
  pensionAge: Record<Sex, number>;
  /** Disabled adults (who receive a disability pension) are in the pensioners' group. */
  disabledCountAsPensioners: boolean;
  /** The rules in words, for the calculator and the documentation. */
  rules: string[];
}

const COMMON_RULES = [
  'Группа определяется на дату оценки: сначала возраст, затем социальные категории.',
  'Доход — среднемесячный за 3 полных календарных месяца до даты оценки; месяц без сведений о доходах учитывается как 0.',
  'Порог семьи — сумма прожиточных минимумов её членов, делённая на число членов, с округлением до копейки по правилу половины вверх.',
  'Среднедушевой доход — доход за 3 месяца, делённый на 3 и на число членов, с тем же округлением.',
];

export const REGIONS: Record<string, RegionRules> = {
  'RU-SAM': {
    code: 'RU-SAM',
    name: 'Самарская область',
    // Rosstat's methodology behind the regional tables (and the federal rules of 26.06.2021 No. 1022)
    // count children as 0–15 full years; Samara's acts use the same groups.
    childUnderAge: 16,
    // The end state of the 2018 pension reform; earlier pensioners carry the PENSIONER category.
    pensionAge: { MALE: 65, FEMALE: 60 },
    disabledCountAsPensioners: true,
    rules: [
      'Ребёнок — младше 16 полных лет (группа «дети» методики Росстата, применяемой в постановлениях Самарской области).',
      'Пенсионер — категория «пенсионер» или «инвалид», либо возраст 65 лет (мужчины) / 60 лет (женщины).',
      ...COMMON_RULES,
    ],
  },
  'RU-LIP': {
    code: 'RU-LIP',
    name: 'Липецкая область',
    // The seed's calculator: «Дети (меньше 16 лет)», «Пенсионеры (инвалиды)».
    childUnderAge: 16,
    pensionAge: { MALE: 65, FEMALE: 60 },
    disabledCountAsPensioners: true,
    rules: [
      'Ребёнок — младше 16 лет (калькулятор «Соцконтракт 48»: «Дети (меньше 16 лет)»).',
      'Пенсионер — категория «пенсионер» или «инвалид» (калькулятор: «Пенсионеры (инвалиды)»), либо возраст 65 / 60 лет.',
      ...COMMON_RULES,
    ],
  },
};

export function regionRules(code: string): RegionRules | undefined {
  return REGIONS[code];
}
