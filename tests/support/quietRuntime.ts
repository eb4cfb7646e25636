import { DefaultLogger, Runtime } from '@temporalio/worker';

let installed = false;

/** Worker logs at WARN in tests, so a test's own output stays readable. */
export function quietTemporalRuntime(): void {
  if (installed) return;
  Runtime.install({ logger: new DefaultLogger('WARN') });
  installed = true;
}
