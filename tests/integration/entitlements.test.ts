import { localDate } from '../../shared/calendar/workingDays';
import { incomeMonths } from '../../shared/poverty/window';
import { nextSnils, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

/**
 * «Положено семье» through the real API, PostgreSQL, Temporal server and worker: the life
 * situations seeded with the catalog find what a family is owed, the operator registers the chosen
 * measures as need workflows in one step, and admins edit the rules under audit.
 */
let system: TestSystem;
let operator: string;
let otherOperator: string;
let admin: string;
let municipalityId: string;

beforeAll(async () => {
  system = await startTestSystem();
  operator = await userId(system.prisma, 'operator.samara');
  otherOperator = await userId(system.prisma, 'operator.tolyatti');
  admin = await userId(system.prisma, 'admin');
  municipalityId = (await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } })).id;
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

/** The day `months` months before today (in the region), 'YYYY-MM-DD'. */
function monthsAgo(months: number): string {
  const [y, m] = localDate(new Date()).split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

// The mother earns well: the family's poverty assessment (run by its workflow meanwhile) stays ABOVE.
const person = (key: string, birthDate: string, sex = 'FEMALE', monthly = 0) => ({
  key,
  lastName: 'Положено',
  firstName: key,
  birthDate,
  sex,
  snils: nextSnils(),
  incomes: monthly ? incomeMonths(localDate(new Date())).map((period) => ({ source: 'SALARY', amount: String(monthly), period })) : [],
});

async function familyWithBabyAndFirstGrader() {
  const res = await system
    .as(operator)
    .post('/api/passports')
    .send({
      household: { municipalityId, address: 'Самара, ул. Полевая, 3', categories: [] },
      persons: [
        person('Мать', '1992-03-04', 'FEMALE', 300000),
        person('Малыш', monthsAgo(2), 'MALE'),
        person('Школьница', monthsAgo(6 * 12 + 2)),
      ],
      relations: [],
    });
  expect(res.status).toBe(201);
  const members = (await system.prisma.person.findMany({ where: { householdId: res.body.id } })) as { id: string; firstName: string }[];
  const id = (name: string) => members.find((m) => m.firstName === name)!.id;
  return { householdId: res.body.id as string, mother: id('Мать'), baby: id('Малыш'), pupil: id('Школьница') };
}

interface Owed {
  situation: { code: string };
  measure: { code: string };
  person: { id: string; fullName: string };
  conditions: { key: string; label: string; held: boolean }[];
}
const owedOf = async (householdId: string): Promise<Owed[]> => {
  const res = await system.as(operator).get(`/api/passports/${householdId}/entitlements`);
  expect(res.status).toBe(200);
  return res.body.entitlements as Owed[];
};
const pairs = (list: Owed[]) => list.map((e) => `${e.situation.code}:${e.measure.code}:${e.person.id}`).sort();

describe('«Положено семье»', () => {
  it('lists what the family is owed, for whom and why, and only to operators of its municipality', async () => {
    const f = await familyWithBabyAndFirstGrader();
    const owed = await owedOf(f.householdId);
    expect(pairs(owed)).toEqual(
      [
        `CHILD_BIRTH:SOC_CHILD_BENEFIT:${f.baby}`,
        `CHILD_BIRTH:MED_GP_APPOINTMENT:${f.baby}`,
        `SCHOOL_START:EDU_SCHOOL_KIT:${f.pupil}`,
      ].sort(),
    );
    const kit = owed.find((e) => e.measure.code === 'EDU_SCHOOL_KIT')!;
    expect(kit.person.fullName).toBe('Положено Школьница');
    expect(kit.conditions.every((c) => c.held)).toBe(true);
    expect(kit.conditions.map((c) => c.label)).toContain('Ребёнку исполнилось 6 лет');

    expect((await system.as(otherOperator).get(`/api/passports/${f.householdId}/entitlements`)).status).toBe(404);
  });

  it('registers the chosen measures as need workflows once, however often the request is repeated', async () => {
    const f = await familyWithBabyAndFirstGrader();
    const items = [
      { situationCode: 'CHILD_BIRTH', measureCode: 'SOC_CHILD_BENEFIT', personId: f.baby },
      { situationCode: 'SCHOOL_START', measureCode: 'EDU_SCHOOL_KIT', personId: f.pupil },
    ];
    const send = () =>
      system.as(operator).post(`/api/passports/${f.householdId}/entitlements/register`).set('Idempotency-Key', 'owed-1').send({ items });

    const first = await send();
    expect(first.status).toBe(201);
    expect(first.body.registered.map((r: { created: boolean }) => r.created)).toEqual([true, true]);
    const needIds = first.body.registered.map((r: { need: { id: string } }) => r.need.id);
    const needs = await system.prisma.need.findMany({ where: { id: { in: needIds } }, include: { measure: true } });
    expect(needs.map((n) => n.measure.code).sort()).toEqual(['EDU_SCHOOL_KIT', 'SOC_CHILD_BENEFIT']);
    expect(needs.every((n) => n.status !== 'CANCELLED' && n.description.startsWith('Положено семье'))).toBe(true);

    const again = await send();
    expect(again.status).toBe(200);
    expect(again.body.registered.map((r: { need: { id: string } }) => r.need.id)).toEqual(needIds);
    expect(await system.prisma.need.count({ where: { personId: { in: [f.baby, f.pupil] } } })).toBe(2);

    // Registered measures are in work now: no longer offered.
    expect(pairs(await owedOf(f.householdId))).toEqual([`CHILD_BIRTH:MED_GP_APPOINTMENT:${f.baby}`]);
  }, 60_000);

  it('refuses a request without an Idempotency-Key and a measure the family is not owed', async () => {
    const f = await familyWithBabyAndFirstGrader();
    const url = `/api/passports/${f.householdId}/entitlements/register`;
    const notOwed = { items: [{ situationCode: 'SCHOOL_START', measureCode: 'EDU_SCHOOL_KIT', personId: f.mother }] };
    expect((await system.as(operator).post(url).send(notOwed)).status).toBe(400);
    const refused = await system.as(operator).post(url).set('Idempotency-Key', 'owed-2').send(notOwed);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields['items.0']).toMatch(/не положена/);
    expect(await system.prisma.need.count({ where: { personId: f.mother } })).toBe(0);
  });
});

describe('life situations as data', () => {
  it('an admin changes a rule; the change is audited before/after and the passport follows it', async () => {
    const f = await familyWithBabyAndFirstGrader();
    const list = await system.as(admin).get('/api/life-situations').query({ range: '[0,99]' });
    expect(list.status).toBe(200);
    const school = list.body.find((s: { code: string }) => s.code === 'SCHOOL_START');
    const { id, code: _code, updatedAt: _at, ...fields } = school;

    const changed = await system
      .as(admin)
      .put(`/api/life-situations/${id}`)
      .send({ ...fields, measureCodes: ['EDU_SCHOOL_KIT', 'EDU_TUTORING'] });
    expect(changed.status).toBe(200);
    const entry = await system.prisma.auditLog.findFirstOrThrow({ where: { entity: 'LifeSituation', entityId: id, action: 'UPDATE' } });
    expect(entry.changes).toEqual({ measureCodes: { before: ['EDU_SCHOOL_KIT'], after: ['EDU_SCHOOL_KIT', 'EDU_TUTORING'] } });
    expect(pairs(await owedOf(f.householdId))).toContain(`SCHOOL_START:EDU_TUTORING:${f.pupil}`);

    const unsafe = await system
      .as(admin)
      .put(`/api/life-situations/${id}`)
      .send({ ...fields, rule: { combinator: 'all', conditions: [{ key: 'x', label: 'Лог', logic: { log: 'x' } }] } });
    expect(unsafe.status).toBe(422);
    const unknownMeasure = await system
      .as(admin)
      .put(`/api/life-situations/${id}`)
      .send({ ...fields, measureCodes: ['NO_SUCH_MEASURE'] });
    expect(unknownMeasure.status).toBe(422);
    expect((await system.as(operator).put(`/api/life-situations/${id}`).send(fields)).status).toBe(403);
  });

  it('an admin adds a situation; a duplicate code is refused', async () => {
    const body = {
      code: 'MANY_PENSIONERS',
      name: 'Двое пенсионеров',
      subject: 'HOUSEHOLD',
      rule: {
        combinator: 'all',
        conditions: [{ key: 'two', label: 'Двое пенсионеров', logic: { '>=': [{ var: 'household.pensionersCount' }, 2] } }],
      },
      measureCodes: ['VOL_HOUSEHOLD_HELP'],
    };
    const created = await system.as(admin).post('/api/life-situations').send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'MANY_PENSIONERS', active: true, description: '' });
    expect((await system.as(admin).post('/api/life-situations').send(body)).status).toBe(409);
  });
});
