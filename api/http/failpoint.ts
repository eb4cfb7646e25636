import type { Config } from '../../shared/config';

/**
 * Crash-test seam: in test mode only, the process dies abruptly at the named point, as a power
 * loss would kill it. Used to prove that registration leaves no orphan on either side.
 */
export function failpoint(config: Config, name: string): void {
  if (config.NODE_ENV === 'test' && config.FAILPOINT === name) process.kill(process.pid, 'SIGKILL');
}
