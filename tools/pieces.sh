#!/usr/bin/env bash
# The national import at scale (issue 25): a generated 500 000-service export (tools/national.py),
# cut with the importer under /usr/bin/time (time, peak memory): one file per département, and the
# dense ones cut finer (an index, then pieces, and france.json with any piece). The files a resident fetches (a département's file,
# or a piece; an index besides) are ranked by size: every one compressed fast (brotli -q 5) to rank
# them, then the median, p90 and largest compressed as the deployment does (brotli -q 11).
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
python3 - "$work/out" <<'PY'
import json, os, statistics, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
d = sys.argv[1]
t = json.load(open(f"{d}/index.json"))["territories"]
files, indexes = [], []
for x in t:
    if x.get("pieces"):
        indexes.append(os.path.getsize(f"{d}/{x['file']}"))
        files += [(p["file"], p["bytes"], p["services"], p["radius_km"]) for p in x["pieces"]]
    else:
        files.append((x["file"], x["bytes"], x["services"], 30.0))
br = lambda f, q: len(subprocess.run(["brotli", "-c", "-q", str(q), f"{d}/{f}"], capture_output=True, check=True).stdout)
with ThreadPoolExecutor(os.cpu_count()) as pool:
    fast = list(pool.map(lambda f: br(f[0], 5), files))
rows = sorted(zip(fast, files))
pick = lambda p: rows[min(len(rows) - 1, int(p * (len(rows) - 1)))]
split = sum(1 for x in t if x.get("pieces"))
print(f"{len(rows)} files: {len(t) - split} départements whole, {len(rows) - len(t) + split} pieces of {split} cut finer; "
      f"{sum(f[1] for f in files) / 2**20:.0f} MB in all")
print("brotli -q 11 KB (raw KB, services, radius kept):")
summary = {"files": len(rows), "time": open(f"{d}/../time.txt").read().strip().splitlines()[-1]}
for name, p in [("median", 0.5), ("p90", 0.9), ("largest", 1.0)]:
    _, (f, raw, n, r) = pick(p)
    summary[name] = {"file": f, "brotli": br(f, 11), "raw": raw, "services": n, "radius_km": r}
    print(f"  {name:8} {summary[name]['brotli'] / 1024:7.1f}  ({raw / 1024:.0f} KB, {n} services, {r:g} km) {f}")
json.dump(summary, open(f"{d}/../summary.json", "w"), indent=1)
radii = sorted(f[3] for f in files)
print(f"radius kept: median {statistics.median(radii):g} km, p10 {radii[len(radii) // 10]:g} km; "
      f"the full 30 km in {sum(r >= 30 for r in radii)} of {len(radii)}")
if indexes:
    print(f"indexes: largest {max(indexes) / 1024:.1f} KB raw")
if os.path.exists(f"{d}/france.json"):
    summary["france"] = {"brotli": br("france.json", 11), "raw": os.path.getsize(f"{d}/france.json")}
    json.dump(summary, open(f"{d}/../summary.json", "w"), indent=1)
    print(f"france.json (fetched with any piece): {summary['france']['brotli'] / 1024:.1f} KB brotli "
          f"({summary['france']['raw'] / 1024:.0f} KB raw)")
PY
