import { startEmbeddedPostgres } from './lib/embeddedPostgres';

/**
 * A throw-away embedded PostgreSQL for a test or bench run, in a process of its own because the
 * npm package is ES-module only and jest runs CommonJS. Prints `ready <admin url>`; on SIGTERM the
 * package stops the server and removes its data directory. Started by scripts/lib/testPostgres.ts.
 */
async function main() {
  const [dataDir, port] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port), throwAway: true });
  console.log(`ready ${server.adminUrl}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
