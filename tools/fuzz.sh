#!/usr/bin/env bash
# Coverage-guided fuzzing of every decoder of untrusted input (fuzz/, cargo-fuzz and libFuzzer on
# the machine's nightly toolchain), then one table: target, executions, coverage with the seeds
# alone and at the end, crashes. The loader's message handler (www/embed.js) is JavaScript, out of
# cargo-fuzz's reach: its target `embed` is fuzz/embed.mjs, guided by V8's block coverage in Node.
#   tools/fuzz.sh [SECONDS]   each target for SECONDS (default FUZZ_SECONDS, else 600)
#   FUZZ_TARGETS="hours email" (or "hours,email")  only these targets; FUZZ_SEEDS=0  start from nothing (to measure the seeds)
# Seeds come from the test corpora (examples/fuzz_seeds.rs); fuzz/regressions/<target>/ holds every
# input that once failed, replayed first: a crash found once stays a regression test. What a run
# finds is kept in target/fuzz/<target>/crashes/, named in the table. Exits non-zero on a crash.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-${FUZZ_SECONDS:-600}}
# The nightly the machine ships, pinned: the instrumentation flags change between nightlies.
nightly=${FUZZ_TOOLCHAIN:-nightly-2026-05-19}
if ! rustup run "$nightly" rustc --version >/dev/null 2>&1; then
  if rustup run nightly rustc --version 2>/dev/null | grep -q "${nightly#nightly-})"; then
    nightly=nightly
  else
    echo "fuzz: installing the $nightly toolchain"
    rustup toolchain install "$nightly" --profile minimal || { echo "fuzz: no $nightly toolchain"; echo "0 passed, 1 failed"; exit 1; }
  fi
fi
targets=${FUZZ_TARGETS:-$(awk -F'"' '/^name = / && $2 != "passerelle-fuzz" { print $2 }' fuzz/Cargo.toml) embed}
targets=${targets//,/ }
work=target/fuzz
rm -rf "$work/seeds"
cargo run --quiet --example fuzz_seeds -- "$work/seeds" || { echo "fuzz: the seeds could not be made"; echo "0 passed, 1 failed"; exit 1; }
(cd fuzz && cargo "+$nightly" fuzz build -O) || { echo "fuzz: the targets do not build"; echo "0 passed, 1 failed"; exit 1; }

rows="" passed=0 failed=0
for t in $targets; do
  corpus="$work/$t/corpus" crashes="$work/$t/crashes"
  mkdir -p "$corpus" "$crashes" "fuzz/regressions/$t"
  dirs=("$corpus" "fuzz/regressions/$t")
  [ "${FUZZ_SEEDS:-1}" = 0 ] || dirs+=("$work/seeds/$t")
  log="$work/$t/log"
  if [ "$t" = embed ]; then
    args=(--corpus "$corpus" --regressions "fuzz/regressions/$t" --artifacts "$crashes")
    [ "${FUZZ_SEEDS:-1}" = 0 ] || args+=(--seeds "$work/seeds/$t")
    node fuzz/embed.mjs --seconds "$seconds" "${args[@]}" >"$log" 2>&1
  else
    (cd fuzz && cargo "+$nightly" fuzz run -O "$t" "${dirs[@]/#/../}" -- \
        -max_total_time="$seconds" -timeout=10 -print_final_stats=1 -artifact_prefix="../$crashes/") >"$log" 2>&1
  fi
  status=$?
  runs=$(awk '/^stat::number_of_executed_units/ { print $2 }' "$log" | tail -1)
  start=$(grep -Eo 'INITED cov: [0-9]+' "$log" | awk '{ print $3 }' | tail -1)
  end=$(grep -Eo '(DONE|pulse|NEW|REDUCE) +cov: [0-9]+' "$log" | awk '{ print $3 }' | tail -1)
  found=$(find "$crashes" -type f | wc -l)
  if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
    failed=$((failed + 1))
    echo "fuzz: $t failed; its log: $log"
    grep -E -A4 "panicked|ERROR" "$log" | head -20
  else
    passed=$((passed + 1))
  fi
  rows="$rows$(printf '%-12s %12s %10s %10s %8s' "$t" "${runs:-0}" "${start:-?}" "${end:-${start:-?}}" "$found")
"
done
echo
printf '%-12s %12s %10s %10s %8s\n' target executions "cov seeds" "cov end" crashes
printf '%s' "$rows"
echo "fuzz ($seconds s a target, $nightly): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
