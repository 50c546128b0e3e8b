#!/usr/bin/env python3
"""The official data·inclusion models as the oracle of the contacts reader and the importer.

Runs with the pinned `data-inclusion-schema` installed by tools/setup.sh (target/venv):
    target/venv/bin/python tools/oracle.py VERDICTS IMPORTER
VERDICTS is the reader's verdict tool (examples/verdicts.rs), IMPORTER `passerelle-import`.

Checks, each counted as one test:
  - every case of the corpus (tools/corpus.py): the official models and the reader find the same
    fields invalid (a case marked `difference` must differ exactly as documented);
  - the reader checks the same fields as the models, required the same way;
  - the enumerations of content/data-inclusion/ are the models' own;
  - content/contacts/*.json are valid under the models, and the reader agrees;
  - the importer's output, on the test export and on the corpus taken as an export, is valid, and so
    are the pieces of the export cut by département (--by-departement).
Ends with the line "N passed, N failed".

    target/venv/bin/python tools/oracle.py --explore SEED N VERDICTS
runs N random mutations of the corpus's values through both and prints where they differ.
"""
import datetime
import json
import pathlib
import subprocess
import sys
import tempfile

import pydantic
from data_inclusion.schema import v1
from data_inclusion.schema.v1 import services as services_module
from data_inclusion.schema.v1 import structures as structures_module

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import corpus  # noqa: E402

MODELS = {"structure": v1.Structure, "service": v1.Service}
passed = failed = 0


def result(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}{': ' + detail if detail else ''}")


def set_today(day):
    """The models compare `date_maj` with date.today(): the oracle sets that day."""

    class Day(datetime.date):
        @classmethod
        def today(cls):
            return day

    services_module.date = Day
    structures_module.date = Day


def official(kind, entry):
    """The fields the official models find invalid, sorted."""
    try:
        MODELS[kind].model_validate(entry)
        return []
    except pydantic.ValidationError as e:
        return sorted({str(err["loc"][0]) if err["loc"] else "(entry)" for err in e.errors()})


def reader(verdicts, today, structures, services):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"structures": structures, "services": services}, f, ensure_ascii=False)
    out = subprocess.run([verdicts, "check", today, f.name], check=True, capture_output=True, text=True).stdout
    pathlib.Path(f.name).unlink()
    v = json.loads(out)
    return v["structures"], v["services"]


def show(value):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 70 else text[:67] + "…"


def check_corpus(verdicts):
    set_today(datetime.date.fromisoformat(corpus.TODAY))
    cases = corpus.cases()
    by_kind = {"structure": [], "service": []}
    for c in cases:
        by_kind[c["kind"]].append(c)
    ours_st, ours_sv = reader(verdicts, corpus.TODAY, [c["entry"] for c in by_kind["structure"]],
                              [c["entry"] for c in by_kind["service"]])
    ours = {"structure": ours_st, "service": ours_sv}
    differences = refused = dropped = 0
    for kind, group in by_kind.items():
        for c, mine in zip(group, ours[kind]):
            theirs = official(kind, c["entry"])
            refused += bool(theirs)
            dropped += not mine["kept"]
            value = c["entry"].get(c["field"], "(absent)")
            what = f"{kind} `{c['field']}` = {show(value)}"
            if "difference" in c:
                differences += 1
                ok = theirs == [] and mine["invalid"] == [c["field"]]
                result(ok, what, f"documented difference no longer holds (official {theirs}, reader {mine['invalid']})")
            else:
                result(theirs == mine["invalid"], what, f"official {theirs}, reader {mine['invalid']}")
    fields = {c["field"] for c in cases}
    print(f"corpus: {len(cases)} cases ({len(by_kind['structure'])} structures, {len(by_kind['service'])} services), "
          f"{len(fields)} fields changed; the models refuse {refused} of them, the reader drops {dropped} entries "
          f"(a required field) and removes the value of the others; {differences} documented differences")
    for kind, model in MODELS.items():
        missing = set(model.model_fields) - fields
        result(not missing, f"the corpus changes every {kind} field", f"not changed: {sorted(missing)}")


def check_fields(verdicts):
    ours = json.loads(subprocess.run([verdicts, "fields"], check=True, capture_output=True, text=True).stdout)
    for kind, model in MODELS.items():
        theirs = [[name, f.is_required()] for name, f in model.model_fields.items()]
        result(sorted(theirs) == sorted(ours[kind]), f"the reader checks every {kind} field, required as the models",
               f"official {theirs}, reader {ours[kind]}")


def check_enumerations():
    for name, enum in [("thematiques", v1.Thematique), ("publics", v1.Public), ("modes-accueil", v1.ModeAccueil),
                       ("modes-mobilisation", v1.ModeMobilisation),
                       ("personnes-mobilisatrices", v1.PersonneMobilisatrice), ("frais", v1.Frais),
                       ("types-de-services", v1.TypeService), ("reseaux-porteurs", v1.ReseauPorteur)]:
        ours = sorted(i["value"] for i in json.loads((ROOT / f"content/data-inclusion/{name}.json").read_text()))
        theirs = sorted(e.value for e in enum)
        result(ours == theirs, f"content/data-inclusion/{name}.json holds the models' codes",
               f"only ours: {sorted(set(ours) - set(theirs))}, only theirs: {sorted(set(theirs) - set(ours))}")


def check_file(verdicts, path, today, what):
    """Every entry of a contacts file valid under the official models; the reader agrees."""
    set_today(today)
    data = json.loads(pathlib.Path(path).read_text())
    structures, services = data.get("structures", []), data["services"]
    ours_st, ours_sv = reader(verdicts, today.isoformat(), structures, services)
    invalid = []
    for kind, entries, ours in [("structure", structures, ours_st), ("service", services, ours_sv)]:
        for e, mine in zip(entries, ours):
            theirs = official(kind, e)
            if theirs or mine["invalid"]:
                invalid.append(f"{kind} {e.get('id')}: official {theirs}, reader {mine['invalid']}")
    result(not invalid and (structures or services), what,
           "; ".join(invalid[:5]) + (f" (and {len(invalid) - 5} more)" if len(invalid) > 5 else ""))
    return len(structures), len(services)


def check_importer(verdicts, importer):
    tmp = pathlib.Path(tempfile.mkdtemp())
    runs = []
    # The test export (tests/fixtures), as the importer's tests run it.
    runs.append(("the test export", ROOT / "tests/fixtures/export-structures.json",
                 ROOT / "tests/fixtures/export-services.jsonl", "2026-12-01", []))
    # The corpus taken as an export: every case, valid or not, through the importer.
    cases = corpus.cases()
    st = tmp / "structures.json"
    sv = tmp / "services.jsonl"
    structures = [dict(c["entry"], id=f"st-{i}") if isinstance(c["entry"].get("id"), str) else c["entry"]
                  for i, c in enumerate(cases) if c["kind"] == "structure"]
    structures.append(corpus.STRUCTURE)
    st.write_text(json.dumps(structures, ensure_ascii=False))
    sv.write_text("".join(json.dumps(dict(c["entry"], id=f"sv-{i}") if isinstance(c["entry"].get("id"), str)
                                     else c["entry"], ensure_ascii=False) + "\n"
                          for i, c in enumerate(cases) if c["kind"] == "service"))
    runs.append(("the corpus as an export", st, sv, corpus.TODAY, []))
    # The same La Réunion export in every form a coordinator has (tools/exports.py): v0 codes,
    # unknown codes, placeholders, points without a commune, a lost sign.
    exports = ROOT / "tests/fixtures/exports"
    for st_name, sv_name in [("structures.json", "services.json"), ("structures.jsonl", "services.jsonl"),
                             ("structures.csv", "services.csv"), ("structures.geojson", "services.geojson"),
                             ("structures.json", "services-pg.csv"), ("structures.xlsx", "services.xlsx"),
                             ("structures.parquet", "services.parquet"), ("template.xlsx", "template.xlsx")]:
        runs.append((f"the export as {sv_name}", exports / st_name, exports / sv_name, "2026-06-30",
                     ["--departement", "974"]))
    for name, s, v, today, extra in runs:
        out = tmp / "contacts.json"
        p = subprocess.run([importer, "--structures", str(s), "--services", str(v), "--today", today, "--out",
                            str(out), *extra], capture_output=True, text=True)
        if p.returncode != 0:
            result(False, f"importer on {name}", p.stderr.strip())
            continue
        n_st, n_sv = check_file(verdicts, out, datetime.date.fromisoformat(today),
                                f"importer output on {name} is valid under the official models")
        print(f"importer on {name}: kept {n_st} structures, {n_sv} services, all valid")
    # The export cut by département (--by-departement): every piece with services of its own,
    # and one with the national ones only.
    out = tmp / "pieces"
    p = subprocess.run([importer, "--structures", str(exports / "structures.json"), "--services",
                        str(exports / "services.json"), "--today", "2026-06-30", "--by-departement", str(out)],
                       capture_output=True, text=True)
    if p.returncode != 0:
        result(False, "importer --by-departement", p.stderr.strip())
        return
    index = json.loads((out / "index.json").read_text())
    for t in index["territories"]:
        if t["local"] or t["code"] == "2A":
            check_file(verdicts, out / t["file"], datetime.date(2026, 6, 30),
                       f"importer --by-departement: {t['file']} is valid under the official models")
    # Cut finer (a tiny --piece-kb, so that every département with services is): every piece.
    out = tmp / "finer"
    p = subprocess.run([importer, "--structures", str(exports / "structures.json"), "--services",
                        str(exports / "services.json"), "--today", "2026-06-30", "--by-departement", str(out),
                        "--piece-kb", "1"], capture_output=True, text=True)
    if p.returncode != 0:
        result(False, "importer --by-departement --piece-kb 1", p.stderr.strip())
        return
    index = json.loads((out / "index.json").read_text())
    finer = [f["file"] for t in index["territories"] for f in t.get("pieces") or []]
    finer += ["france.json"] if (out / "france.json").exists() else []
    result(bool(finer), "importer --piece-kb 1 cuts finer", f"{len(finer)} pieces")
    for f in finer[:40]:
        check_file(verdicts, out / f, datetime.date(2026, 6, 30),
                   f"importer --piece-kb: {f} is valid under the official models")


def explore(seed, count, verdicts):
    """Random mutations of the corpus's values, one field each: prints where the verdicts differ."""
    import random

    rng = random.Random(seed)
    set_today(datetime.date.fromisoformat(corpus.TODAY))
    alphabet = list("aAzZ09-_.@:/ \t+éÉ<>\"'#%?[]|^,;()xn") + ["\u00a0", "\u200b", "٣", "３", "ß", "İ", "\u0301"]
    pool = [v for v in corpus.URLS + corpus.EMAILS + corpus.DATES + corpus.FLOATS + corpus.INTS if v is not corpus.MISSING]

    def value():
        k = rng.random()
        if k < 0.4:
            base = rng.choice(pool)
            if not isinstance(base, str):
                return base
            s = list(base)
            for _ in range(rng.randint(1, 3)):
                i = rng.randint(0, len(s))
                op = rng.random()
                if op < 0.4:
                    s.insert(i, rng.choice(alphabet))
                elif s and op < 0.7:
                    s.pop(min(i, len(s) - 1))
                elif s:
                    s[min(i, len(s) - 1)] = rng.choice(alphabet)
            return "".join(s)
        if k < 0.6:
            return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if k < 0.7:
            return rng.choice([rng.randint(-10**12, 10**12), rng.random() * 1e10, True, False, None])
        return "".join(rng.choice("0123456789٣３a_é .") for _ in range(rng.randint(1, 15)))

    cases = []
    for _ in range(count):
        kind = rng.choice(["service", "structure"])
        base = corpus.SERVICE if kind == "service" else corpus.STRUCTURE
        field = rng.choice(list(base))
        entry = dict(base)
        entry[field] = [value()] if isinstance(base[field], list) and rng.random() < 0.7 else value()
        cases.append((kind, field, entry))
    ours_st, ours_sv = reader(verdicts, corpus.TODAY, [e for k, _, e in cases if k == "structure"],
                              [e for k, _, e in cases if k == "service"])
    ours = {"structure": iter(ours_st), "service": iter(ours_sv)}
    differ = 0
    for kind, field, entry in cases:
        mine, theirs = next(ours[kind])["invalid"], official(kind, entry)
        if mine != theirs:
            differ += 1
            print(f"{kind} `{field}` = {show(entry[field])}: official {theirs}, reader {mine}")
    print(f"explore: {differ} of {count} mutations judged differently")


def main():
    if sys.argv[1] == "--explore":
        return explore(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    verdicts, importer = sys.argv[1], sys.argv[2]
    check_fields(verdicts)
    check_enumerations()
    check_corpus(verdicts)
    today = datetime.datetime.now(datetime.timezone.utc).date()
    for f in ["demo.json", "national.json"]:
        check_file(verdicts, ROOT / "content/contacts" / f, today, f"content/contacts/{f} is valid under the official models")
    check_importer(verdicts, importer)
    print(f"oracle: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
