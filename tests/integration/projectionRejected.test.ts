import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { createProjectionActivities } from '../../activities/projection';
import { isRefusedByDatabase } from '../../activities/databaseFailures';
import { createPrismaClient } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { seedReferenceData } from '../../scripts/seed/referenceData';
import { createTestDatabase } from '../../scripts/lib/testDatabase';
import type { Actor, CaseEvent, CaseState, NeedRegistration } from '../../shared/needCase';
import { PROJECTION_REJECTED, initialCaseState } from '../../shared/needCase';
import { nextSnils } from '../support/fixtures';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;
let projection: ReturnType<typeof createProjectionActivities>;
let registration: NeedRegistration;

beforeAll(async () => {
  database = await createTestDatabase('sp_proj');
  prisma = createPrismaClient(database.url);
  await seedReferenceData(prisma);
  projection = createProjectionActivities({ prisma });
  const operator = await prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
  const measure = await prisma.supportMeasure.findFirstOrThrow();
  const municipalityId = operator.municipalityId as string;
  const person = await prisma.person.create({
    data: {
      lastName: 'Проекционная',
      firstName: 'Анна',
      birthDate: new Date('1980-01-01'),
      sex: 'FEMALE',
      snils: nextSnils(),
      municipalityId,
      address: 'г. Самара',
    },
  });
  const actor: Actor = { userId: operator.id, role: 'OPERATOR', organisationId: null, municipalityId };
  registration = {
    needId: randomUUID(),
    personId: person.id,
    measureId: measure.id,
    organisationId: measure.organisationId,
    municipalityId,
    description: 'помощь',
    registeredBy: actor,
  };
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

const stateAt = (seq: number, reg: NeedRegistration): CaseState => ({
  ...initialCaseState('2026-11-02T08:00:00.000Z', reg.organisationId),
  seq,
});
const event = (seq: number, type: CaseEvent['type'], data: Record<string, unknown> = {}): CaseEvent => ({
  seq,
  type,
  actorId: registration.registeredBy.userId,
  at: `2026-11-02T08:00:0${seq}.000Z`,
  data,
});

async function failureOf(write: Promise<unknown>): Promise<ApplicationFailure> {
  const err = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApplicationFailure);
  return err as ApplicationFailure;
}

describe('the projection activity and data the database refuses', () => {
  it('fails for good, not retryably, when a NUL reaches it in the description', async () => {
    const reg = { ...registration, needId: randomUUID(), description: 'a\u0000b' };
    const failure = await failureOf(
      projection.recordCaseChange({ registration: reg, events: [event(1, 'REGISTERED')], state: stateAt(1, reg) }),
    );
    expect(failure.nonRetryable).toBe(true);
    expect(failure.type).toBe(PROJECTION_REJECTED);
    expect(failure.message).toMatch(/SQLSTATE 22021/);
    expect(await prisma.need.count({ where: { id: reg.needId } })).toBe(0);
  });

  it('fails for good when a NUL reaches it in an event of an existing case, which keeps its earlier records', async () => {
    const reg = { ...registration, needId: randomUUID() };
    await projection.recordCaseChange({ registration: reg, events: [event(1, 'REGISTERED')], state: stateAt(1, reg) });
    const failure = await failureOf(
      projection.recordCaseChange({ registration: reg, events: [event(2, 'COMMENTED', { text: 'x\u0000' })], state: stateAt(2, reg) }),
    );
    expect(failure.nonRetryable).toBe(true);
    expect(failure.type).toBe(PROJECTION_REJECTED);
    expect((await prisma.needEvent.findMany({ where: { needId: reg.needId } })).map((e) => e.seq)).toEqual([1]);
  });

  it('fails for good on a broken constraint (a person who does not exist)', async () => {
    const reg = { ...registration, needId: randomUUID(), personId: randomUUID() };
    const failure = await failureOf(
      projection.recordCaseChange({ registration: reg, events: [event(1, 'REGISTERED')], state: stateAt(1, reg) }),
    );
    expect(failure.nonRetryable).toBe(true);
    expect(failure.type).toBe(PROJECTION_REJECTED);
  });

  it('leaves an unreachable database to the retry policy', async () => {
    const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/none');
    const err = await createProjectionActivities({ prisma: unreachable })
      .recordCaseChange({ registration, events: [event(1, 'REGISTERED')], state: stateAt(1, registration) })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(ApplicationFailure);
    expect(isRefusedByDatabase(err)).toBe(false);
    await unreachable.$disconnect();
  });
});
