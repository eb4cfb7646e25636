import { MockActivityEnvironment } from '@temporalio/testing';
import type { BatchResult } from '../../activities/poverty/assessmentActivities';
import { createPovertyActivities } from '../../activities/poverty/assessmentActivities';
import { createPrismaClient } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { seedReferenceData } from '../../scripts/seed/referenceData';
import { createTestDatabase } from '../../scripts/lib/testDatabase';
import { incomeMonths } from '../../shared/poverty/window';

/**
 * The batch activity of the region's re-assessment on real PostgreSQL: what a new attempt after a
 * lost worker does with the heartbeat of the old one, and what a repeated batch stores.
 */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;
let householdIds: string[];
const DATE = '2026-12-01';
const activities = () => createPovertyActivities({ prisma, nearBandPermille: 1500 });
const batch = (env: MockActivityEnvironment, afterId: string | null = null) =>
  env.run(activities().assessHouseholdBatch, { region: 'RU-SAM', date: DATE, afterId, limit: 100, onlyStale: false });

beforeAll(async () => {
  db = await createTestDatabase('sp_poverty_batch');
  prisma = createPrismaClient(db.url);
  await seedReferenceData(prisma);
  const municipality = await prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } });
  for (let i = 0; i < 6; i++) {
    await prisma.household.create({
      data: {
        municipalityId: municipality.id,
        address: `дом ${i}`,
        members: {
          create: {
            lastName: 'Пакет',
            firstName: `№${i}`,
            birthDate: new Date('1985-01-01T00:00:00Z'),
            sex: 'FEMALE',
            snils: `batch-${i}`,
            municipalityId: municipality.id,
            address: `дом ${i}`,
            incomes: { create: incomeMonths(DATE).map((period) => ({ source: 'SALARY', amount: String(5000 * (i + 1)), period })) },
          },
        },
      },
    });
  }
  householdIds = (await prisma.household.findMany({ orderBy: { id: 'asc' }, select: { id: true } })).map((h) => h.id);
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

describe('assessHouseholdBatch', () => {
  it('resumes after the household the previous attempt last reported, and clears the changed marks', async () => {
    const lost: BatchResult = { lastId: householdIds[2], processed: 3, changed: 3, failed: 0 };
    const result = await batch(new MockActivityEnvironment({ heartbeatDetails: lost }));
    expect(result).toEqual({ lastId: householdIds[5], processed: 6, changed: 6, failed: 0 });
    const assessed = await prisma.povertyAssessment.findMany({ select: { householdId: true } });
    expect(assessed.map((a) => a.householdId).sort()).toEqual(householdIds.slice(3));
    expect(await prisma.household.count({ where: { id: { in: householdIds.slice(3) }, povertyStaleSince: { not: null } } })).toBe(0);
    expect(await prisma.household.count({ where: { id: { in: householdIds.slice(0, 3) }, povertyStaleSince: { not: null } } })).toBe(3);
  });

  it('stores nothing when the same batch runs again, and a new assessment once an income changes', async () => {
    await batch(new MockActivityEnvironment());
    const before = await prisma.povertyAssessment.count();
    expect(before).toBe(6);
    const again = await batch(new MockActivityEnvironment());
    expect(again).toMatchObject({ processed: 6, changed: 0 });
    expect(await prisma.povertyAssessment.count()).toBe(before);

    const person = await prisma.person.findFirstOrThrow({ where: { householdId: householdIds[0] } });
    await prisma.income.updateMany({ where: { personId: person.id }, data: { amount: '90000' } });
    expect((await prisma.household.findUniqueOrThrow({ where: { id: householdIds[0] } })).povertyStaleSince).not.toBeNull();
    const third = await batch(new MockActivityEnvironment());
    expect(third).toMatchObject({ processed: 6, changed: 1 });
    const history = await prisma.povertyAssessment.findMany({ where: { householdId: householdIds[0] }, orderBy: { createdAt: 'asc' } });
    expect(history.map((a) => [a.verdict, a.current])).toEqual([
      [history[0].verdict, false],
      ['ABOVE', true],
    ]);
  });
});
