import { userId } from '../support/fixtures';
import { csvFile, familyOfFour, goodRow, xlsxFile } from '../support/importFiles';
import { importsAs } from '../support/importRuns';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

/**
 * The relatives map in a bulk import, on the real system: a family's relation columns become the
 * family graph's links in both directions, bad relation rows hold their family back and are
 * reported by row and column, and importing the family again adds nothing.
 */
let system: TestSystem;
let imports: ReturnType<typeof importsAs>;
let operator: string;

beforeAll(async () => {
  system = await startTestSystem();
  operator = await userId(system.prisma, 'operator.samara');
  imports = importsAs(system, operator);
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

type Passport = {
  persons: { id: string; firstName: string }[];
  relations: { fromPersonId: string; toPersonId: string; kind: string }[];
};

/** The family's passport as the workspace reads it, its links as «from is kind of to» by first name. */
async function familyMap(householdId: string): Promise<string[]> {
  const res = await system.as(operator).get(`/api/passports/${householdId}`);
  expect(res.status).toBe(200);
  const passport = res.body as Passport;
  const name = (id: string) => passport.persons.find((p) => p.id === id)?.firstName;
  return passport.relations.map((r) => `${name(r.fromPersonId)} ${r.kind} ${name(r.toPersonId)}`).sort();
}

describe('relations in a bulk import', () => {
  it('imports a family of four with its relatives map in both directions, shown in the dry run and the row report', async () => {
    const family = familyOfFour('rel-1', 2);
    const res = await imports.upload(csvFile(family), 'семья-с-родством.csv');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ totalRows: 4, validRows: 4, errorRows: 0 });
    const dry = await system.as(operator).get(`/api/imports/${res.body.id}/dry-run`);
    expect(dry.body).toMatchObject({ newHouseholds: 1, newPersons: 4, relations: 6 });
    const preview = await system.as(operator).get(`/api/imports/${res.body.id}/rows`);
    expect(preview.body.map((r: { relations: unknown }) => r.relations)).toEqual([
      [],
      [{ row: 2, kind: 'SPOUSE' }],
      [
        { row: 2, kind: 'CHILD' },
        { row: 3, kind: 'CHILD' },
      ],
      [
        { row: 2, kind: 'CHILD' },
        { row: 3, kind: 'CHILD' },
        { row: 4, kind: 'SIBLING' },
      ],
    ]);

    expect((await imports.start(res.body.id)).status).toBe(200);
    await imports.completed(res.body.id);
    const person = await system.prisma.person.findUniqueOrThrow({ where: { snils: family[0].snils } });
    expect(await familyMap(person.householdId as string)).toEqual([
      'Анна CHILD Иван',
      'Анна CHILD Мария',
      'Анна SIBLING Пётр',
      'Иван PARENT Анна',
      'Иван PARENT Пётр',
      'Иван SPOUSE Мария',
      'Мария PARENT Анна',
      'Мария PARENT Пётр',
      'Мария SPOUSE Иван',
      'Пётр CHILD Иван',
      'Пётр CHILD Мария',
      'Пётр SIBLING Анна',
    ]);

    // The same file again, and the same family as XLSX (another file): nothing is added.
    const relations = await system.prisma.relation.count();
    const households = await system.prisma.household.count();
    const again = await imports.upload(csvFile(family), 'семья-с-родством-ещё-раз.csv');
    expect(again.body).toMatchObject({ id: res.body.id, repeated: true });
    const copy = await imports.upload(await xlsxFile(family), 'семья-с-родством.xlsx');
    expect(copy.status).toBe(201);
    const copyDry = await system.as(operator).get(`/api/imports/${copy.body.id}/dry-run`);
    expect(copyDry.body).toMatchObject({ newHouseholds: 0, newPersons: 0, linkedPersons: 4, relations: 0 });
    await imports.start(copy.body.id);
    await imports.completed(copy.body.id);
    expect(await imports.batch(copy.body.id)).toMatchObject({ createdPersons: 0, linkedPersons: 4 });
    expect(await system.prisma.relation.count()).toBe(relations);
    expect(await system.prisma.household.count()).toBe(households);
    expect(await familyMap(person.householdId as string)).toHaveLength(12);
  }, 60_000);

  it('reports bad relation rows by row and column, holds their families back, and writes nothing of the file', async () => {
    const husband = goodRow(0, 'bad-1', { sex: 'М', relationKind: 'Отец', relationTo: '3' });
    const rows = [
      husband,
      goodRow(1, 'bad-1', { relationKind: 'Супруг(а)', relationTo: husband.snils }),
      goodRow(2, 'bad-2'),
      goodRow(3, 'bad-2', { relationKind: 'Кум', relationTo: '4' }),
      goodRow(4, 'bad-3', { relationKind: 'Брат', relationTo: '4' }),
      goodRow(5, 'bad-4', { relationKind: 'Иное', relationTo: '7' }),
    ];
    const persons = await system.prisma.person.count();
    const res = await imports.upload(csvFile(rows), 'ошибки-родства.csv');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ totalRows: 6, validRows: 0, errorRows: 6 });
    const report = await system
      .as(operator)
      .get(`/api/imports/${res.body.id}/rows`)
      .query({ filter: JSON.stringify({ errors: 'true' }) });
    const byRow = Object.fromEntries(
      report.body.map((r: { rowNumber: number; errors: { column: string; message: string }[] }) => [
        r.rowNumber,
        r.errors.map((e) => `${e.column}: ${e.message}`),
      ]),
    );
    expect(byRow).toEqual({
      2: ['Родство: кем приходится: Противоречит строке 3: там для этой пары указано «Супруг(а)»'],
      3: ['Родство: кем приходится: Противоречит строке 2: там для этой пары указано «Родитель»'],
      4: ['Номер семьи: Семья не загружается: ошибка родства в строке 5'],
      5: [expect.stringMatching(/^Родство: кем приходится: Неизвестное родство «Кум»/)],
      6: ['Родство: с кем: Строка 4 — другая семья: родство указывается внутри семьи'],
      7: ['Родство: с кем: Родство с самим собой'],
    });
    expect((await imports.start(res.body.id)).status).toBe(409);
    expect(await system.prisma.person.count()).toBe(persons);
  });
});
