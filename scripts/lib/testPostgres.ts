import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../shared/config';
import { freePort, spawnService } from './processes';
import { testDatabaseAdminUrl } from './testDatabase';

const TSX = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SERVER = path.join(PROJECT_ROOT, 'scripts', 'embeddedTestPostgres.ts');

export interface TestPostgres {
  /** Where the throw-away databases are created (`TEST_DATABASE_ADMIN_URL` for the test workers). */
  adminUrl: string;
  /** True when this run started its own embedded server. */
  embedded: boolean;
  /** The embedded server's data directory, removed by `stop()`. */
  dataDir?: string;
  stop(): Promise<void>;
}

/** Whether anything accepts a TCP connection at the database URL's host and port. */
function answers(databaseUrl: string, timeoutMs = 2000): Promise<boolean> {
  const url = new URL(databaseUrl);
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname || '127.0.0.1', port: Number(url.port || 5432) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * The PostgreSQL server of the test and bench databases: the one at `TEST_DATABASE_ADMIN_URL`
 * (default 127.0.0.1:5432) when something answers there; otherwise the embedded PostgreSQL of
 * `npm start`, on a free port with a data directory under .data/ that `stop()` removes.
 */
export async function provideTestPostgres(
  adminUrl = testDatabaseAdminUrl(),
  log: (line: string) => void = console.log,
): Promise<TestPostgres> {
  if (await answers(adminUrl)) return { adminUrl, embedded: false, stop: async () => undefined };
  const dataDir = path.join(PROJECT_ROOT, '.data', `test-postgres-${process.pid}-${randomBytes(3).toString('hex')}`);
  const server = spawnService('embedded-postgres', process.execPath, [TSX, SERVER, dataDir, String(await freePort())], process.env, {
    quiet: true,
  });
  const embeddedUrl = (await server.waitForLine(/^ready /, 120_000)).slice('ready '.length);
  log(
    `› nothing answers at ${new URL(adminUrl).host}: the test databases go to an embedded PostgreSQL at ${new URL(embeddedUrl).host} (data in ${path.relative(PROJECT_ROOT, dataDir)}, removed afterwards)`,
  );
  return {
    adminUrl: embeddedUrl,
    embedded: true,
    dataDir,
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
