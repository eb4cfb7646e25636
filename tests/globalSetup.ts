import { ensureTemplateDatabase } from '../scripts/lib/testDatabase';

/** Applies the migrations once per run; every test database is then a copy of that template. */
export default async function globalSetup(): Promise<void> {
  await ensureTemplateDatabase();
}
