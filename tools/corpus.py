#!/usr/bin/env python3
"""The conformance corpus of the contacts reader.

Each case is a valid base structure or service (every v1 field filled) with ONE field changed:
removed, set to null, or given another value. `tools/oracle.py` runs every case through the
official models (data-inclusion-schema 1.0.10) and through the reader, and requires the same
verdict, field by field. A case may carry `difference`: a deliberate, documented disagreement.

python3 tools/corpus.py FILE   writes it as JSON (tools/oracle.py imports it instead)
"""
import json
import pathlib

TODAY = "2026-06-30"  # the corpus's "today": the oracle gives it to both sides

STRUCTURE = {
    "source": "corpus",
    "id": "st-base",
    "nom": "Centre social Le Tournesol",
    "date_maj": "2026-05-01",
    "description": "Un centre social ouvert à toutes et à tous.",
    "lien_source": "https://dora.example.org/structures/tournesol",
    "siret": "13003013300016",
    "commune": "Lille",
    "code_postal": "59000",
    "code_insee": "59350",
    "adresse": "1 rue de la Paix",
    "complement_adresse": "Bâtiment B",
    "longitude": 3.06,
    "latitude": 50.63,
    "telephone": "+33320000000",
    "courriel": "accueil@tournesol.example.org",
    "site_web": "https://tournesol.example.org/",
    "horaires_accueil": "Mo-Fr 09:00-12:00",
    "accessibilite_lieu": "https://acceslibre.beta.gouv.fr/app/59-lille/a/centre-social/erp/tournesol/",
    "reseaux_porteurs": ["fcsf", "caf"],
}

SERVICE = {
    "source": "corpus",
    "structure_id": "st-base",
    "id": "sv-base",
    "nom": "Accueil emploi",
    "description": "Un conseiller vous aide à trouver un emploi.",
    "lien_source": "https://dora.example.org/services/accueil-emploi",
    "date_maj": "2026-05-01",
    "type": "accompagnement",
    "thematiques": ["trouver-un-emploi--repondre-a-des-offres-demploi", "famille--garde-denfants"],
    "frais": "gratuit",
    "frais_precisions": "Aucun frais",
    "publics": ["jeunes", "femmes"],
    "publics_precisions": "De 16 à 25 ans",
    "conditions_acces": "Aucune",
    "commune": "Lille",
    "code_postal": "59000",
    "code_insee": "59350",
    "adresse": "1 rue de la Paix",
    "complement_adresse": "Bâtiment B",
    "longitude": 3.06,
    "latitude": 50.63,
    "telephone": "03 20 00 00 00",
    "courriel": "contact@tournesol.example.org",
    "modes_accueil": ["en-presentiel", "a-distance"],
    "zone_eligibilite": ["59350", "59", "200093201", "france"],
    "contact_nom_prenom": "Camille Martin",
    "lien_mobilisation": "https://www.example.org/rdv",
    "modes_mobilisation": ["telephoner", "se-presenter"],
    "mobilisable_par": ["usagers", "professionnels"],
    "mobilisation_precisions": "Appeler le matin",
    "volume_horaire_hebdomadaire": 3.5,
    "nombre_semaines": 4,
    "horaires_accueil": "Mo-Fr 09:00-12:00",
}

MISSING = object()

LONG_WHEN_ENCODED = ("a link of at most 2083 bytes that percent-encoding takes over 2083: the models accept it, "
                     "then refuse their own normalised form of it; the reader refuses it")

# Values tried on every field of a type.
TEXT = ["", "é" * 3, "x" * 12000, "<b>texte</b>", 12, 1.5, True, ["a"], {"a": 1}]
REQUIRED_TEXT = ["", "x", 12, True, ["a"], None, MISSING]
DATES = [
    "2026-06-30", "2026-07-01", "2027-01-01", "2000-01-01", "1999-12-31", "0000-01-01", "2026-02-30",
    "2024-02-29", "2025-02-29", "2026-13-01", "01/05/2026", "2026-5-01", "2026-05-01 ", "",
    "2026-05-01T00:00:00", "2026-05-01T00:00:00Z", "2026-05-01T00:00:00+02:00", "2026-05-01T00:00:00+0200",
    "2026-05-01T00:00:00+02", "2026-05-01t00:00", "2026-05-01 00:00:00", "2026-05-01_00:00:00",
    "2026-05-01T00:00:00.000", "2026-05-01T00:00:00.001", "2026-05-01T10:00:00", "2026-05-01T24:00:00",
    "2026-05-01T00", "2026-05-01T00:00:00ZZ",
    1777593600, 1777593601, 1777593600.0, 1777593600000, "1777593600", "+1777593600", " 1777593600",
    "1777593600.0", "1.7775936e9", "20260501", -1777593600, 1893456000, True, None, ["2026-05-01"], MISSING,
]
FLOATS = ["50.63", " 50.63 ", "1e1", "+5", ".5", "5.", "1_0", "1__0", " 1_0", "1_0 ", "1.0_5", "1_0e1_0", "1._5", "1_e1", "_1", "1_", "50,63", "", "abc", "0x10", True, False,
          0, -0.5, 123.4, -200, None, [50.63], {"v": 1}]
NON_FINITE = ["nan", "inf", "-Infinity"]
INTS = [0, 1, 1.0, 1.5, "2", "2.0", "2.5", " 3 ", "1_0", " 1_0 ", "1_0.0", "10.", "10.0_0", "1e1", "+3", "-3", "0x1",
        True, False, -3, 1e20, "x", None]
EMAILS = [
    "contact@x.fr", "Accueil <contact@x.fr>", "<contact@x.fr>", "\"Accueil, Mairie\" <contact@x.fr>",
    "Accueil Mairie <contact@x.fr>", "Mairie: <contact@x.fr>", "\"Accueil<, Mairie\" <contact@x.fr>", "A <b <c@x.fr>", "contact@x.fr ", "a..b@x.fr", "x@-y.fr",
    "x@y-.fr", ".a@x.fr", "a.@x.fr", "a@x", "a@x.invalid", "a@exemple.invalid", "a@x.test", "a@x.local",
    "a@localhost", "a@x.onion", "a@x.arpa", "a@x.example.org", "a@x.example", "a@1.2.3.4", "a@[1.2.3.4]",
    "a@x.f1", "a@X.FR", "Info@X.fr", "a b@x.fr", "\"a b\"@x.fr", "a@x_y.fr", "a@@x.fr", "a@x@y.fr",
    "é@x.fr", "a@exémple.fr", "a@ab--c.fr", "a+tag@x.fr", "a@x.fr.", "a@.x.fr", "a@x..fr",
    "a@" + "b" * 64 + ".fr", "a" * 65 + "@x.fr", "a" * 250 + "@x.fr", "a@x.123", "a@x.c", "a@x.fr <b@y.fr>",
    "", "a,b@x.fr", "a@x,fr", "a\u200b@x.fr", "contact@x.fr\n", 12, "a@xn--e.fr", "a@xn--exmple-cva.fr", "a@xn--abc.fr",
    "a@XN--EXMPLE-CVA.fr",
]
URLS = [
    "https://x.fr/a b", "https://a b.fr", "https://x.fr:99999", "https://x.fr:65535", "https://x.fr:", "http:x.fr",
    "HTTPS://X.FR", "https:\\\\x.fr\\a", " https://x.fr ", "https://x.fr/\tab", "ftp://x.fr", "//x.fr", "x.fr",
    "https://", "https:///x", "https://1.2.3", "https://999.1.1.1", "https://[::1]/", "https://exémple.fr",
    "https://x_y.fr", "https://x.fr#a b", "https://u:p@x.fr", "https://x%20y.fr", "https://x.fr.",
    "https://x.fr:8O", "https://x.fr/" + "a" * 2070, "https://x.fr/" + "a" * 2071, "https://x.fr/" + "é" * 1035,
    "https://x.fr/" + "é" * 1040, "https://x.fr/" + "é" * 344, "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
    "https://x.fr/<script>", "https://x|y.fr", "https://x^y.fr", "https://x.fr?q=é", "https://0x7f.1",
    "https://a.b.c.123", "https://a.123x", "mailto:a@x.fr", "", 12, "https://xn--e.fr", "https://xn--exmple-cva.fr/",
    "https://www.xn--abc.fr/", "https://[:1]/", "https://[1:2:3:4:5:6:7:8]/", "https://[1::2::3]/",
    "https://[::ffff:1.2.3.4]/", "https://[1:2:3:4:5:6:7:8:9]/", "https://[::]/", "https://a.b@.123",
]
PHONES = ["03 20 00 00 00 / 06 12 34 56 78", "appelez le standard", "+33 (0)3 20 00 00 00", "115", "", 320000000]


def cases():
    out = []

    def add(kind, field, value, difference=None):
        entry = dict(STRUCTURE if kind == "structure" else SERVICE)
        if value is MISSING:
            del entry[field]
        else:
            entry[field] = value
        case = {"kind": kind, "field": field, "entry": entry}
        if difference:
            case["difference"] = difference
        out.append(case)

    for kind in ["structure", "service"]:
        add(kind, "(base)", (STRUCTURE if kind == "structure" else SERVICE)["source"])
        for f in ["source", "id"] + (["structure_id"] if kind == "service" else []):
            for v in REQUIRED_TEXT:
                add(kind, f, v)
        for v in ["xx", "éé", "abc", "ééé", "x" * 150, "x" * 151, "Mairie.", "Ateliers etc.", 12, None, MISSING]:
            add(kind, "nom", v)
        for v in ["abcd", "abcde", "x" * 10000, "x" * 10001, None, MISSING, 5]:
            add(kind, "description", v)
        for v in DATES:
            add(kind, "date_maj", v)
        plain = ["commune", "adresse", "complement_adresse", "horaires_accueil"]
        if kind == "service":
            plain += ["frais_precisions", "publics_precisions", "conditions_acces", "contact_nom_prenom",
                      "mobilisation_precisions"]
        for f in plain:
            for v in TEXT[:3] + TEXT[4:6] + [None, MISSING]:
                add(kind, f, v)
        for v in PHONES + [None, ["01 02 03 04 05"]]:
            add(kind, "telephone", v)
        for f in ["latitude", "longitude"]:
            for v in FLOATS:
                add(kind, f, v)
            for v in NON_FINITE:
                add(kind, f, v, "non-finite coordinates: a JSON file cannot hold them, and no distance can be reckoned")
        for v in ["59000", "5900", "590000", "59 00", "5900a", "٥٩٠٠٠", "５９０００", 59000, None]:
            add(kind, "code_postal", v)
        for v in ["59350", "2A004", "9390é", "9390_", "93 01", "2A0", "593500", "２３４５６", "٩٣٠٠١", 59350, None]:
            add(kind, "code_insee", v)
        for v in EMAILS + [None]:
            add(kind, "courriel", v)
        links = ["lien_source"] + (["site_web", "accessibilite_lieu"] if kind == "structure" else ["lien_mobilisation"])
        for v in URLS:
            add(kind, "lien_source" if kind == "structure" else "lien_mobilisation", v,
                LONG_WHEN_ENCODED if v == "https://x.fr/" + "é" * 1035 else None)
        for f in links:
            for v in ["https://ok.example.org/", "javascript:alert(1)", "https://x.fr:99999", None, 1]:
                add(kind, f, v)
    for v in ["13003013300016", "1300301330001", "130030133000160", "1300301330001a", "１３００３０１３３０００１６",
              13003013300016, None]:
        add("structure", "siret", v)
    for v in [["fcsf", "fcsf"], ["pas-un-reseau"], [], "caf", [1], [None], None, ["caf", "CAF"]]:
        add("structure", "reseaux_porteurs", v)
    for v in ["formation", "Formation", "pas-un-type", "", 1, None, ["formation"]]:
        add("service", "type", v)
    for v in ["payant", "Gratuit", " gratuit", "gratuit-sous-conditions", "", True, ["gratuit"], None]:
        add("service", "frais", v)
    theme = "famille--garde-denfants"
    for v in [[theme, theme], [], [theme, "pas-un-code"], theme, [1], [None], None, ["famille--garde-denfants "],
              ["famille"]]:
        add("service", "thematiques", v)
    for v in [["jeunes", "jeunes"], ["tous-publics"], ["tous-publics", "tous-publics"], ["tous-publics", "jeunes"],
              [], ["pas-un-public"], "jeunes", [1], None]:
        add("service", "publics", v)
    for v in [["a-distance", "a-distance"], [], ["sur-place"], "a-distance", None]:
        add("service", "modes_accueil", v)
    for v in [["telephoner", "telephoner"], [], ["envoyer-un-email"], "telephoner", None]:
        add("service", "modes_mobilisation", v)
    for v in [["usagers", "usagers"], [], ["tout-le-monde"], "usagers", None]:
        add("service", "mobilisable_par", v)
    for v in [["59350"], ["2A"], ["974"], ["200093201"], ["99100"], ["france"], ["France"], ["59350", "59350"],
              [], [""], ["5"], ["1234"], ["12345678"], ["2A004"], ["59350 "], ["9390é"], [59350], [None], "france",
              ["99134"], ["1234567890"], None]:
        add("service", "zone_eligibilite", v)
    for v in [0, 0.0, 3.5, -1, -0.01, "3", "1.5", " 2 ", True, "x", "nan", None, [1]]:
        add("service", "volume_horaire_hebdomadaire", v)
    for v in INTS:
        add("service", "nombre_semaines", v)
    for v in ["2026-05-01", 12, ["x"]]:
        add("service", "champ_inconnu", v)
    return out


def main():
    import sys
    data = {"today": TODAY, "cases": cases()}
    pathlib.Path(sys.argv[1]).write_text(json.dumps(data, ensure_ascii=False) + "\n")
    kinds = {k: sum(1 for c in data["cases"] if c["kind"] == k) for k in ["structure", "service"]}
    print(f"{sys.argv[1]}: {len(data['cases'])} cases ({kinds})")


if __name__ == "__main__":
    main()
