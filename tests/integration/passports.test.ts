import { nextSnils, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: string;
let municipalityId: string;

beforeAll(async () => {
  system = await startTestSystem();
  operator = await userId(system.prisma, 'operator.samara');
  municipalityId = (await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } })).id;
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const person = (key: string, over: Record<string, unknown> = {}) => ({
  key,
  lastName: 'Петров',
  firstName: 'Иван',
  middleName: 'Сергеевич',
  birthDate: '1980-01-15',
  sex: 'MALE',
  snils: nextSnils(),
  contacts: [],
  debts: [],
  incomes: [],
  ...over,
});

const family = () => ({
  household: { municipalityId, address: 'г. Самара, ул. Молодогвардейская, д. 10, кв. 5' },
  persons: [
    person('father', {
      contacts: [{ kind: 'PHONE', value: '+7 927 123-45-67' }],
      incomes: [{ source: 'SALARY', amount: '35000.50', period: '2026-10' }],
    }),
    person('mother', {
      firstName: 'Алёна',
      lastName: 'Семёнова',
      sex: 'FEMALE',
      debts: [{ kind: 'UTILITIES', creditor: 'АО «Самарагорэнергосбыт»', amount: 12345.67, since: '2025-03-01' }],
    }),
    person('son', { firstName: 'Павел', birthDate: '2012-06-01' }),
    person('daughter', { firstName: 'Ольга', sex: 'FEMALE', birthDate: '2015-09-20' }),
  ],
  relations: [
    { from: 'father', to: 'mother', kind: 'SPOUSE' },
    { from: 'father', to: 'son', kind: 'PARENT' },
    { from: 'mother', to: 'daughter', kind: 'PARENT' },
    { from: 'son', to: 'daughter', kind: 'SIBLING' },
  ],
});

const rowCounts = async () => ({
  households: await system.prisma.household.count(),
  persons: await system.prisma.person.count(),
  relations: await system.prisma.relation.count(),
});

describe('social passports through the API', () => {
  it('registers a family of four with its relatives map, both directions of every link, and exact money', async () => {
    const res = await system.as(operator).post('/api/passports').send(family());
    expect(res.status).toBe(201);
    const byName = Object.fromEntries(res.body.persons.map((p: { firstName: string; id: string }) => [p.firstName, p]));
    expect(res.body.relations).toHaveLength(8);
    const link = (a: string, b: string) =>
      res.body.relations.find(
        (r: { fromPersonId: string; toPersonId: string }) => r.fromPersonId === byName[a].id && r.toPersonId === byName[b].id,
      )?.kind;
    expect([link('Иван', 'Алёна'), link('Алёна', 'Иван')]).toEqual(['SPOUSE', 'SPOUSE']);
    expect([link('Иван', 'Павел'), link('Павел', 'Иван')]).toEqual(['PARENT', 'CHILD']);
    expect([link('Павел', 'Ольга'), link('Ольга', 'Павел')]).toEqual(['SIBLING', 'SIBLING']);
    expect(byName['Иван'].incomes[0]).toMatchObject({ amount: '35000.50', period: '2026-10' });
    expect(byName['Алёна'].debts[0]).toMatchObject({ amount: '12345.67', since: '2025-03-01' });
    expect(byName['Иван'].snils).toMatch(/^\d{3}-\d{3}-\d{3} \d{2}$/);

    const read = await system.as(operator).get(`/api/passports/${res.body.id}`);
    expect(read.body).toEqual(res.body);
  });

  it('finds a passport by name regardless of case and ё/е, and by SNILS in any spelling', async () => {
    const created = await system.as(operator).post('/api/passports').send(family());
    const byYo = await system
      .as(operator)
      .get('/api/passports')
      .query({ filter: JSON.stringify({ q: 'семенова алена' }) });
    expect(byYo.status).toBe(200);
    expect(byYo.body.map((p: { id: string }) => p.id)).toContain(created.body.id);
    const snils = created.body.persons[0].snils.replace(/\D/g, '');
    const bySnils = await system
      .as(operator)
      .get('/api/passports')
      .query({ filter: JSON.stringify({ snils }) });
    expect(bySnils.body.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    expect(bySnils.headers['content-range']).toBe('passports 0-0/1');
  });

  it('finds a passport by SNILS typed into the name search box, however it is spelled', async () => {
    const created = await system.as(operator).post('/api/passports').send(family());
    const digits = created.body.persons[0].snils.replace(/\D/g, '');
    const spellings = [
      digits,
      created.body.persons[0].snils,
      `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`,
      `${digits.slice(0, 3)}–${digits.slice(3, 6)}–${digits.slice(6, 9)}–${digits.slice(9)}`,
    ];
    for (const q of spellings) {
      const res = await system
        .as(operator)
        .get('/api/passports')
        .query({ filter: JSON.stringify({ q }) });
      expect([q, res.body.map((p: { id: string }) => p.id)]).toEqual([q, [created.body.id]]);
    }
  });

  it('forgives a typo in a long enough name, but not in a short word', async () => {
    const created = await system.as(operator).post('/api/passports').send(family());
    const search = async (q: string) =>
      (
        await system
          .as(operator)
          .get('/api/passports')
          .query({ filter: JSON.stringify({ q }) })
      ).body.map((p: { id: string }) => p.id);
    expect(await search('Семинова')).toContain(created.body.id);
    expect(await search('Сименова Алена')).toContain(created.body.id);
    expect(await search('Сидорова')).not.toContain(created.body.id);
    expect(await search('Олена')).toContain(created.body.id);
    expect(await search('Анна')).not.toContain(created.body.id);
  });

  it('refuses a SNILS that is already registered with 409 on the field and writes nothing', async () => {
    const first = family();
    await system.as(operator).post('/api/passports').send(first);
    const before = await rowCounts();
    const again = family();
    again.persons[2].snils = first.persons[2].snils;
    const res = await system.as(operator).post('/api/passports').send(again);
    expect(res.status).toBe(409);
    expect(res.body.error.fields).toEqual({ 'persons.2.snils': 'Человек с таким СНИЛС уже зарегистрирован' });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a bad checksum, an unknown relation key and a future birth date with field messages, writing nothing', async () => {
    const before = await rowCounts();
    const bad = family();
    bad.persons[0].snils = '112-233-445 96';
    bad.persons[1].birthDate = '2999-01-01';
    bad.relations.push({ from: 'son', to: 'grandma', kind: 'CHILD' });
    const res = await system.as(operator).post('/api/passports').send(bad);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toMatchObject({
      'persons.0.snils': 'Неверный СНИЛС: контрольное число не сходится',
      'persons.1.birthDate': 'Дата рождения не может быть в будущем',
      'relations.4.to': 'Нет человека с таким ключом',
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('answers malformed JSON with 400, other content types with 415 and unknown ids with 404', async () => {
    const malformed = await system.as(operator).post('/api/passports').set('content-type', 'application/json').send('{"household":');
    expect(malformed.status).toBe(400);
    const text = await system.as(operator).post('/api/passports').set('content-type', 'text/plain').send('hello');
    expect(text.status).toBe(415);
    expect((await system.as(operator).get('/api/passports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await system.as(operator).get('/api/passports/nope')).status).toBe(404);
    expect((await system.as(operator).patch('/api/persons/nope').send({ firstName: 'X' })).status).toBe(404);
  });

  it('adds a relative to a family, links and unlinks in both directions', async () => {
    const created = await system.as(operator).post('/api/passports').send(family());
    const father = created.body.persons.find((p: { firstName: string }) => p.firstName === 'Иван');
    const grandma = await system
      .as(operator)
      .post(`/api/passports/${created.body.id}/persons`)
      .send({
        ...person('x', { firstName: 'Галина', sex: 'FEMALE', birthDate: '1950-02-02' }),
        key: undefined,
        relations: [{ toPersonId: father.id, kind: 'PARENT' }],
      });
    expect(grandma.status).toBe(201);
    const passport = await system.as(operator).get(`/api/passports/${created.body.id}`);
    expect(passport.body.persons).toHaveLength(5);
    const links = passport.body.relations.filter((r: { fromPersonId: string; toPersonId: string }) =>
      [r.fromPersonId, r.toPersonId].includes(grandma.body.id),
    );
    expect(links.map((r: { kind: string }) => r.kind).sort()).toEqual(['CHILD', 'PARENT']);

    const son = created.body.persons.find((p: { firstName: string }) => p.firstName === 'Павел');
    const linked = await system
      .as(operator)
      .post('/api/relations')
      .send({ fromPersonId: grandma.body.id, toPersonId: son.id, kind: 'GUARDIAN' });
    expect(linked.status).toBe(201);
    expect(
      (await system.as(operator).post('/api/relations').send({ fromPersonId: son.id, toPersonId: grandma.body.id, kind: 'WARD' })).status,
    ).toBe(409);
    const linksBetween = (a: string, b: string) =>
      system.prisma.relation.count({
        where: {
          OR: [
            { fromPersonId: a, toPersonId: b },
            { fromPersonId: b, toPersonId: a },
          ],
        },
      });
    expect(await linksBetween(son.id, grandma.body.id)).toBe(2);
    expect((await system.as(operator).delete(`/api/relations/${linked.body.id}`)).status).toBe(204);
    expect(await linksBetween(son.id, grandma.body.id)).toBe(0);
  });

  it('edits a person and replaces only the lists that are sent', async () => {
    const created = await system.as(operator).post('/api/passports').send(family());
    const mother = created.body.persons.find((p: { firstName: string }) => p.firstName === 'Алёна');
    const res = await system
      .as(operator)
      .patch(`/api/persons/${mother.id}`)
      .send({ lastName: 'Иванова', incomes: [{ source: 'BENEFIT', amount: '9000', period: '2026-09' }] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      lastName: 'Иванова',
      incomes: [{ source: 'BENEFIT', amount: '9000.00' }],
      debts: [{ amount: '12345.67' }],
    });
    expect((await system.as(operator).patch(`/api/persons/${mother.id}`).send({ snils: '000' })).status).toBe(422);
  });
});
