import { Faker, en, ru } from '@faker-js/faker';
import type { RelationKind, Sex } from '../../../shared/domain';
import { formatSnils, snilsCheckNumber } from '../../../shared/snils';
import type { DemoScenario } from './demoScenarios';
import { LATE_RESOLVE_MAX_WORKING_DAYS, SCENARIO_WEIGHTS, SHOWCASE_SCENARIOS } from './demoScenarios';
import { MUNICIPALITIES } from './municipalities';
import { PLAN_TASK_MEASURE_CODE } from '../../../shared/plans/plan';
import { SUPPORT_MEASURES } from './supportMeasures';
import type { FamilySeed, PersonSeed } from './types';
import { spreadIncomes } from './povertySpread';

/** Per-capita monthly income that splits the demo households around the subsistence minimum. */
const SUBSISTENCE_PER_CAPITA = 16_000;
const REFERENCE_MONTH = '2026-10';

const DEBTS = [
  ['UTILITIES', 'ООО «Самарские коммунальные системы»'],
  ['UTILITIES', 'АО «Самарагорэнергосбыт»'],
  ['LOAN', 'ПАО Сбербанк'],
  ['TAX', 'УФНС России по Самарской области'],
  ['FINE', 'ГУ МВД России по Самарской области'],
] as const;

type Shape = 'COUPLE_WITH_CHILDREN' | 'SINGLE_PARENT' | 'SINGLE_ELDER' | 'GUARDIAN_WITH_WARD' | 'COUPLE';

/** Russian surnames change with sex: Иванов → Иванова, Горький → Горькая. */
function surnameFor(maleSurname: string, sex: Sex): string {
  if (sex === 'MALE') return maleSurname;
  if (maleSurname.endsWith('ий')) return `${maleSurname.slice(0, -2)}ая`;
  return /(ов|ев|ёв|ин|ын)$/.test(maleSurname) ? `${maleSurname}а` : maleSurname;
}

/** Synthetic families for the demo: deterministic for a seed, names and SNILS realistic, nothing real. */
export function generateFamilies(count: number, seed: number): FamilySeed[] {
  const faker = new Faker({ locale: [ru, en] });
  faker.seed(seed);
  const usedSnils = new Set<string>();

  const snils = (): string => {
    for (;;) {
      const nine = String(faker.number.int({ min: 1_001_999, max: 999_999_999 })).padStart(9, '0');
      const full = formatSnils(`${nine}${String(snilsCheckNumber(nine)).padStart(2, '0')}`);
      if (!usedSnils.has(full)) return (usedSnils.add(full), full);
    }
  };
  const birthDate = (minAge: number, maxAge: number) =>
    faker.date.birthdate({ mode: 'age', min: minAge, max: maxAge, refDate: '2026-11-01T00:00:00Z' }).toISOString().slice(0, 10);
  const money = (min: number, max: number) => faker.number.int({ min, max }).toFixed(2);

  function person(familyKey: string, index: number, surname: string, sex: Sex, ages: [number, number]): PersonSeed {
    const adult = ages[0] >= 18;
    return {
      key: `${familyKey}-p${index}`,
      lastName: surnameFor(surname, sex),
      firstName: faker.person.firstName(sex === 'MALE' ? 'male' : 'female'),
      middleName: faker.person.middleName(sex === 'MALE' ? 'male' : 'female'),
      birthDate: birthDate(ages[0], ages[1]),
      sex,
      snils: snils(),
      contacts: adult
        ? [
            {
              kind: 'PHONE',
              value: `+7 9${faker.string.numeric(2)} ${faker.string.numeric(3)}-${faker.string.numeric(2)}-${faker.string.numeric(2)}`,
            },
          ]
        : [],
      debts: [],
      incomes: [],
    };
  }

  function members(familyKey: string, shape: Shape) {
    const surname = faker.person.lastName('male');
    const persons: PersonSeed[] = [];
    const relations: FamilySeed['relations'] = [];
    const add = (sex: Sex, ages: [number, number]) => (
      persons.push(person(familyKey, persons.length + 1, surname, sex, ages)),
      persons[persons.length - 1]
    );
    const link = (from: PersonSeed, to: PersonSeed, kind: RelationKind) => relations.push({ fromKey: from.key, toKey: to.key, kind });

    if (shape === 'SINGLE_ELDER') add(faker.helpers.arrayElement<Sex>(['MALE', 'FEMALE']), [65, 90]);
    if (shape === 'GUARDIAN_WITH_WARD')
      link(add('FEMALE', [55, 75]), add(faker.helpers.arrayElement<Sex>(['MALE', 'FEMALE']), [3, 16]), 'GUARDIAN');
    if (shape === 'COUPLE' || shape === 'COUPLE_WITH_CHILDREN' || shape === 'SINGLE_PARENT') {
      const parents = shape === 'SINGLE_PARENT' ? [add('FEMALE', [22, 45])] : [add('MALE', [24, 50]), add('FEMALE', [22, 48])];
      if (parents.length === 2) link(parents[0], parents[1], 'SPOUSE');
      const children = shape === 'COUPLE' ? 0 : faker.number.int({ min: 1, max: 4 });
      const kids = Array.from({ length: children }, () => add(faker.helpers.arrayElement<Sex>(['MALE', 'FEMALE']), [0, 17]));
      kids.forEach((kid, i) => {
        parents.forEach((parent) => link(parent, kid, 'PARENT'));
        kids.slice(i + 1).forEach((sibling) => link(kid, sibling, 'SIBLING'));
      });
    }
    return { persons, relations };
  }

  function earn(persons: PersonSeed[], poor: boolean) {
    const adults = persons.filter((p) => p.contacts.length > 0);
    const perCapita = poor
      ? faker.number.int({ min: 5_000, max: SUBSISTENCE_PER_CAPITA - 500 })
      : faker.number.int({ min: 18_000, max: 70_000 });
    const total = perCapita * persons.length;
    adults.forEach((adult) => {
      const elder = adult.birthDate < '1961-01-01';
      adult.incomes.push({ source: elder ? 'PENSION' : 'SALARY', amount: (total / adults.length).toFixed(2), period: REFERENCE_MONTH });
    });
    if (faker.datatype.boolean(0.3) && adults.length > 0) {
      const [kind, creditor] = faker.helpers.arrayElement(DEBTS);
      faker.helpers.arrayElement(adults).debts.push({
        kind,
        creditor,
        amount: money(3_000, 250_000),
        since: faker.date.past({ years: 3, refDate: '2026-11-01T00:00:00Z' }).toISOString().slice(0, 10),
      });
    }
  }

  const shapes: { weight: number; value: Shape }[] = [
    { weight: 45, value: 'COUPLE_WITH_CHILDREN' },
    { weight: 20, value: 'SINGLE_PARENT' },
    { weight: 15, value: 'SINGLE_ELDER' },
    { weight: 10, value: 'GUARDIAN_WITH_WARD' },
    { weight: 10, value: 'COUPLE' },
  ];
  let needsSoFar = 0;
  const scenario = (): DemoScenario => SHOWCASE_SCENARIOS[needsSoFar++] ?? faker.helpers.weightedArrayElement(SCENARIO_WEIGHTS);
  // A plan's free task is opened by its plan, never asked for by a family.
  const askable = SUPPORT_MEASURES.filter((m) => m.code !== PLAN_TASK_MEASURE_CODE);
  const shortResolve = askable.filter((m) => m.resolveWorkingDays <= LATE_RESOLVE_MAX_WORKING_DAYS);
  const need = (persons: PersonSeed[]): FamilySeed['needs'][number] => {
    const s = scenario();
    const lateOnResolve = s.lateWorkingDays !== undefined && s.targetStatus !== 'ASSIGNED';
    const measures = lateOnResolve ? shortResolve : askable;
    return { personKey: faker.helpers.arrayElement(persons).key, measureCode: faker.helpers.arrayElement(measures).code, ...s };
  };
  const places = MUNICIPALITIES.map((m) => ({ weight: m.code === 'samara' ? 30 : m.code === 'tolyatti' ? 20 : 1, value: m }));

  return Array.from({ length: count }, (_, i): FamilySeed => {
    const key = `family-${String(i + 1).padStart(4, '0')}`;
    const place = faker.helpers.weightedArrayElement(places);
    const { persons, relations } = members(key, faker.helpers.weightedArrayElement(shapes));
    earn(persons, faker.datatype.boolean(0.3));
    spreadIncomes(key, persons);
    const needCount = faker.helpers.weightedArrayElement([
      { weight: 25, value: 0 },
      { weight: 60, value: 1 },
      { weight: 15, value: 2 },
    ]);
    return {
      key,
      municipalityCode: place.code,
      address: `${place.name.replace(/^(городской округ|муниципальный район) /, '')}, ${faker.location.street()}, д. ${faker.number.int({ min: 1, max: 120 })}, кв. ${faker.number.int({ min: 1, max: 200 })}`,
      persons,
      relations,
      needs: Array.from({ length: needCount }, () => need(persons)),
    };
  });
}
