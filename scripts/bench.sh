#!/usr/bin/env bash
# Sets everything up and prints the benchmark figures (needs the PostgreSQL of TEST_DATABASE_ADMIN_URL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node_modules/.bin/tsx bench/main.ts
