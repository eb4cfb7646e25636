#!/usr/bin/env bash
# Sets everything up and runs every check and test: lint, types, format, unit, workflow, integration
# and browser (Debian Chromium) tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)      # browser tests
command -v pdftotext >/dev/null || missing+=(poppler-utils) # PDF tests read the forms back with pdftotext/pdftoppm
if [ ${#missing[@]} -gt 0 ]; then
  echo "› Debian packages for the tests: ${missing[*]}"
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "› lint";         npm run --silent lint
echo "› typecheck";    npm run --silent typecheck
echo "› format";       npm run --silent format:check
echo "› jest";         node_modules/.bin/jest --ci "$@"
