import { existsSync } from 'node:fs';
import pg from 'pg';
import { freePort } from '../../scripts/lib/processes';
import { createTestDatabase, testDatabaseAdminUrl } from '../../scripts/lib/testDatabase';
import { provideTestPostgres } from '../../scripts/lib/testPostgres';

async function migrationsIn(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM "_prisma_migrations"')).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('the PostgreSQL of the test and bench databases', () => {
  it('is the configured server when one answers there', async () => {
    const postgres = await provideTestPostgres(testDatabaseAdminUrl(), () => undefined);
    expect(postgres.embedded).toBe(false);
    expect(postgres.adminUrl).toBe(testDatabaseAdminUrl());
  });

  it('is an embedded server, started and removed again, when nothing answers at TEST_DATABASE_ADMIN_URL', async () => {
    const closedPort = await freePort();
    const lines: string[] = [];
    const postgres = await provideTestPostgres(`postgresql://postgres@127.0.0.1:${closedPort}/postgres`, (line) => lines.push(line));
    try {
      expect(postgres.embedded).toBe(true);
      expect(lines).toEqual([expect.stringContaining('embedded PostgreSQL')]);
      expect(existsSync(postgres.dataDir as string)).toBe(true);

      const database = await createTestDatabase('sp_embedded', postgres.adminUrl);
      expect(await migrationsIn(database.url)).toBeGreaterThan(0);
      await database.drop();
      await expect(migrationsIn(database.url)).rejects.toThrow(/does not exist/);
    } finally {
      await postgres.stop();
    }
    expect(existsSync(postgres.dataDir as string)).toBe(false);
    await expect(migrationsIn(postgres.adminUrl)).rejects.toThrow(/ECONNREFUSED/);
  }, 180_000);
});
