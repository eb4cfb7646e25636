import { ensureTemplateDatabase } from '../scripts/lib/testDatabase';
import { provideTestPostgres } from '../scripts/lib/testPostgres';
import type { TestPostgres } from '../scripts/lib/testPostgres';

/**
 * Finds (or starts) the PostgreSQL server of this run and applies the migrations once; every test
 * database is then a copy of that template. The workers inherit the server's address through the env.
 */
export default async function globalSetup(): Promise<void> {
  const postgres = await provideTestPostgres();
  process.env.TEST_DATABASE_ADMIN_URL = postgres.adminUrl;
  (globalThis as { testPostgres?: TestPostgres }).testPostgres = postgres;
  try {
    await ensureTemplateDatabase(postgres.adminUrl);
  } catch (err) {
    await postgres.stop(); // jest skips the teardown when the setup fails
    throw err;
  }
}
