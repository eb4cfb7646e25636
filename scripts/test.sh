#!/usr/bin/env bash
# Sets everything up and runs every check and test: lint, types, format, unit, workflow, integration.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "› lint";         npm run --silent lint
echo "› typecheck";    npm run --silent typecheck
echo "› format";       npm run --silent format:check
echo "› jest";         node_modules/.bin/jest --ci "$@"
