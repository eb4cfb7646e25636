import { nextSnils, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: string;
let auditor: string;
let passportId: string;
let personId: string;
let snils: string;

beforeAll(async () => {
  system = await startTestSystem();
  operator = await userId(system.prisma, 'operator.samara');
  auditor = await userId(system.prisma, 'auditor');
  const municipalityId = (await system.prisma.user.findUniqueOrThrow({ where: { id: operator } })).municipalityId;
  snils = nextSnils();
  const res = await system
    .as(operator)
    .post('/api/passports')
    .send({
      household: { municipalityId, address: 'адрес' },
      persons: [{ key: 'p', lastName: 'Аудитова', firstName: 'Анна', birthDate: '1990-01-01', sex: 'FEMALE', snils }],
    });
  passportId = res.body.id;
  personId = res.body.persons[0].id;
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const entries = (filter: Record<string, string>) =>
  system
    .as(auditor)
    .get('/api/audit')
    .query({ filter: JSON.stringify(filter) });

describe('the audit log', () => {
  it('records who created, read and changed a passport, with the changed fields before and after', async () => {
    await system.as(operator).get(`/api/passports/${passportId}`);
    await system.as(operator).patch(`/api/persons/${personId}`).send({ lastName: 'Проверкина', firstName: 'Анна' });

    const created = await entries({ entity: 'Household', entityId: passportId, action: 'CREATE' });
    expect(created.status).toBe(200);
    expect(created.body).toHaveLength(1);
    expect(created.body[0]).toMatchObject({ actorId: operator, actorRole: 'OPERATOR', ip: expect.any(String) });
    expect((await entries({ entity: 'Household', entityId: passportId, action: 'READ' })).body).toHaveLength(1);
    const changed = (await entries({ entity: 'Person', entityId: personId, action: 'UPDATE' })).body;
    expect(changed[0].changes).toEqual({ lastName: { before: 'Аудитова', after: 'Проверкина' } });
    expect(JSON.stringify((await entries({ actorId: operator })).body)).not.toContain(snils);
  });

  it('records who registered a case and who read it', async () => {
    const measure = await system.prisma.supportMeasure.findFirstOrThrow({ where: { organisation: { code: 'MINSOC' } } });
    const need = await system.as(operator).post('/api/needs').send({ personId, measureId: measure.id, description: 'аудит' });
    const executor = await userId(system.prisma, 'executor.minsoc');
    await system.as(executor).get(`/api/needs/${need.body.id}`);
    const reads = (await entries({ entity: 'Need', entityId: need.body.id, action: 'READ' })).body;
    expect(reads.map((e: { actorId: string }) => e.actorId)).toEqual([executor]);
    expect((await entries({ entity: 'Need', entityId: need.body.id, action: 'CREATE' })).body).toHaveLength(1);
  });

  it('is readable by auditors only', async () => {
    expect((await system.as(operator).get('/api/audit')).status).toBe(403);
    expect((await system.as(await userId(system.prisma, 'admin')).get('/api/audit')).status).toBe(403);
    const page = await system.as(auditor).get('/api/audit').query({ range: '[0,4]' });
    expect(page.body).toHaveLength(5);
    expect(page.headers['content-range']).toMatch(/^audit 0-4\/\d+$/);
  });

  it('refuses every attempt to change or remove an entry, even straight in the database', async () => {
    const before = await system.prisma.auditLog.count();
    await expect(system.prisma.$executeRawUnsafe(`UPDATE "AuditLog" SET action = 'NOTHING'`)).rejects.toThrow(/append-only/);
    await expect(system.prisma.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(system.prisma.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(system.prisma.auditLog.deleteMany({})).rejects.toThrow();
    expect(await system.prisma.auditLog.count()).toBe(before);
  });
});
