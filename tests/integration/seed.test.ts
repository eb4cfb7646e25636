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
});
