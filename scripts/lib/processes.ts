import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { PROJECT_ROOT } from '../../shared/config';

/** Every child started through this module, stopped (whole process group) when this process ends. */
const children = new Set<ChildProcess>();

/** A port the OS says is free right now (listen on port 0, read it, close). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true; a check that throws counts as "not yet" unless it is a `GiveUp`. */
export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      lastError = error;
    }
    await delay(200);
  }
  const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
}

/** Thrown from a `waitFor` check to stop waiting at once (e.g. the process being waited for has died). */
export class GiveUp extends Error {}

/** Waits until the URL answers with a 2xx status. */
export const waitForHttp = (url: string, timeoutMs?: number) => waitFor(async () => (await fetch(url)).ok, url, timeoutMs);

/** The last lines a process wrote, kept to explain its death. */
export class OutputTail {
  private readonly lines: string[] = [];
  constructor(private readonly max = 40) {}
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.max) this.lines.shift();
  }
  toString(): string {
    return this.lines.join('\n');
  }
}

export interface Service {
  child: ChildProcess;
  /** Resolves when the process exits with code 0, rejects otherwise. */
  exited: Promise<void>;
  /** Resolves with the first output line matching `pattern`; rejects if the process exits first. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts a long-running child in its own process group, each output line prefixed with `[name]`
 * (or, with `quiet`, only kept for error messages).
 */
export function spawnService(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { quiet?: boolean } = {},
): Service {
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const tail = new OutputTail();
  const lineWatchers = new Set<(line: string) => void>();
  const forward = (stream: NodeJS.WriteStream) => {
    let partial = '';
    return (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        lineWatchers.forEach((watch) => watch(line));
        if (!options.quiet) stream.write(`[${name}] ${line}\n`);
      }
    };
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));

  const exited = new Promise<void>((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`${name} could not start: ${error.message}`)));
    child.once('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${name} exited with ${signal ?? `code ${code}`}; its last output:\n${tail.toString()}`));
    });
  });
  exited.catch(() => undefined); // a caller that never awaits it must not crash the process

  const waitForLine = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`Timed out waiting for ${name} to print ${pattern}`)), timeoutMs);
      const watch = (line: string) => {
        if (pattern.test(line)) finish(undefined, line);
      };
      const finish = (error?: Error, line?: string) => {
        clearTimeout(timer);
        lineWatchers.delete(watch);
        if (error) reject(error);
        else resolve(line as string);
      };
      lineWatchers.add(watch);
      exited.then(
        () => finish(new Error(`${name} exited before printing ${pattern}`)),
        (error: Error) => finish(error),
      );
    });

  return { child, exited, waitForLine, stop: () => stopChildAndWait(child) };
}

/** Sends a signal to the child's whole process group (it was started detached), or to the child alone. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** SIGTERM to the process group, SIGKILL if it is still there after `graceMs`; resolves once it exited. */
export async function stopChildAndWait(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  stopChild(child, 'SIGTERM');
  const timer = setTimeout(() => stopChild(child, 'SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}

/** Adds a child started elsewhere (e.g. the Temporal dev server) to those stopped when this process ends. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

const shutdownSteps: (() => Promise<void>)[] = [];

/** Something to stop when this process is interrupted, after the children (last registered, first run). */
export function onShutdown(step: () => Promise<void>): void {
  shutdownSteps.unshift(step);
}

/**
 * On SIGINT/SIGTERM: signal every child's process group, run the shutdown steps, exit 0. On exit
 * (also after an error): signal the children that are still running. A second signal exits at once.
 */
const stopChildren = (signal: NodeJS.Signals) => children.forEach((child) => stopChild(child, signal));

/** For a start that fails half-way: stops what was started (children, then the shutdown steps) and exits with 1. */
export async function stopAllAndFail(): Promise<never> {
  stopChildren('SIGTERM');
  for (const step of shutdownSteps) await step().catch((err: unknown) => console.error(err));
  process.exit(1);
}

export function stopAllOnExit(): void {
  process.on('exit', () => stopChildren('SIGTERM'));
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        stopChildren('SIGKILL');
        process.exit(130);
      }
      stopping = true;
      stopChildren('SIGTERM');
      void (async () => {
        for (const step of shutdownSteps) await step().catch((err: unknown) => console.error(err));
        process.exit(0);
      })();
    });
  }
}
