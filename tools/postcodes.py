"""Writes content/territory/postcodes.txt: the postcodes whose département is not the one their
digits say (first two digits; 20xxx: 2A below 20200, else 2B; 97xxx and 98xxx: three digits), from
the official commune referential (npm @etalab/decoupage-administratif 6.0.0, tests/node_modules).
One line per postcode: the postcode, then the départements of the communes it serves, the most
populous first. The widget finds a resident's département from their postcode with this table
and the rule, offline (src/engine/territory.rs).

python3 tools/postcodes.py   (again after updating the referential)
"""

import collections
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
REF = ROOT / "tests/node_modules/@etalab/decoupage-administratif"


def rule(cp):
    if cp.startswith("20"):
        return "2A" if cp < "20200" else "2B"
    return cp[:3] if cp[:2] in ("97", "98") else cp[:2]


def main():
    version = json.loads((REF / "package.json").read_text())["version"]
    people = collections.defaultdict(collections.Counter)
    for c in json.loads((REF / "data/communes.json").read_text()):
        if c["type"] == "commune-actuelle" and c.get("departement"):
            for cp in c.get("codesPostaux", []):
                people[cp][c["departement"]] += c.get("population") or 1
    lines = [f"# Postcodes whose département is not the one their digits say (tools/postcodes.py, from "
             f"@etalab/decoupage-administratif {version}): postcode, départements, most populous first."]
    for cp in sorted(people):
        deps = [d for d, _ in people[cp].most_common()]
        if deps != [rule(cp)]:
            lines.append(" ".join([cp, *deps]))
    (ROOT / "content/territory/postcodes.txt").write_text("\n".join(lines) + "\n")
    print(f"{len(lines) - 1} exceptions among {len(people)} postcodes")


if __name__ == "__main__":
    main()
