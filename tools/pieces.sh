#!/usr/bin/env bash
# The national import at scale (issue 25): a generated 500 000-service export (tools/national.py),
# cut by département with the importer under /usr/bin/time (time, peak memory), then every piece
# compressed as the deployment does (brotli -q 11) and the sizes printed: median, p90, largest.
#   tools/pieces.sh [SERVICES] [WORKDIR]     (about 5 minutes on 2 cores; needs brotli)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500000}
work=${2:-target/pieces}
mkdir -p "$work"
[ -s "$work/export-$n/services.jsonl" ] || python3 tools/national.py "$work/export-$n" "$n"
cargo build --quiet --profile import --bin passerelle-import
rm -rf "$work/out"
/usr/bin/time -f "%e s elapsed, %U s CPU, peak %M KB" target/import/passerelle-import \
  --structures "$work/export-$n/structures.jsonl" --services "$work/export-$n/services.jsonl" \
  --by-departement "$work/out" 2> "$work/time.txt" | sed -n '3,4p'
tail -1 "$work/time.txt"
find "$work/out" -name '*.json' -print0 | xargs -0 -n 4 -P "$(nproc)" brotli -f -q 11
python3 - "$work/out" <<'PY'
import json, os, sys
d = sys.argv[1]
t = json.load(open(f"{d}/index.json"))["territories"]
rows = sorted(((os.path.getsize(f"{d}/{x['file']}.br"), x["bytes"], x["code"], x["services"]) for x in t))
pick = lambda p: rows[min(len(rows) - 1, int(p * (len(rows) - 1)))]
print(f"{len(rows)} pieces; brotli KB (raw KB, services):")
for name, p in [("median", 0.5), ("p90", 0.9), ("largest", 1.0)]:
    br, raw, code, n = pick(p)
    print(f"  {name:8} {br / 1024:7.1f}  ({raw / 1024:.0f} KB, {n} services) {code}")
print("  over 400 KB:", ", ".join(r[2] for r in rows if r[0] > 400 * 1024) or "none")
PY
