import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../shared/config';

const run = promisify(execFile);
const PRISMA_CLI = path.join(PROJECT_ROOT, 'node_modules', 'prisma', 'build', 'index.js');

/** Runs a Prisma CLI command against the given database (the WebAssembly schema engine, no downloads). */
export async function prismaCli(databaseUrl: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [PRISMA_CLI, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
}

/** Applies the committed migrations; never `db push`. */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  await prismaCli(databaseUrl, ['migrate', 'deploy']);
}
