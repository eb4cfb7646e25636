#!/bin/sh
# The image's entry point: one image, a command per process kind.
set -eu
case "${1:-api}" in
  api) exec node --import tsx api/main.ts ;;
  worker) exec node --import tsx worker/main.ts ;;
  migrate) exec node node_modules/prisma/build/index.js migrate deploy ;;
  create-admin) shift; exec node --import tsx scripts/createAdmin.ts "$@" ;;
  *) exec "$@" ;;
esac
