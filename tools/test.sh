#!/usr/bin/env bash
# Every test: native core, components in headless Chromium, end to end against the built bundle
# served by nginx with the deployment configuration (deploy/nginx/passerelle.conf, tools/nginx.mjs).
# Runs all stages, then prints one closing line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

export CHROMEDRIVER=/usr/bin/chromedriver
log=$(mktemp -d)
passed=0 failed=0 broken=""

# Adds a stage's counts; a stage that fails without reporting a failed test counts as one failure.
count() { # name status file
  local p f
  p=$(grep -Eo '([0-9]+) passed' "$3" | awk '{ s += $1 } END { print s + 0 }')
  f=$(grep -Eo '([0-9]+) failed' "$3" | awk '{ s += $1 } END { print s + 0 }')
  if [ "$1" = e2e ]; then
    p=$(awk '/^# pass /{ print $3 }' "$3" | tail -1); f=$(awk '/^# fail /{ print $3 }' "$3" | tail -1)
    p=${p:-0}; f=${f:-0}
  fi
  if [ "$2" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$2" -ne 0 ] && broken="$broken $1"
  echo "== $1: $p passed, $f failed"
}

stage() { # name command...
  local name=$1; shift
  echo "== $name: $*"
  "$@" 2>&1 | tee "$log/$name"
  count "$name" "${PIPESTATUS[0]}" "$log/$name"
}

stage native cargo test --quiet
stage components cargo test --target wasm32-unknown-unknown --test web
# A bundle with test hooks (a panic on demand) for the panic-containment test, then the real one.
stage build-hooks env PASSERELLE_FEATURES=test-hooks PASSERELLE_DIST=target/test-dist node tools/build.mjs
stage build node tools/build.mjs
# Each test file starts its own nginx on 127.0.0.1 (tests/e2e/harness.mjs) and fails if it cannot.
stage e2e node --test --test-concurrency=1 tests/e2e/
# A resident's run in Firefox ESR and in WebKitGTK (Safari's engine), under a virtual display.
stage engines tests/e2e-engines/run.sh

echo
[ -n "$broken" ] && echo "failed stages:$broken"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
