import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { PROJECT_ROOT } from '../../shared/config';

const children = new Set<ChildProcess>();

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export const waitForHttp = (url: string, timeoutMs?: number) => waitFor(async () => (await fetch(url)).ok, url, timeoutMs);

/** Starts a long-running child in its own process group, its output prefixed with its name. */
export function spawnService(name: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  const exited = new Promise<void>((resolve, reject) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${name} exited with ${signal ?? code}`));
    }),
  );
  exited.catch(() => undefined);
  return { child, exited };
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      child.kill(signal);
    }
  }
}

const shutdownSteps: (() => Promise<void>)[] = [];

/** Something to stop when this process is interrupted, after the children (last registered, first run). */
export function onShutdown(step: () => Promise<void>): void {
  shutdownSteps.unshift(step);
}

/** Stops every child (whole process groups) and the registered servers when interrupted or exiting. */
export function stopAllOnExit(): void {
  const stopChildren = () => children.forEach((child) => stopChild(child));
  process.on('exit', stopChildren);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopChildren();
      void (async () => {
        for (const step of shutdownSteps) await step().catch((err: unknown) => console.error(err));
        process.exit(0);
      })();
    });
  }
}
