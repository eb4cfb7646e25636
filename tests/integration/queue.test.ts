import { randomUUID } from 'node:crypto';
import type { NeedStatus } from '../../shared/domain';
import { NEED_STATUSES } from '../../shared/domain';
import { nextSnils, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let executorA: string;
let executorB: string;
let coordinator: string;
let operator: string;
let orgA: string;
let samara: string;
let tolyatti: string;

const HOUR = 3_600_000;
const now = Date.now();

/** Queue rows written straight into the projection table: this suite tests the read side only. */
async function insertNeeds(count: number, organisationCode: string, assignee: string | null) {
  const org = await system.prisma.organisation.findUniqueOrThrow({ where: { code: organisationCode } });
  const measure = await system.prisma.supportMeasure.findFirstOrThrow({ where: { organisationId: org.id } });
  const household = await system.prisma.household.create({ data: { municipalityId: samara, address: 'Самара' } });
  const person = await system.prisma.person.create({
    data: {
      householdId: household.id,
      lastName: 'Очередная',
      firstName: 'Анна',
      birthDate: new Date('1990-01-01'),
      sex: 'FEMALE',
      snils: nextSnils(),
      municipalityId: samara,
      address: 'Самара',
    },
  });
  const rows = Array.from({ length: count }, (_, i) => {
    const status: NeedStatus = NEED_STATUSES[i % NEED_STATUSES.length];
    const open = ['ASSIGNED', 'IN_PROGRESS'].includes(status);
    const id = randomUUID();
    return {
      id,
      workflowId: `need-${id}`,
      personId: person.id,
      measureId: measure.id,
      organisationId: org.id,
      municipalityId: i % 3 === 0 ? tolyatti : samara,
      description: 'test',
      status,
      registeredById: operator,
      assigneeId: i % 2 === 0 ? assignee : null,
      registeredAt: new Date(now - (i % 17) * HOUR), // repeated values exercise the id tie-break
      activeDueAt: open ? new Date(now + ((i % 11) - 5) * 24 * HOUR) : null,
      escalationLevel: i % 4,
      projectionSeq: 1,
      updatedAt: new Date(now - (i % 13) * HOUR),
    };
  });
  await system.prisma.need.createMany({ data: rows });
  return org.id;
}

beforeAll(async () => {
  system = await startTestSystem();
  [executorA, executorB, coordinator, operator] = await Promise.all(
    ['executor.minsoc', 'executor.mintrud', 'coordinator', 'operator.samara'].map((u) => userId(system.prisma, u)),
  );
  samara = (await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } })).id;
  tolyatti = (await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'tolyatti' } })).id;
  orgA = await insertNeeds(120, 'MINSOC', executorA);
  await insertNeeds(40, 'MINTRUD', executorB);
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const queue = (user: string, query: Record<string, unknown>) =>
  system
    .as(user)
    .get('/api/queue')
    .query(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])));

async function walk(user: string, query: Record<string, unknown>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const res = await queue(user, { ...query, limit: '7', ...(cursor ? { cursor } : {}) });
    expect(res.status).toBe(200);
    ids.push(...res.body.map((r: { id: string }) => r.id));
    cursor = res.headers['x-next-cursor'];
  } while (cursor);
  return ids;
}

async function expectedOrder(field: 'activeDueAt' | 'registeredAt' | 'updatedAt' | 'escalationLevel', direction: 'ASC' | 'DESC') {
  const rows = await system.prisma.need.findMany({ where: { organisationId: orgA } });
  const key = (r: (typeof rows)[number]) => {
    const v = r[field];
    return v === null ? null : v instanceof Date ? v.getTime() : v;
  };
  const sign = direction === 'ASC' ? 1 : -1;
  return rows
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x === null || y === null) return x === y ? sign * a.id.localeCompare(b.id) : x === null ? 1 : -1;
      return x === y ? sign * a.id.localeCompare(b.id) : sign * (x - y);
    })
    .map((r) => r.id);
}

describe("an organisation's case queue", () => {
  it.each([
    ['activeDueAt', 'ASC'],
    ['activeDueAt', 'DESC'],
    ['registeredAt', 'DESC'],
    ['updatedAt', 'ASC'],
    ['escalationLevel', 'DESC'],
  ] as const)('walks every case exactly once in %s %s order with keyset cursors', async (field, direction) => {
    const ids = await walk(executorA, { sort: [field, direction] });
    expect(ids).toHaveLength(120);
    expect(ids).toEqual(await expectedOrder(field, direction));
  });

  it('shows an executor only the cases of their own organisation', async () => {
    const res = await queue(executorB, { limit: '200' });
    expect(res.body).toHaveLength(40);
    expect(res.headers['x-total-count']).toBe('40');
    expect(res.body.every((r: { organisationId: string }) => r.organisationId !== orgA)).toBe(true);
  });

  it('lets the regional coordinator see every organisation, or one', async () => {
    expect((await queue(coordinator, { limit: '200' })).headers['x-total-count']).toBe('160');
    expect((await queue(coordinator, { filter: { organisationId: orgA } })).headers['x-total-count']).toBe('120');
  });

  it('does not skip or repeat cases when a new case arrives between two pages', async () => {
    const first = await queue(executorA, { sort: ['registeredAt', 'DESC'], limit: '10' });
    await insertNeeds(1, 'MINSOC', null);
    const rest = await walk(executorA, { sort: ['registeredAt', 'DESC'], cursor: first.headers['x-next-cursor'] });
    const seen = [...first.body.map((r: { id: string }) => r.id), ...rest];
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(120);
  });

  it('narrows by status, overdue, assignee, municipality and deadline range like the database says', async () => {
    const count = async (filter: Record<string, unknown>) =>
      Number((await queue(executorA, { filter, limit: '1' })).headers['x-total-count']);
    const where = { organisationId: orgA };
    expect(await count({ status: ['ASSIGNED', 'IN_PROGRESS'] })).toBe(
      await system.prisma.need.count({ where: { ...where, status: { in: ['ASSIGNED', 'IN_PROGRESS'] } } }),
    );
    expect(await count({ overdue: true })).toBe(await system.prisma.need.count({ where: { ...where, activeDueAt: { lt: new Date() } } }));
    expect(await count({ assigneeId: 'me' })).toBe(await system.prisma.need.count({ where: { ...where, assigneeId: executorA } }));
    expect(await count({ assigneeId: 'none' })).toBe(await system.prisma.need.count({ where: { ...where, assigneeId: null } }));
    expect(await count({ municipalityId: tolyatti })).toBe(
      await system.prisma.need.count({ where: { ...where, municipalityId: tolyatti } }),
    );
    const from = new Date(now).toISOString();
    const to = new Date(now + 3 * 24 * HOUR).toISOString();
    expect(await count({ dueFrom: from, dueTo: to })).toBe(
      await system.prisma.need.count({ where: { ...where, activeDueAt: { gte: new Date(from), lte: new Date(to) } } }),
    );
    expect(await count({ overdue: true, assigneeId: 'none' })).toBeLessThan(await count({ overdue: true }));
  });

  it('counts cases per status and overdue', async () => {
    const res = await system.as(executorB).get('/api/queue/counts');
    expect(res.status).toBe(200);
    const byStatus = await system.prisma.need.groupBy({ by: ['status'], where: { organisation: { code: 'MINTRUD' } }, _count: true });
    for (const row of byStatus) expect(res.body[row.status]).toBe(row._count);
    expect(res.body.total).toBe(40);
    expect(res.body.overdue).toBeGreaterThan(0);
  });

  it('pages the react-admin way with range and Content-Range', async () => {
    const res = await queue(executorA, { range: [10, 19], sort: ['registeredAt', 'ASC'] });
    expect(res.body).toHaveLength(10);
    expect(res.headers['content-range']).toMatch(/^queue 10-19\/12\d$/);
  });

  it('refuses operators, bad sort fields and forged cursors', async () => {
    expect((await queue(operator, {})).status).toBe(403);
    const badSort = await queue(executorA, { sort: ['snils', 'ASC'] });
    expect(badSort.status).toBe(400);
    expect(badSort.body.error.fields.sort).toMatch(/сортировка возможна по/);
    const badCursor = await queue(executorA, { cursor: 'eyJ2IjoiJzsgZHJvcCB0YWJsZSIsImlkIjoxfQ' });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.fields.cursor).toBe('Неверный курсор страницы');
  });
});

describe('a queue larger than its count goes', () => {
  it('counts up to 10 000 and then says there are more, and audits the search in the same statement as the page', async () => {
    const before = Number((await queue(executorB, {})).headers['x-total-count']);
    expect(before).toBe(40);
    const org = await system.prisma.organisation.findUniqueOrThrow({ where: { code: 'MINTRUD' } });
    const sample = await system.prisma.need.findFirstOrThrow({ where: { organisationId: org.id } });
    await system.prisma.$executeRaw`
      INSERT INTO "Need" (id, "workflowId", "personId", "measureId", "organisationId", "municipalityId", description, status,
                          "registeredById", "registeredAt", "activeDueAt", "escalationLevel", "projectionSeq", "updatedAt")
      SELECT gen_random_uuid(), 'large-' || g, ${sample.personId}::uuid, ${sample.measureId}::uuid, ${org.id}::uuid,
             ${samara}::uuid, 'test', 'ASSIGNED', ${operator}::uuid, now(), now() + g * interval '1 minute', 0, 1, now()
        FROM generate_series(1, 10000) g`;

    const res = await queue(executorB, { limit: '25' });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(25);
    expect(res.headers['x-total-count']).toBe('10001');
    expect(res.headers['x-total-count-capped']).toBe('true');
    const ranged = await queue(executorB, { range: [0, 9] });
    expect(ranged.headers['content-range']).toBe('queue 0-9/10001');

    const small = await queue(executorB, { filter: { municipalityId: tolyatti } });
    expect(small.headers['x-total-count-capped']).toBeUndefined();

    const [entry] = await system.prisma.auditLog.findMany({
      where: { actorId: executorB, action: 'SEARCH', entity: 'Need' },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(entry.changes).toEqual({ filter: { municipalityId: tolyatti }, shown: small.body.length });
    expect(entry.requestId).not.toBeNull();
  });
});
