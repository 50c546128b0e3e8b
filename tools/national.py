"""A generated national data·inclusion export, shaped like the real one, to size the pieces of
`passerelle-import --by-departement` (tools/pieces.sh).

python3 tools/national.py DIR [SERVICES] [SEED]   → DIR/structures.jsonl, DIR/services.jsonl

Deterministic (SEED, default 25). Standard library only.

The figures, and where they come from:
- Services per commune in proportion to its population: the official commune referential
  (npm @etalab/decoupage-administratif 6.0.0, tests/node_modules, `population` of each current
  commune; 68.0 M people in 34 963 communes), so each département gets its population's share
  (Nord 3.8 %, Paris 3.1 %, Lozère 0.1 %).
- The mix of sources and thématiques (SOURCES below): OUR ESTIMATE of data·inclusion's catalogue,
  from its documented sources (monenfant crèches, France Travail agencies, médiation numérique
  places, Soliguide, DORA, France Services, emplois de l'inclusion…) and the order of magnitude of
  each network (about 16 000 EAJE crèches on monenfant.fr, 900 France Travail agencies, 2 700
  France Services, 10 000+ médiation numérique places, each with several services). The exact
  counts of the live export could not be read from this machine (no network): the shares are
  stated so they can be replaced by the real ones.
- Remote services: 3 % of DORA's and Soliguide's with a département zone, France Travail's and a
  few others' phone lines open to all of France (300).
- Texts: each source's own templates (the real export's descriptions are mostly templated by
  source), with names, streets and sentences drawn from word lists, so they compress as real
  French text does, not as one repeated string. Positions: a point per commune drawn in a disc
  around its département's approximate centre (CENTRES below; overseas, inside its territory),
  the services of a commune within 2 km of it (the referential has no coordinates).
"""

import json
import math
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
REF = ROOT / "tests/node_modules/@etalab/decoupage-administratif/data"

# source: (share of services, services per structure, thématiques, name templates, description templates)
SOURCES = {
    "monenfant": (0.26, 1.0, ["famille--garde-denfants"],
                  ["Crèche {a}", "Multi-accueil {a}", "Micro-crèche {a}", "Halte-garderie {a}", "Relais petite enfance {c}"],
                  ["Établissement d'accueil du jeune enfant de {n} places, ouvert aux enfants de 10 semaines à 4 ans. {s}",
                   "Accueil régulier et occasionnel des enfants de moins de 6 ans. {s}"]),
    "mediation-numerique": (0.20, 3.0, ["numerique--maitriser-les-fondamentaux-du-numerique",
                                        "numerique--acceder-a-des-services-en-ligne", "numerique--acceder-a-une-connexion-internet",
                                        "numerique--acquerir-un-equipement"],
                            ["Atelier numérique {a}", "Espace public numérique {c}", "Accompagnement aux démarches en ligne"],
                            ["Un conseiller numérique vous aide à utiliser un ordinateur, un smartphone ou une tablette. {s}",
                             "Accès libre à des ordinateurs et à internet, avec un médiateur. {s}"]),
    "soliguide": (0.15, 2.0, ["equipement-et-alimentation--alimentation", "equipement-et-alimentation--habillement",
                              "logement-hebergement--rechercher-une-solution-dhebergement-temporaire",
                              "sante--acces-aux-soins", "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
                              "remobilisation--lien-social"],
                  ["Distribution alimentaire {a}", "Vestiaire solidaire {a}", "Accueil de jour {a}", "Permanence d'accès aux droits"],
                  ["Accueil inconditionnel {d}. {s}", "Sur orientation d'un travailleur social ou sans rendez-vous {d}. {s}"]),
    "dora": (0.12, 2.5, ["trouver-un-emploi--repondre-a-des-offres-demploi", "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
                         "mobilite--preparer-un-permis", "mobilite--acceder-a-un-vehicule", "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
                         "lecture-ecriture-calcul--maitriser-le-francais", "famille--soutien-a-la-parentalite-et-a-leducation",
                         "sante--sante-mentale", "logement-hebergement--louer-un-logement", "remobilisation--bien-etre-confiance-en-soi",
                         "creer-une-entreprise--definir-son-projet-de-creation-dentreprise", "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger"],
             ["Accompagnement {t}", "Atelier {t}", "Permanence {t}", "Aide {t}"],
             ["{S} Le service est proposé {d}, après un premier entretien. {s}", "{S} Sur rendez-vous, {d}. {s}"]),
    "france-travail": (0.06, 6.0, ["trouver-un-emploi--repondre-a-des-offres-demploi", "preparer-sa-candidature--valoriser-ses-competences",
                                   "se-former--trouver-sa-formation", "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
                                   "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise"],
                       ["Accompagnement global", "Accompagnement intensif des jeunes", "Prestation {t}", "Atelier {t}"],
                       ["France Travail vous accompagne {d}. {s}", "Un conseiller France Travail vous reçoit {d}. {s}"]),
    "france-services": (0.06, 4.0, ["difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
                                    "numerique--acceder-a-des-services-en-ligne", "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"],
                        ["France Services {c}", "Aide aux démarches administratives", "Accès aux droits {c}"],
                        ["Un agent France Services vous aide dans vos démarches (CAF, impôts, retraite, santé) {d}. {s}"]),
    "emplois-de-linclusion": (0.06, 1.5, ["trouver-un-emploi--repondre-a-des-offres-demploi", "trouver-un-emploi--maintien-dans-lemploi"],
                              ["Chantier d'insertion {a}", "Entreprise d'insertion {a}", "Association intermédiaire {a}"],
                              ["Structure d'insertion par l'activité économique : un emploi avec un accompagnement {d}. {s}"]),
    "mes-aides": (0.03, 1.5, ["mobilite--entretenir-reparer-son-vehicule", "mobilite--acceder-a-un-vehicule", "mobilite--financer-ma-mobilite"],
                  ["Garage solidaire {a}", "Location de véhicules {a}", "Plateforme mobilité {c}"],
                  ["Réparation et location à prix solidaire {d}. {s}"]),
    "action-logement": (0.02, 5.0, ["logement-hebergement--louer-un-logement", "logement-hebergement--se-maintenir-dans-le-logement",
                                    "logement-hebergement--reduire-les-impayes-de-loyer"],
                        ["Aide au logement des salariés", "Garantie Visale", "Aide à la mobilité logement"],
                        ["Action Logement vous aide {d}. {s}"]),
    "autres": (0.04, 2.0, ["sante--addictions", "famille--surmonter-conflits-separation-violence",
                           "difficultes-financieres--situation-dendettement-surendettement",
                           "souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger",
                           "remobilisation--activites-sportives-et-culturelles", "sante--constituer-un-dossier-mdph-invalidite"],
               ["Permanence {t}", "Point d'écoute {a}", "Consultation {t}"],
               ["{S} Gratuit et confidentiel, {d}. {s}"]),
}
WORDS_A = ["Les Petits Pas", "Les Lucioles", "Arc-en-ciel", "Les Colibris", "Pomme d'Api", "Les Hirondelles", "Le Petit Prince",
           "Les Marmousets", "Les P'tits Loups", "Saint-Exupéry", "Jules Verne", "Louise Michel", "Simone Veil", "Jean Moulin",
           "du Centre", "des Tilleuls", "des Acacias", "du Parc", "de la Gare", "du Moulin", "des Coquelicots", "Victor Hugo",
           "Marie Curie", "Jacques Prévert", "Les Lilas", "Le Phare", "La Passerelle", "L'Escale", "Le Relais", "La Source"]
TOPICS = ["à l'emploi", "vers la formation", "au permis de conduire", "au budget", "à la parentalité", "au logement",
          "aux démarches en ligne", "à la création d'activité", "des jeunes de 16 à 25 ans", "des seniors", "des femmes",
          "au français langue étrangère", "à la santé", "à la mobilité", "des familles monoparentales"]
DAYS = ["du lundi au vendredi", "le mardi et le jeudi", "le mercredi après-midi", "sur rendez-vous", "en semaine",
        "le lundi matin", "le samedi matin", "tous les jours sauf le dimanche"]
SENTENCES = ["Se munir d'une pièce d'identité.", "Accès aux personnes à mobilité réduite.", "Inscription préalable recommandée.",
             "Places limitées.", "Un interprète peut être présent.", "Possibilité de garde d'enfants pendant l'atelier.",
             "Orientation par un prescripteur possible.", "Ouvert à tous les habitants du quartier.", "Tarif selon le quotient familial.",
             "Accueil en français, anglais et arabe.", "Service gratuit.", "Prévoir un justificatif de domicile."]
STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "place de la Mairie", "rue Pasteur", "boulevard Gambetta",
           "rue du Général de Gaulle", "rue des Écoles", "avenue de la Gare", "rue Jean Moulin", "allée des Tilleuls", "rue de Paris",
           "chemin des Vignes", "rue du Moulin", "place du Marché", "rue Émile Zola", "avenue de la Libération", "rue Voltaire"]
HOURS = ["Mo-Fr 09:00-12:00,14:00-17:00", "Mo-Fr 08:30-18:30", "Tu,Th 09:00-12:00", "We 14:00-18:00", None, None,
         "Mo-Fr 07:30-18:30", "Mo,Tu,Th,Fr 09:00-12:30"]
BOXES = {"metro": (42.4, 50.9, -4.4, 7.9), "971": (15.9, 16.5, -61.8, -61.0), "972": (14.4, 14.9, -61.2, -60.8),
         "973": (2.2, 5.7, -54.5, -51.7), "974": (-21.4, -20.9, 55.2, 55.8), "976": (-13.0, -12.6, 45.0, 45.3)}
ZONES_FRANCE = 300

# Where each metropolitan département lies: its approximate centre (latitude, longitude, our
# estimate to about 20 km from the map) and the radius of the disc its communes are scattered in
# (40 km, less for the small ones: Paris, its inner ring, Belfort). The referential has no
# coordinates; this puts neighbours near each other and a city's services together, which the
# cut of the dense départements (services within the widget's radius of a piece's communes) needs.
CENTRES = """01 46.1 5.35|02 49.55 3.55|03 46.4 3.2|04 44.1 6.25|05 44.65 6.3|06 43.9 7.15|07 44.75 4.4
|08 49.6 4.65|09 42.95 1.5|10 48.3 4.1|11 43.1 2.4|12 44.3 2.65|13 43.5 5.1|14 49.1 -0.35|15 45.05 2.65
|16 45.7 0.2|17 45.75 -0.75|18 47.05 2.5|19 45.35 1.9|2A 41.85 8.95|2B 42.4 9.2|21 47.4 4.8|22 48.45 -2.85
|23 46.1 2.0|24 45.1 0.75|25 47.15 6.35|26 44.7 5.15|27 49.1 1.0|28 48.4 1.4|29 48.25 -4.1|30 44.0 4.2
|31 43.35 1.2|32 43.7 0.45|33 44.85 -0.55|34 43.6 3.4|35 48.15 -1.65|36 46.8 1.6|37 47.25 0.7|38 45.25 5.6
|39 46.75 5.7|40 43.95 -0.75|41 47.6 1.4|42 45.7 4.2|43 45.1 3.8|44 47.35 -1.7|45 47.9 2.3|46 44.6 1.6
|47 44.35 0.45|48 44.5 3.5|49 47.4 -0.55|50 49.1 -1.3|51 48.95 4.2|52 48.1 5.2|53 48.15 -0.65|54 48.8 6.15
|55 49.0 5.4|56 47.85 -2.8|57 49.05 6.65|58 47.1 3.5|59 50.45 3.25|60 49.4 2.45|61 48.6 0.1|62 50.5 2.3
|63 45.7 3.15|64 43.25 -0.75|65 43.05 0.15|66 42.6 2.5|67 48.65 7.55|68 47.85 7.25|69 45.85 4.65|70 47.65 6.1
|71 46.65 4.5|72 48.0 0.2|73 45.5 6.4|74 46.0 6.4|75 48.86 2.35|76 49.65 1.0|77 48.6 2.95|78 48.8 1.85
|79 46.55 -0.3|80 49.95 2.3|81 43.8 2.15|82 44.05 1.3|83 43.45 6.2|84 44.0 5.15|85 46.65 -1.3|86 46.55 0.45
|87 45.9 1.25|88 48.2 6.4|89 47.8 3.6|90 47.65 6.9|91 48.5 2.25|92 48.85 2.22|93 48.91 2.48|94 48.78 2.47
|95 49.08 2.15"""
CENTRE = {d: (float(la), float(lo)) for d, la, lo in (x.split() for x in CENTRES.replace("\n", "").split("|"))}
SPREAD_KM = {"75": 5, "92": 8, "93": 8, "94": 8, "90": 15, "91": 25, "95": 25, "78": 30, "69": 30}


def place(code, dep):
    """A commune's point: in its overseas box, else in its département's disc."""
    r = random.Random(code)
    if dep in BOXES:
        box = BOXES[dep]
        return round(r.uniform(box[0], box[1]), 6), round(r.uniform(box[2], box[3]), 6)
    (la, lo), km = CENTRE[dep], SPREAD_KM.get(dep, 40)
    d, a = km * math.sqrt(r.random()), r.uniform(0, 2 * math.pi)
    return (round(la + d * math.cos(a) / 111.2, 6),
            round(lo + d * math.sin(a) / (111.2 * math.cos(math.radians(la))), 6))


def main():
    out = pathlib.Path(sys.argv[1])
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 500_000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 25)
    out.mkdir(parents=True, exist_ok=True)
    communes = [c for c in json.loads((REF / "communes.json").read_text())
                if c["type"] == "commune-actuelle" and c.get("population") and c.get("departement")
                and c.get("codesPostaux") and (len(c["departement"]) == 2 or c["departement"] in BOXES)]
    people = sum(c["population"] for c in communes)
    where = {}
    for c in communes:
        where[c["code"]] = place(c["code"], c["departement"])
    # Services per commune: its share of the population, the remainder drawn by weight.
    quota = {c["code"]: int(total * c["population"] / people) for c in communes}
    rest = total - sum(quota.values())
    for c in rng.choices(communes, weights=[c["population"] for c in communes], k=rest):
        quota[c["code"]] += 1
    by_code = {c["code"]: c for c in communes}
    names, shares = list(SOURCES), [SOURCES[s][0] for s in SOURCES]
    n_st = n_sv = 0
    with open(out / "structures.jsonl", "w") as fst, open(out / "services.jsonl", "w") as fsv:
        for code, n in quota.items():
            c = by_code[code]
            left = n
            while left > 0:
                source = rng.choices(names, weights=shares)[0]
                share, per, themes, noms, descs = SOURCES[source]
                k = min(left, max(1, round(rng.expovariate(1 / per))))
                left -= k
                n_st += 1
                st_id = f"{source}-st-{n_st}"
                la, lo = where[code]
                la, lo = round(la + rng.uniform(-0.02, 0.02), 6), round(lo + rng.uniform(-0.02, 0.02), 6)
                cp = rng.choice(c["codesPostaux"])
                phone = f"0{rng.randint(1, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
                adresse = f"{rng.randint(1, 120)} {rng.choice(STREETS)}"
                a = rng.choice(WORDS_A)
                fst.write(json.dumps({
                    "source": source, "id": st_id, "siret": f"{rng.randint(10**13, 10**14 - 1)}",
                    "nom": f"{rng.choice(noms).format(a=a, c=c['nom'], t=rng.choice(TOPICS))}"[:150],
                    "commune": c["nom"], "code_postal": cp, "code_insee": code, "adresse": adresse,
                    "longitude": lo, "latitude": la, "telephone": phone,
                    "courriel": f"contact{n_st}@{source}.example.org", "site_web": f"https://{source}.example.org/{n_st}",
                    "description": f"{rng.choice(SENTENCES)} {rng.choice(SENTENCES)}", "date_maj": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
                    "lien_source": f"https://{source}.example.org/structures/{n_st}", "horaires_accueil": rng.choice(HOURS),
                    "accessibilite_lieu": None, "reseaux_porteurs": [], "_di_geocodage_score": round(rng.random(), 3),
                }, ensure_ascii=False) + "\n")
                for _ in range(k):
                    n_sv += 1
                    t = rng.sample(themes, min(len(themes), rng.choice([1, 1, 2, 3])))
                    remote = source in ("dora", "soliguide") and rng.random() < 0.03
                    france = n_sv % (total // ZONES_FRANCE) == 0
                    topic = rng.choice(TOPICS)
                    s = rng.choice(SENTENCES)
                    desc = rng.choice(descs).format(n=rng.randint(10, 80), s=s, d=rng.choice(DAYS),
                                                    S=f"Accompagnement {topic}.")
                    fsv.write(json.dumps({
                        "source": source, "id": f"{source}-sv-{n_sv}", "structure_id": st_id,
                        "nom": rng.choice(noms).format(a=a, c=c["nom"], t=topic)[:150], "description": desc,
                        "lien_source": f"https://{source}.example.org/services/{n_sv}", "date_maj": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
                        "type": rng.choice(["accompagnement", "atelier", "aide-materielle", "information"]),
                        "thematiques": t, "frais": rng.choice(["gratuit", "gratuit", "payant"]), "frais_precisions": None,
                        "publics": rng.choice([["tous-publics"], ["jeunes"], ["familles"], ["demandeurs-emploi"], ["tous-publics"]]),
                        "publics_precisions": None, "conditions_acces": rng.choice([None, None, s]),
                        "commune": c["nom"], "code_postal": cp, "code_insee": code, "adresse": adresse,
                        "complement_adresse": None, "longitude": lo, "latitude": la,
                        "telephone": phone, "courriel": f"contact{n_st}@{source}.example.org",
                        "modes_accueil": ["a-distance"] if remote or france else ["en-presentiel"],
                        "zone_eligibilite": ["france"] if france else [c["departement"]] if remote else None,
                        "contact_nom_prenom": None, "lien_mobilisation": None,
                        "modes_mobilisation": rng.choice([["se-presenter"], ["telephoner"], ["envoyer-un-courriel"], ["se-presenter", "telephoner"]]),
                        "mobilisable_par": rng.choice([["usagers"], ["usagers", "professionnels"], ["professionnels"]]),
                        "mobilisation_precisions": None, "volume_horaire_hebdomadaire": None, "nombre_semaines": None,
                        "horaires_accueil": rng.choice(HOURS),
                    }, ensure_ascii=False) + "\n")
    print(f"{n_st} structures, {n_sv} services in {len(quota)} communes → {out}")


if __name__ == "__main__":
    main()
