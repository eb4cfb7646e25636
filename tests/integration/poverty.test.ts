import { localDate } from '../../shared/calendar/workingDays';
import { incomeMonths } from '../../shared/poverty/window';
import { nextSnils, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

/**
 * The poverty profile through the real API, PostgreSQL, Temporal server and worker: passports are
 * assessed by their re-assessment workflow, the register and its summary read the assessments, and
 * an edit of the subsistence-minimum table re-assesses the region.
 */
let system: TestSystem;
let operator: string;
let otherOperator: string;
let coordinator: string;
let admin: string;
let executor: string;
let municipalityId: string;
const months = incomeMonths(localDate(new Date()));

beforeAll(async () => {
  system = await startTestSystem();
  operator = await userId(system.prisma, 'operator.samara');
  otherOperator = await userId(system.prisma, 'operator.tolyatti');
  coordinator = await userId(system.prisma, 'coordinator');
  admin = await userId(system.prisma, 'admin');
  executor = await userId(system.prisma, 'executor.minsoc');
  municipalityId = (await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } })).id;
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const waitFor = async <T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

/** A person earning the same amount (roubles) in each month of the assessment window. */
const person = (key: string, birthDate: string, monthly = 0, over: Record<string, unknown> = {}) => ({
  key,
  lastName: 'Бедность',
  // Names take letters only (the text rules): the key without its digits.
  firstName: key.replace(/\d/g, ''),
  birthDate,
  sex: 'FEMALE',
  snils: nextSnils(),
  incomes: monthly ? months.map((period) => ({ source: 'SALARY', amount: String(monthly), period })) : [],
  ...over,
});

async function register(address: string, persons: unknown[], categories: string[] = []): Promise<string> {
  const res = await system
    .as(operator)
    .post('/api/passports')
    .send({ household: { municipalityId, address, categories }, persons, relations: [] });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const currentOf = (householdId: string) =>
  system.prisma.povertyAssessment.findFirst({ where: { householdId, current: true } }).then((a) => a ?? undefined);

const registerPage = (as: string, filter: Record<string, unknown> = {}) =>
  system
    .as(as)
    .get('/api/poverty/register')
    .query({ filter: JSON.stringify(filter), range: '[0,24]' });

let pensioner: string;
let nearSingle: string;
let largeFamily: string;
let wellOff: string;

describe('the register of low-income households', () => {
  beforeAll(async () => {
    // Samara 2026: pensioners 15 311 ₽, working-age 19 405 ₽, children 17 269 ₽.
    pensioner = await register('г. Самара, ул. Пенсионная, 1', [
      person('pensioner', '1950-02-02', 10_000, {
        categories: ['PENSIONER'],
        incomes: months.map((period) => ({ source: 'PENSION', amount: '10000', period })),
      }),
    ]);
    nearSingle = await register('г. Самара, ул. Рисковая, 2', [person('worker', '1990-03-03', 25_000)]);
    largeFamily = await register(
      'г. Самара, ул. Многодетная, 3',
      [person('mother', '1988-01-01', 30_000), person('kid1', '2014-01-01'), person('kid2', '2016-01-01'), person('kid3', '2019-01-01')],
      ['LARGE_FAMILY'],
    );
    wellOff = await register('г. Самара, ул. Богатая, 4', [person('rich1', '1980-01-01', 100_000), person('rich2', '1982-01-01', 90_000)]);
    for (const id of [pensioner, nearSingle, largeFamily, wellOff]) await waitFor(() => currentOf(id), `the assessment of ${id}`);
  }, 60_000);

  it('lists the households below the subsistence minimum with their depth, deepest first', async () => {
    const res = await registerPage(operator);
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('poverty-register 0-1/2');
    expect(res.body.map((r: { householdId: string }) => r.householdId)).toEqual([largeFamily, pensioner]);
    const [family, elder] = res.body;
    // (19 405 + 3 × 17 269) / 4 = 17 803,00 ₽; 30 000 / 4 = 7 500,00 ₽; depth 10 303 ₽ = 57,87 %
    expect(family).toMatchObject({
      thresholdKopecks: 1_780_300,
      perCapitaIncomeKopecks: 750_000,
      depthKopecks: 1_030_300,
      depthBasisPoints: 5787,
      deficitKopecks: 4_121_200,
      largeFamily: true,
      children: 3,
    });
    expect(elder).toMatchObject({ thresholdKopecks: 1_531_100, perCapitaIncomeKopecks: 1_000_000, depthKopecks: 531_100, pensioners: 1 });
    expect(elder.applicant.firstName).toBe('pensioner');
    const passport = await system.as(operator).get(`/api/passports/${largeFamily}`);
    expect(passport.body.categories).toEqual(['LARGE_FAMILY']);
    expect(passport.body.poverty).toMatchObject({ verdict: 'BELOW', depthKopecks: 1_030_300 });
  });

  it('filters by composition, depth band and verdict', async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await registerPage(operator, filter)).body.map((r: { householdId: string }) => r.householdId);
    expect(await ids({ largeFamily: true })).toEqual([largeFamily]);
    expect(await ids({ withChildren: true })).toEqual([largeFamily]);
    expect(await ids({ withPensioners: true })).toEqual([pensioner]);
    expect(await ids({ depthBand: 'OVER_50' })).toEqual([largeFamily]);
    expect(await ids({ depthBand: 'FROM_25_TO_50' })).toEqual([pensioner]);
    expect(await ids({ verdict: 'NEAR' })).toEqual([nearSingle]);
    expect(await ids({ ageGroup: '65+' })).toEqual([pensioner]);
    expect(await ids({ municipalityId })).toHaveLength(2);
  });

  it('sums households, people and the monthly deficit', async () => {
    const res = await system.as(coordinator).get('/api/poverty/register/summary');
    expect(res.status).toBe(200);
    // 41 212 ₽ + 5 311 ₽ = 46 523 ₽ over 2 households
    expect(res.body).toEqual({
      households: 2,
      people: 5,
      totalDeficitKopecks: 4_652_300,
      averageDeficitKopecks: 2_326_150,
      averageDepthBasisPoints: Math.round((5787 + 3469) / 2),
    });
  });

  it("shows an operator only their municipality's households and refuses roles without access", async () => {
    expect((await registerPage(otherOperator)).body).toEqual([]);
    expect((await registerPage(executor)).status).toBe(403);
    expect((await system.as(otherOperator).get(`/api/households/${pensioner}/assessments`)).status).toBe(404);
  });

  it('counts the poverty of each municipality with a drill-down filter', async () => {
    const res = await system.as(coordinator).get('/api/poverty/dashboard').query({ dimension: 'municipality' });
    const samara = res.body.find((r: { key: string }) => r.key === municipalityId);
    expect(samara).toMatchObject({ householdsInPassport: 4, peopleInPassport: 8, householdsBelow: 2, peopleBelow: 5, householdsNear: 1 });
    expect(samara.filter).toEqual({ municipalityId });
    const bySex = await system.as(coordinator).get('/api/poverty/dashboard').query({ dimension: 'sex' });
    expect(bySex.body.map((r: { key: string }) => r.key)).toEqual(['MALE', 'FEMALE']);
    expect(bySex.body[1]).toMatchObject({ peopleInPassport: 8, peopleBelow: 5 });
  });

  it('re-assesses a household when an income changes, keeping the earlier assessment', async () => {
    const [worker] = (await system.as(operator).get(`/api/passports/${nearSingle}`)).body.persons;
    const res = await system
      .as(operator)
      .patch(`/api/persons/${worker.id}`)
      .send({ incomes: months.map((period) => ({ source: 'SALARY', amount: '9000', period })) });
    expect(res.status).toBe(200);
    const current = await waitFor(
      async () => ((await currentOf(nearSingle))?.verdict === 'BELOW' ? currentOf(nearSingle) : undefined),
      'the re-assessment after the income change',
    );
    expect(current?.perCapitaIncomeKopecks).toBe(900_000);
    const history = await system.as(operator).get(`/api/households/${nearSingle}/assessments`);
    expect(history.body.map((a: { verdict: string; current: boolean }) => [a.verdict, a.current])).toEqual([
      ['BELOW', true],
      ['NEAR', false],
    ]);
    expect(history.body[0].lines.find((l: { key: string }) => l.key === 'perCapitaIncome').value).toBe('9 000,00 ₽');
  });
});

describe('the subsistence-minimum table', () => {
  it('lets an admin correct a value, audits before and after, and re-assesses the region', async () => {
    const list = await system
      .as(admin)
      .get('/api/subsistence-minimums')
      .query({ filter: JSON.stringify({ region: 'RU-SAM', year: 2026 }) });
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(4);
    const row = list.body.find((r: { group: string }) => r.group === 'PENSIONER');
    expect(row.amountKopecks).toBe(1_531_100);
    expect((await system.as(operator).put(`/api/subsistence-minimums/${row.id}`).send({ amountKopecks: 900_000 })).status).toBe(403);

    const res = await system
      .as(admin)
      .put(`/api/subsistence-minimums/${row.id}`)
      .send({ ...row, amountKopecks: 900_000, note: 'проверка' });
    expect(res.status).toBe(200);
    expect(res.body.amountKopecks).toBe(900_000);
    const entry = await system.prisma.auditLog.findFirstOrThrow({ where: { entity: 'SubsistenceMinimum', entityId: row.id } });
    expect(entry.action).toBe('UPDATE');
    expect(entry.changes).toMatchObject({ amountKopecks: { before: 1_531_100, after: 900_000 }, note: { after: 'проверка' } });

    // 10 000 ₽ against 9 000 ₽: the pensioner leaves the register for the near-poverty band.
    const current = await waitFor(
      async () => ((await currentOf(pensioner))?.thresholdKopecks === 900_000 ? currentOf(pensioner) : undefined),
      'the re-assessment after the table edit',
    );
    expect(current?.verdict).toBe('NEAR');
    expect((await registerPage(operator)).body.map((r: { householdId: string }) => r.householdId)).not.toContain(pensioner);
    const progress = await system.as(admin).get('/api/poverty/reassessments/RU-SAM');
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({ region: 'RU-SAM' });
  }, 60_000);

  it('refuses a second value for the same region, group and date (409) and a non-positive amount (422)', async () => {
    const base = { region: 'RU-SAM', year: 2026, effectiveFrom: '2026-01-01', group: 'CHILD', actTitle: 'Постановление' };
    expect(
      (
        await system
          .as(coordinator)
          .post('/api/subsistence-minimums')
          .send({ ...base, amountKopecks: 100 })
      ).status,
    ).toBe(409);
    const bad = await system
      .as(coordinator)
      .post('/api/subsistence-minimums')
      .send({ ...base, amountKopecks: 0 });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.amountKopecks).toBe('Сумма должна быть больше нуля');
  });
});

describe('the social-contract calculator', () => {
  it("assesses a hypothetical Lipetsk family with the seed's calculator values, storing nothing", async () => {
    const before = await system.prisma.povertyAssessment.count();
    const res = await system
      .as(coordinator)
      .post('/api/poverty/calculator')
      .send({
        region: 'RU-LIP',
        date: '2026-12-01',
        members: [
          {
            key: 'a',
            birthDate: '1990-05-01',
            incomes: ['2026-09', '2026-10', '2026-11'].map((period) => ({ period, amountKopecks: 3_000_000 })),
          },
          { key: 'b', birthDate: '1992-07-20' },
          { key: 'c', birthDate: '2016-01-15' },
          { key: 'd', birthDate: '2021-09-30' },
        ],
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ thresholdKopecks: 984_200, perCapitaIncomeKopecks: 750_000, verdict: 'BELOW', depthKopecks: 234_200 });
    expect(await system.prisma.povertyAssessment.count()).toBe(before);
  });

  it("assesses a real household for its municipality's operator and audits it; others get 404", async () => {
    const res = await system.as(operator).post('/api/poverty/calculator').send({ householdId: largeFamily });
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe('BELOW');
    const entry = await system.prisma.auditLog.findFirstOrThrow({ where: { entity: 'PovertyCalculator', entityId: largeFamily } });
    expect(entry.actorId).toBe(operator);
    expect((await system.as(otherOperator).post('/api/poverty/calculator').send({ householdId: largeFamily })).status).toBe(404);
    expect((await system.as(executor).post('/api/poverty/calculator').send({ householdId: largeFamily })).status).toBe(404);
  });
});
