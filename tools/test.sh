#!/usr/bin/env bash
# Every test: formatting and lints (native and wasm32), native core, opening hours and contacts
# against their reference implementations, components in headless Chromium, end to end against
# the built bundle served by nginx with the deployment configuration (deploy/nginx/passerelle.conf,
# tools/nginx.mjs). Runs all stages, prints each stage's duration, then one closing line:
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; } # from to
t0=$(now)
tools/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
times="setup $(secs "$t0" "$(now)")"

export CHROMEDRIVER=/usr/bin/chromedriver
log=$(mktemp -d)
passed=0 failed=0 broken=""

# Adds a stage's counts; a stage that fails without reporting a failed test counts as one failure.
# A formatting or lint stage is one check: passed or failed.
count() { # name status file seconds
  local p f
  p=$(grep -Eo '([0-9]+) passed' "$3" | awk '{ s += $1 } END { print s + 0 }')
  f=$(grep -Eo '([0-9]+) failed' "$3" | awk '{ s += $1 } END { print s + 0 }')
  if [ "$1" = fmt ] || [ "${1%%-*}" = clippy ]; then
    p=$(( $2 == 0 )); f=0
  elif [ "$1" = e2e ]; then
    p=$(awk '/^# pass /{ print $3 }' "$3" | tail -1); f=$(awk '/^# fail /{ print $3 }' "$3" | tail -1)
    p=${p:-0}; f=${f:-0}
  fi
  if [ "$2" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$2" -ne 0 ] && broken="$broken $1"
  echo "== $1: $p passed, $f failed, $4 s"
}

stage() { # name command...
  local name=$1 start status took; shift
  echo "== $name: $*"
  start=$(now)
  "$@" 2>&1 | tee "$log/$name"
  status=${PIPESTATUS[0]}
  took=$(secs "$start" "$(now)")
  times="$times
$name $took"
  count "$name" "$status" "$log/$name" "$took"
}

stage fmt cargo fmt --check
stage clippy cargo clippy --quiet --all-targets -- -D warnings
# The library and the component tests (the engine's unit tests, the importer and the examples are native).
stage clippy-wasm cargo clippy --quiet --target wasm32-unknown-unknown --lib --test web --test after_panic -- -D warnings
stage native cargo test --quiet
# The coordinator's page's worker (crates/preparer): the importer over bytes, and the coverage.
stage preparer cargo test --quiet -p passerelle-preparer
stage clippy-preparer cargo clippy --quiet -p passerelle-preparer --all-targets -- -D warnings
# The official data·inclusion models as the oracle of the contacts reader and the importer.
stage oracle tools/oracle.sh
# Each fuzz target a few seconds on its seeds and on every input that once failed (fuzz/regressions/),
# the loader's message handler (fuzz/embed.mjs, in Node) included.
stage fuzz env FUZZ_SECONDS=4 tools/fuzz.sh
# Opening hours against the reference implementation (npm opening_hours): tests/hours/oracle.mjs.
stage hours env TZ=Europe/Paris node tests/hours/oracle.mjs
stage components cargo test --target wasm32-unknown-unknown --test web --test after_panic
# The bundle with test hooks (a panic on demand, a 1 s contacts time limit) for the tests of panic
# containment and of a contacts host that never answers: the same code, built with the dev profile on
# the dependencies the component tests just compiled, no wasm-opt (seconds, not a second release build).
stage build-hooks env PASSERELLE_FEATURES=test-hooks PASSERELLE_PROFILE=dev PASSERELLE_DIST=target/test-dist \
  node tools/build.mjs
stage build node tools/build.mjs
# Each test file starts its own nginx on 127.0.0.1 (tests/e2e/harness.mjs) and fails if it cannot. Files
# share nothing (own servers on free ports, own browser), so two run at once: the tests mostly wait on
# the browser, and two cores are kept busy.
stage e2e node --test --test-concurrency=2 tests/e2e/
# A resident's run in Firefox ESR and in WebKitGTK (Safari's engine), under a virtual display.
stage engines tests/e2e-engines/run.sh

echo
echo "durations (s):"
printf '%s\ntotal %s\n' "$times" "$(secs "$t0" "$(now)")" | awk '{ printf "  %-12s %7.1f\n", $1, $2 }'
[ -n "$broken" ] && echo "failed stages:$broken"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
