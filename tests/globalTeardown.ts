import type { TestPostgres } from '../scripts/lib/testPostgres';

/** Stops the embedded PostgreSQL the run started, if it started one (globalSetup and this share a process). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { testPostgres?: TestPostgres }).testPostgres?.stop();
}
