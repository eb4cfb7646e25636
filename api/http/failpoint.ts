import type { Config } from '../../shared/config';

/**
 * Crash-test seam: in test mode only, the process dies abruptly at the named point, as a power
 * loss would kill it. Used to prove that registration leaves no orphan on either side.
 */
export function failpoint(config: Config, name: string): void {
  if (config.NODE_ENV === 'test' && config.FAILPOINT === name) process.kill(process.pid, 'SIGKILL');
}

/** Test-only seam: in test mode, the named point waits `ms` first, so a test can hold a request in flight. */
export async function slowpoint(config: Config, name: string, ms: number): Promise<void> {
  if (config.NODE_ENV === 'test' && config.FAILPOINT === name) await new Promise((resolve) => setTimeout(resolve, ms));
}
