import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../shared/config';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

const run = promisify(execFile);
let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const seed = () =>
  run(process.execPath, ['--import', 'tsx', 'scripts/seed/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: system.databaseUrl,
      TEMPORAL_ADDRESS: system.temporalAddress,
      SEED_FAMILIES: '12',
      FILE_STORAGE_ROOT: path.join(os.tmpdir(), `sp-seed-files-${process.pid}`),
    },
  });

const counts = async () => ({
  organisations: await system.prisma.organisation.count(),
  municipalities: await system.prisma.municipality.count(),
  measures: await system.prisma.supportMeasure.count(),
  users: await system.prisma.user.count(),
  households: await system.prisma.household.count(),
  persons: await system.prisma.person.count(),
  needs: await system.prisma.need.count(),
  events: await system.prisma.needEvent.count(),
  documents: await system.prisma.document.count(),
});

describe('npm run seed', () => {
  it('fills the catalogs and demo families with needs walked through their workflows, and changes nothing when run again', async () => {
    await seed();
    const first = await counts();
    expect(first).toMatchObject({ organisations: 9, municipalities: 37 });
    expect(first.measures).toBeGreaterThanOrEqual(30);
    expect(first.needs).toBeGreaterThan(0);
    const statuses = await system.prisma.need.groupBy({ by: ['status'], _count: true });
    expect(statuses.length).toBeGreaterThanOrEqual(3);
    await seed();
    expect(await counts()).toEqual(first);
  }, 180_000);

  it('leaves cases for every screen: new in a queue, overdue at each escalation level, and waiting for information', async () => {
    const now = new Date();
    const open = { status: { in: ['ASSIGNED', 'IN_PROGRESS', 'WAITING_INFO'] as ('ASSIGNED' | 'IN_PROGRESS' | 'WAITING_INFO')[] } };
    const fresh = await system.prisma.need.count({
      where: { status: 'ASSIGNED', assigneeId: null, escalationLevel: 0, activeDueAt: { gt: now } },
    });
    const overdue = await system.prisma.need.findMany({ where: { ...open, activeDueAt: { lt: now } } });
    expect(fresh).toBeGreaterThan(0);
    expect(overdue.some((n) => n.status === 'ASSIGNED')).toBe(true);
    expect(overdue.some((n) => n.status === 'IN_PROGRESS')).toBe(true);
    // An overdue case is one whose application was received long enough ago: its deadlines run from that day.
    expect(overdue.every((n) => n.registeredAt < (n.activeDueAt as Date))).toBe(true);
    expect(await system.prisma.need.count({ where: { status: 'WAITING_INFO' } })).toBeGreaterThan(0);
    // Each level of the chain is held by a case on the accept deadline, escalated as registration answered.
    for (const level of [1, 2, 3]) {
      expect(await system.prisma.need.count({ where: { status: 'ASSIGNED', escalationLevel: level } })).toBeGreaterThan(0);
    }

    const coordinator = (await system.prisma.user.findUniqueOrThrow({ where: { username: 'coordinator' } })).id;
    const board = await system.as(coordinator).get('/api/supervision/overdue-board');
    expect(board.status).toBe(200);
    expect(board.body.reduce((sum: number, row: { total: number }) => sum + row.total, 0)).toBe(overdue.length);
    const escalations = await system.as(coordinator).get('/api/supervision/escalations');
    expect(escalations.status).toBe(200);
    expect(escalations.body.length).toBeGreaterThan(0);

    // A supervisor whose organisation holds a case escalated to its head sees it on the board, in the drill-down and in the escalations.
    const escalated = await system.prisma.need.findFirstOrThrow({
      where: { ...open, escalationLevel: { gte: 2 } },
      include: { organisation: true },
    });
    const supervisor = (
      await system.prisma.user.findUniqueOrThrow({ where: { username: `supervisor.${escalated.organisation.code.toLowerCase()}` } })
    ).id;
    const own = await system.as(supervisor).get('/api/supervision/overdue-board');
    expect(own.body.map((row: { groupId: string }) => row.groupId)).toEqual([escalated.organisationId]);
    const drillDown = await system
      .as(supervisor)
      .get('/api/supervision/overdue-cases')
      .query({ range: JSON.stringify([0, 99]) });
    expect(drillDown.body.map((c: { id: string }) => c.id)).toContain(escalated.id);
    const waiting = await system
      .as(supervisor)
      .get('/api/supervision/escalations')
      .query({ range: JSON.stringify([0, 99]) });
    expect(waiting.body.map((c: { id: string }) => c.id)).toContain(escalated.id);
  }, 60_000);
});
