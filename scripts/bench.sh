#!/usr/bin/env bash
# Sets everything up and prints the benchmark figures (PostgreSQL of TEST_DATABASE_ADMIN_URL, or an embedded one when nothing answers there).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node_modules/.bin/tsx bench/main.ts
