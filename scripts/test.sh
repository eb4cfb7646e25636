#!/usr/bin/env bash
# Sets everything up and runs every check and test: lint, types, format, unit, workflow, integration
# and browser (Debian Chromium) tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -x /usr/bin/chromium ]; then
  echo "› chromium for the browser tests (Debian package)"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
echo "› lint";         npm run --silent lint
echo "› typecheck";    npm run --silent typecheck
echo "› format";       npm run --silent format:check
echo "› jest";         node_modules/.bin/jest --ci "$@"
