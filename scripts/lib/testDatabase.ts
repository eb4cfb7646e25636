import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { parse } from 'pg-connection-string';
import { PROJECT_ROOT } from '../../shared/config';
import { migrateDeploy } from './migrate';

export const DEFAULT_TEST_DATABASE_ADMIN_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export function testDatabaseAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_DATABASE_ADMIN_URL ?? DEFAULT_TEST_DATABASE_ADMIN_URL;
}

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const fields = parse(adminUrl);
  const client = new pg.Client({
    host: fields.host ?? undefined,
    port: fields.port ? Number(fields.port) : undefined,
    user: fields.user,
    password: fields.password,
    database: fields.database ?? 'postgres',
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const MIGRATIONS = path.join(PROJECT_ROOT, 'prisma', 'migrations');

/** Named after the migrations it holds, so a changed migration makes a new template. */
function templateName(): string {
  const hash = createHash('sha256');
  for (const dir of readdirSync(MIGRATIONS)
    .filter((d) => /^\d/.test(d))
    .sort()) {
    hash.update(dir).update(readFileSync(path.join(MIGRATIONS, dir, 'migration.sql')));
  }
  return `sp_template_${hash.digest('hex').slice(0, 12)}`;
}

/**
 * A database with the real migrations applied by `prisma migrate deploy`, kept as a template:
 * each test database is a copy of it, which takes milliseconds instead of a CLI run each.
 * Called once per test run (jest globalSetup).
 */
export async function ensureTemplateDatabase(adminUrl = testDatabaseAdminUrl()): Promise<string> {
  const name = templateName();
  const exists = await withAdmin(adminUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount);
  if (exists) return name;
  const building = `${name}_building_${randomBytes(3).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${building}"`));
  await migrateDeploy(databaseUrlFor(adminUrl, building));
  await withAdmin(adminUrl, (c) => c.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`));
  return name;
}

/** A fresh database with the real migrations applied, dropped by the test that made it. */
export async function createTestDatabase(prefix: string, adminUrl = testDatabaseAdminUrl()) {
  const database = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = await ensureTemplateDatabase(adminUrl);
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`));
  const url = databaseUrlFor(adminUrl, database);
  return {
    name: database,
    url,
    drop: () => withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).then(() => undefined),
  };
}
