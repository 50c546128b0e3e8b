#!/usr/bin/env bash
# The engine tests (Firefox ESR, WebKitGTK) under a virtual display (WebKitGTK's MiniBrowser has no
# headless mode); ends with "N passed, N failed", the line tools/test.sh counts. Per-engine seconds
# are printed as "# firefox: N s" and "# webkit: N s".
set -uo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp)
xvfb-run -a node --test --test-concurrency=1 tests/e2e-engines/ 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
p=$(awk '/^# pass /{ print $3 }' "$out" | tail -1)
f=$(awk '/^# fail /{ print $3 }' "$out" | tail -1)
rm -f "$out"
echo "${p:-0} passed, ${f:-0} failed"
exit "$status"
