#!/usr/bin/env bash
# Sets everything up and runs the system (database, Temporal, worker, API) on its embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node_modules/.bin/tsx scripts/start.ts
