import { needIdFor } from '../../api/needs/registration';
import { toHttpError } from '../../api/http/errorMiddleware';
import type { Actor } from '../../shared/needCase';
import { needWorkflowId } from '../../shared/needCase';
import { commentUpdate } from '../../workflows/needCase';
import { nextSnils, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

// A request that hangs fails the test here instead of running into jest's timeout.
const ANSWERED_WITHIN_MS = 15_000;

let system: TestSystem;
let operator: string;
let executor: string;
let municipalityId: string;
let measureId: string;

beforeAll(async () => {
  system = await startTestSystem();
  [operator, executor] = await Promise.all(['operator.samara', 'executor.minsoc'].map((u) => userId(system.prisma, u)));
  municipalityId = (await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } })).id;
  measureId = (await system.prisma.supportMeasure.findFirstOrThrow({ where: { organisation: { code: 'MINSOC' } } })).id;
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const person = (over: Record<string, unknown> = {}) => ({
  key: 'p1',
  lastName: 'Ядова',
  firstName: 'Анна',
  middleName: 'Петровна',
  birthDate: '1985-04-12',
  sex: 'FEMALE',
  snils: nextSnils(),
  contacts: [],
  debts: [],
  incomes: [],
  ...over,
});
const passport = (over: Record<string, unknown> = {}, address = 'г. Самара, ул. Ленинская, д. 1') => ({
  household: { municipalityId, address },
  persons: [person(over)],
  relations: [],
});

async function openNeed(): Promise<string> {
  const personId = await registerPerson(system, 'operator.samara', 'Ядова');
  const res = await system.as(operator).post('/api/needs').send({ personId, measureId, description: 'Нужна помощь' }).expect(201);
  return res.body.id;
}

describe('poison text never reaches a case or the database', () => {
  it('refuses a NUL in a need description at once: no need row and no workflow', async () => {
    const personId = await registerPerson(system, 'operator.samara', 'Ядова');
    const needsBefore = await system.prisma.need.count();
    const key = 'poison-description';
    const res = await system
      .as(operator)
      .post('/api/needs')
      .set('Idempotency-Key', key)
      .send({ personId, measureId, description: 'a\u0000b' })
      .timeout(ANSWERED_WITHIN_MS);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ description: 'Недопустимый символ: управляющий символ U+0000' });
    expect(await system.prisma.need.count()).toBe(needsBefore);
    const needId = needIdFor({ userId: operator } as Actor, key);
    await expect(system.temporal.workflow.getHandle(needWorkflowId(needId)).describe()).rejects.toThrow(/not found/i);
  });

  it('refuses a NUL in a comment, and the case still takes a claim and comments', async () => {
    const needId = await openNeed();
    const res = await system.as(operator).post(`/api/needs/${needId}/comment`).send({ text: 'x\u0000' }).timeout(ANSWERED_WITHIN_MS);
    expect(res.status).toBe(422);
    expect(res.body.error.fields.text).toBe('Недопустимый символ: управляющий символ U+0000');

    await system.as(executor).post(`/api/needs/${needId}/claim`).send({}).timeout(ANSWERED_WITHIN_MS).expect(200);
    await system.as(executor).post(`/api/needs/${needId}/comment`).send({ text: 'Звоню семье' }).timeout(ANSWERED_WITHIN_MS).expect(200);
    const events = await system.as(operator).get(`/api/needs/${needId}/events`).expect(200);
    expect(events.body.map((e: { type: string }) => e.type)).toEqual(['REGISTERED', 'ROUTED', 'CLAIMED', 'COMMENTED']);
  });

  it('answers at once with 422 when a NUL gets past the API into an update, and the case goes on', async () => {
    const needId = await openNeed();
    const actor: Actor = { userId: operator, role: 'OPERATOR', organisationId: null, municipalityId };
    const handle = system.temporal.workflow.getHandle(needWorkflowId(needId));
    const err = await handle.executeUpdate(commentUpdate, { args: [{ actor, text: 'x\u0000' }] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(toHttpError(err)).toMatchObject({ status: 422, code: 'REJECTED_BY_DATABASE' });

    await system.as(executor).post(`/api/needs/${needId}/claim`).send({}).timeout(ANSWERED_WITHIN_MS).expect(200);
    const need = await system.as(operator).get(`/api/needs/${needId}`).expect(200);
    expect(need.body).toMatchObject({ status: 'ASSIGNED', assigneeId: executor });
  });

  it.each<[string, Record<string, unknown>, string | undefined, string, RegExp]>([
    ['a NUL in a surname', { lastName: 'Ядо\u0000ва' }, undefined, 'persons.0.lastName', /U\+0000/],
    ['a lone surrogate in a first name', { firstName: '\ud800' }, undefined, 'persons.0.firstName', /одиночный суррогат U\+D800/],
    ['a lone surrogate in the address', {}, 'г. Самара \udfff', 'household.address', /одиночный суррогат U\+DFFF/],
    ['a surname of zero-width spaces only', { lastName: '\u200b\u200b\u200b' }, undefined, 'persons.0.lastName', /невидимых символов/],
    ['a right-to-left override in a name', { firstName: 'Анна\u202eанилоП' }, undefined, 'persons.0.firstName', /U\+202E/],
    ['an emoji in a surname', { lastName: 'Ядова🙂' }, undefined, 'persons.0.lastName', /«🙂»/],
  ])('refuses a passport with %s (422, nothing written)', async (_what, over, address, field, message) => {
    const households = await system.prisma.household.count();
    const res = await system.as(operator).post('/api/passports').send(passport(over, address));
    expect(res.status).toBe(422);
    expect(res.body.error.fields[field]).toMatch(message);
    expect(await system.prisma.household.count()).toBe(households);
  });

  it('reads a lone surrogate sent as a raw JSON escape as a refusal, not a server error', async () => {
    const body = JSON.stringify(passport()).replace('"Ядова"', '"\\ud800"');
    const res = await system.as(operator).post('/api/passports').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(422);
    expect(res.body.error.fields['persons.0.lastName']).toMatch(/U\+D800/);
  });

  it('refuses poison in persons added or edited, and in the passport search', async () => {
    const created = await system.as(operator).post('/api/passports').send(passport()).expect(201);
    const personId = created.body.persons[0].id;
    const add = await system
      .as(operator)
      .post(`/api/passports/${created.body.id}/persons`)
      .send({ ...person({ firstName: 'Пётр\u0000' }), key: undefined });
    expect(add.status).toBe(422);
    expect(add.body.error.fields.firstName).toMatch(/U\+0000/);

    for (const [field, value, message] of [
      ['lastName', '\u200b\u200b', /невидимых символов/],
      ['middleName', 'Петровна\u202e', /U\+202E/],
      ['address', 'ул. \ud800', /U\+D800/],
    ] as const) {
      const edit = await system
        .as(operator)
        .patch(`/api/persons/${personId}`)
        .send({ [field]: value });
      expect([field, edit.status]).toEqual([field, 422]);
      expect(edit.body.error.fields[field]).toMatch(message);
    }
    const stored = await system.prisma.person.findUniqueOrThrow({ where: { id: personId } });
    expect(stored).toMatchObject({ lastName: 'Ядова', middleName: 'Петровна' });

    const search = await system
      .as(operator)
      .get('/api/passports')
      .query({ filter: JSON.stringify({ q: 'Ядова\u0000' }) });
    expect(search.status).toBe(400);
  });

  it('stores names in NFC and keeps Cyrillic and Latin names with hyphens and apostrophes', async () => {
    const res = await system
      .as(operator)
      .post('/api/passports')
      .send(passport({ lastName: 'Е\u0308лкина-О’Нил', firstName: "Anna-Marie d'Arc", middleName: null }));
    expect(res.status).toBe(201);
    expect(res.body.persons[0]).toMatchObject({ lastName: 'Ёлкина-О’Нил', firstName: "Anna-Marie d'Arc" });
  });
});
