#!/usr/bin/env python3
"""Writes tests/fixtures/exports/: one small territory, exported in every form a coordinator has.

The tables are pandas DataFrames holding what PostgreSQL gives pandas (lists, dates, NaN for
missing values), written with the very calls of data·inclusion's open-data export job
(pipeline/dags/.../publish_opendata/helpers.py: `to_json(orient="records", force_ascii=False)`,
`to_csv(index=False)`, `to_parquet(index=False)`), plus JSON Lines, GeoJSON features, API v1 pages ({items, total, page,
size, pages}), a spreadsheet in another shape (French column names, `;`, `{a,b}` lists, decimal
commas) and the same export for a territory with nothing in it. tests/import.rs reads them and
checks the counts; tools/oracle.py checks every output under the official models.

    target/venv/bin/pip install -r tools/bench-requirements.txt    # once, beside the official models
    target/venv/bin/python tools/exports.py
"""
import datetime
import json
import math
import pathlib

import pandas as pd

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/exports"
D = datetime.date(2026, 3, 2)
NAN = float("nan")

# La Réunion (974) and one Lille service (59): with --departement 974 --today 2026-06-30.
STRUCTURES = [
    dict(id="st-ccas", nom="CCAS de Saint-Denis", code_insee="97411", code_postal="97400", commune="Saint-Denis",
         latitude=-20.8821, longitude=55.4507, telephone="0262 40 00 00", reseaux_porteurs=["ccas-cias"]),
    dict(id="st-ml", nom="Mission locale Nord", code_insee="97411", commune="Saint-Denis", latitude=-20.89,
         longitude=55.46, telephone="0262 90 00 00", reseaux_porteurs=["mission-locale"]),
    # Located by its postcode only.
    dict(id="st-logement", nom="Association Logement Sud", code_postal="97410", commune="Saint-Pierre"),
    dict(id="st-ft", nom="France Travail Le Port", code_insee="97407", commune="Le Port", latitude=-20.94,
         longitude=55.29, telephone="+33123456789", reseaux_porteurs=["france-travail"]),
    dict(id="st-lille", nom="Centre social Lille Sud", code_insee="59350", code_postal="59000", commune="Lille",
         latitude=50.61, longitude=3.05),
    dict(id="st-court", nom="ab", code_insee="97411"),  # too short a name: dropped
    dict(id="st-national", nom="Ligne nationale", code_insee="75056", latitude=48.85, longitude=2.35),
]

# (id, structure, thématiques, extra fields)
SERVICES = [
    ("sv-v1-emploi", "st-ft", ["trouver-un-emploi--repondre-a-des-offres-demploi"], dict(code_insee="97407")),
    # v0 codes, as real exports still carry them, beside v1 codes and an unknown one.
    ("sv-v0-logement", "st-logement", ["logement-hebergement", "pas-un-code"], dict(code_postal="97410")),
    ("sv-v0-mobilite", "st-ccas", ["mobilite--louer-un-vehicule", "mobilite--etre-accompagne-dans-son-parcours-mobilite"],
     dict(code_insee="97411", publics=["beneficiaires-rsa", "jeunes-16-26"])),
    ("sv-v0-numerique", "st-ccas", ["numerique--prendre-en-main-un-smartphone-ou-une-tablette"], dict(code_insee="97411")),
    ("sv-v0-finances", "st-ccas", ["gestion-financiere--apprendre-a-gerer-son-budget", "autre-code-inconnu"],
     dict(code_insee="97411")),
    ("sv-v0-famille", "st-ml", ["famille--garde-denfants", "famille--soutien-a-la-parentalite"], dict(code_insee="97411")),
    ("sv-v0-sante", "st-ml", ["sante--bien-etre-psychologique"], dict(code_insee="97411", publics=["adultes"])),
    ("sv-v0-savoirs", "st-ml", ["illettrisme--ameliorer-vocabulaire"], dict(code_insee="97411")),
    ("sv-v0-reseau", "st-ml", ["preparer-sa-candidature--developper-son-reseau"], dict(code_insee="97411")),
    # Located by postcode only, and by coordinates only.
    ("sv-postcode", "st-logement", ["logement-hebergement--louer-un-logement"],
     dict(code_postal="97410", latitude=-21.34, longitude=55.48)),
    ("sv-coords", "st-ft", ["choisir-un-metier--connaitre-les-opportunites-demploi"], dict(latitude=-20.94, longitude=55.29)),
    # An orphan: its structure is in no file.
    ("sv-orphelin", "st-absent", ["famille--garde-denfants"], dict(code_insee="97411")),
    # No answer of the diagnostic calls for this.
    ("sv-international", "st-ft", ["souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger"],
     dict(code_insee="97407")),
    # A latitude that lost its sign: the coordinates are removed, the service kept.
    ("sv-signe", "st-ccas", ["famille--garde-denfants"], dict(code_insee="97411", latitude=20.88, longitude=55.45)),
    # Placeholders and free text.
    ("sv-placeholder", "st-ccas", ["numerique--acceder-a-des-services-en-ligne"],
     dict(code_insee="97411", telephone="01 23 45 67 89", horaires_accueil=" Lundi : 8h00-12h00 14h00-18h00 ")),
    # Invalid: no description (dropped), a date in the future (dropped).
    ("sv-sans-description", "st-ccas", ["famille--garde-denfants"], dict(code_insee="97411", description=NAN)),
    ("sv-futur", "st-ccas", ["famille--garde-denfants"], dict(code_insee="97411", date_maj=datetime.date(2027, 1, 1))),
    # Elsewhere: Lille by postcode and coordinates, and a remote service open to all of France.
    ("sv-lille", "st-lille", ["famille--garde-denfants"], dict(code_postal="59000", latitude=50.61, longitude=3.05)),
    ("sv-ligne", "st-national", ["sante--sante-mentale"],
     dict(code_insee="75056", modes_accueil=["a-distance"], zone_eligibilite=["france"])),
]

COLUMNS_ST = ["source", "id", "nom", "date_maj", "description", "lien_source", "siret", "commune", "code_postal",
              "code_insee", "adresse", "complement_adresse", "longitude", "latitude", "telephone", "courriel",
              "site_web", "horaires_accueil", "accessibilite_lieu", "reseaux_porteurs"]
COLUMNS_SV = ["source", "structure_id", "id", "nom", "description", "lien_source", "date_maj", "type", "thematiques",
              "frais", "frais_precisions", "publics", "publics_precisions", "conditions_acces", "commune",
              "code_postal", "code_insee", "adresse", "complement_adresse", "longitude", "latitude", "telephone",
              "courriel", "modes_accueil", "zone_eligibilite", "contact_nom_prenom", "lien_mobilisation",
              "modes_mobilisation", "mobilisable_par", "mobilisation_precisions", "volume_horaire_hebdomadaire",
              "nombre_semaines", "horaires_accueil"]


def frames():
    st = [dict(dict(source="dora", date_maj=D), **s) for s in STRUCTURES]
    sv = []
    for id_, structure, themes, extra in SERVICES:
        row = dict(source="dora", structure_id=structure, id=id_, nom=f"Service {id_[3:]}",
                   description="Un accompagnement près de chez vous.", date_maj=D, thematiques=themes,
                   publics=["tous-publics"], modes_accueil=["en-presentiel"], mobilisable_par=["usagers"])
        row.update(extra)
        sv.append(row)
    st = pd.DataFrame(st).reindex(columns=COLUMNS_ST)
    sv = pd.DataFrame(sv).reindex(columns=COLUMNS_SV)
    return st, sv


def plain(v):
    """A DataFrame cell as JSON would hold it (NaN: absent)."""
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, datetime.date):
        return v.isoformat()
    return v


def records(df):
    return [{k: plain(v) for k, v in r.items() if plain(v) is not None} for r in df.to_dict("records")]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    st, sv = frames()
    for name, df in [("structures", st), ("services", sv)]:
        # The export job's own calls.
        with open(OUT / f"{name}.json", "w") as f:
            df.to_json(f, orient="records", force_ascii=False)
        df.to_csv(OUT / f"{name}.csv", index=False)
        df.to_json(OUT / f"{name}.jsonl", orient="records", lines=True, force_ascii=False)
        feats = [{"type": "Feature", "properties": r,
                  "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]}
                  if "latitude" in r else None} for r in records(df)]
        (OUT / f"{name}.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": feats},
                                                         ensure_ascii=False))
        # API v1 pages of 5: {items, total, page, size, pages}.
        items = records(df)
        pages = math.ceil(len(items) / 5)
        for p in range(pages):
            page = {"items": items[p * 5:(p + 1) * 5], "total": len(items), "page": p + 1, "size": 5, "pages": pages}
            (OUT / f"api-{name}-{p + 1}.json").write_text(json.dumps(page, ensure_ascii=False))
    # The export's Parquet, as the job writes it (`to_parquet(index=False)`: pyarrow, snappy; lists as
    # list<string>, dates as date32).
    for name, df in [("structures", st), ("services", sv)]:
        df.to_parquet(OUT / f"{name}.parquet", index=False)
    # The export's spreadsheet, as the job writes it (an index column; lists as their text).
    for name, df in [("structures", st), ("services", sv)]:
        df.to_excel(OUT / f"{name}.xlsx", engine="xlsxwriter", engine_kwargs={"options": {"strings_to_urls": False}})
    # The validator's template as a producer fills it in (api/tests/fixtures/dataset.xlsx's shape):
    # sheets Structures and Services, `__ignore__` marking the description row, lists as `a, b`,
    # dates as spreadsheet dates, no `source`.
    with pd.ExcelWriter(OUT / "template.xlsx", engine="xlsxwriter") as w:
        for sheet, df in [("Structures", st), ("Services", sv)]:
            t = df.drop(columns=["source"]).copy()
            for col in t.columns:
                if t[col].map(lambda v: isinstance(v, list)).any():
                    t[col] = [", ".join(v) if isinstance(v, list) else v for v in t[col]]
            t["date_maj"] = pd.to_datetime(t["date_maj"])
            t.insert(0, "__ignore__", None)
            described = pd.DataFrame([{"__ignore__": 1, **{c: f"Description de {c}." for c in t.columns[1:]}}])
            pd.concat([described, t]).to_excel(w, sheet_name=sheet, index=False)
    # A spreadsheet made for reading: French column names, `;`, lists as {a,b}, decimal commas.
    foreign = pd.DataFrame({
        "Identifiant": sv["id"], "Nom du service": sv["nom"],
        "Thématiques": ["{" + ",".join(t) + "}" for t in sv["thematiques"]],
        "Latitude": [str(x).replace(".", ",") for x in sv["latitude"]],
    })
    foreign.to_csv(OUT / "foreign.csv", index=False, sep=";")
    # The v1 names, but lists as {a,b} and decimal commas (a PostgreSQL dump opened in a French spreadsheet).
    pg = sv.copy()
    for col in ["thematiques", "publics", "modes_accueil", "mobilisable_par", "zone_eligibilite"]:
        pg[col] = [("{" + ",".join(v) + "}") if isinstance(v, list) else v for v in pg[col]]
    for col in ["latitude", "longitude"]:
        pg[col] = [str(v).replace(".", ",") if not math.isnan(v) else v for v in pg[col]]
    pg.to_csv(OUT / "services-pg.csv", index=False, sep=";")


if __name__ == "__main__":
    main()
