"""One-off conversion of the team's shared research files into `db/sources/`.

Run once (kept for provenance): `python db/tools/import_shared.py ../shared/data db/sources`.
After this, `db/sources/` is the project's own curated data and is edited directly;
each correction made here is listed in `db/sources/CHANGES.md`.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

MARKER = "[site déduit]"

REFERENCE_CENTRES = {
    "CRMR Lupus, SAPL et autres maladies auto-immunes rares": (
        "crmr-lupus-sapl",
        "",
        "Centre de référence Lupus, SAPL et autres maladies auto-immunes rares",
    ),
    "CRMR Maladies auto-immunes systémiques rares d'Île-de-France": (
        "crmr-idf",
        "",
        "Centre de référence des maladies auto-immunes systémiques rares d'Île-de-France",
    ),
    "CRMR Maladies auto-immunes systémiques rares du Nord et Nord-Ouest (CeRAINO, devenu CeRAINOM)": (
        "crmr-cerainom",
        "CeRAINOM",
        "Centre de référence des maladies auto-immunes systémiques rares du Nord, "
        "Nord-Ouest, Méditerranée et Guadeloupe (CeRAINO, devenu CeRAINOM)",
    ),
    "CRMR Maladies auto-immunes et auto-inflammatoires systémiques rares (RESO, Est et Sud-Ouest)": (
        "crmr-reso",
        "RESO",
        "Centre de référence des maladies auto-immunes et auto-inflammatoires systémiques rares "
        "de l'Est et du Sud-Ouest (RESO)",
    ),
    "CRMR Maladies auto-inflammatoires et amylose inflammatoire (CEREMAIA)": (
        "crmr-ceremaia",
        "CEREMAIA",
        "Centre de référence des maladies auto-inflammatoires et de l'amylose inflammatoire (CEREMAIA)",
    ),
    "CRMR Rhumatismes inflammatoires et maladies auto-immunes systémiques rares de l'enfant (RAISE)": (
        "crmr-raise",
        "RAISE",
        "Centre de référence des rhumatismes inflammatoires et maladies auto-immunes systémiques "
        "rares de l'enfant (RAISE)",
    ),
}

# Competence centres whose CRMR is unknown: the disease groups their label names (from their sources).
CCMR_LABEL_SCOPE = {
    "nantes-mi-ccmr-mai": "connective_tissue;vasculitis;myositis",
    "toulouse-ccmr-mai": "connective_tissue;vasculitis;myositis",
    "amiens-chu-ccmr-mai": "connective_tissue;vasculitis;myositis",
    "rouen-chu-rhumatologie-ccmr": "connective_tissue;vasculitis;myositis",
    "rouen-chu-mi-ccmr": "connective_tissue;vasculitis;myositis",
    # GHRMSA: "maladies systémiques auto-immunes et auto-inflammatoires rares" (ch-mulhouse.fr).
    "mulhouse-emile-muller-ccmr-mai": "connective_tissue;vasculitis;myositis;autoinflammatory",
}

# Rows whose establishment is not named by the source: same convention as nice-cart-site-0040.
CONFIDENCE_FIXES = {
    "pessac-cart-site-ytb323": "unverified",
    "strasbourg-cart-site-ytb323": "unverified",
}

CART_KEYWORDS = ("CAR-T; CART; cellules CAR-T; lymphocytes CAR-T; thérapie cellulaire; cell therapy; "
                 "essai; essai clinique; essai thérapeutique; clinical trial; trial")

TRIALS = [
    # id, registry_id, sites (centre ids), diseases (name_fr)
    ("nct05869955", "NCT05869955",
     ["lille-huriez-mi-crmr-ceraino", "nice-cart-site-0040", "paris-saint-louis-cart",
      "rennes-pontchaillou-mi-crmr-cerainom"],
     ["Lupus systémique", "Myopathies inflammatoires idiopathiques", "Sclérodermie systémique"]),
    ("nct05798117", "NCT05798117",
     ["pessac-cart-site-ytb323", "strasbourg-cart-site-ytb323"],
     ["Lupus systémique"]),
    ("cell-attack", "",
     ["lekremlinbicetre-rhumatologie-cart"],
     ["Lupus systémique", "Syndrome de Gougerot-Sjögren", "Myopathies inflammatoires idiopathiques",
      "Sclérodermie systémique"]),
    ("reso-bordeaux-lupus-cart", "",
     ["bordeaux-chu-reso"],
     ["Lupus systémique"]),
]

# What the source says of the sites: listed by a trial registry, announced by the centre, or a project
# whose trial is not open (Cell-Attack: phase I dossier submitted to ANSM).
SITE_STATUS = {"nct05869955": "registry", "nct05798117": "registry", "cell-attack": "project",
               "reso-bordeaux-lupus-cart": "announced"}

# Explicit expertise stated by a centre's own source page (not derived from a PNDS).
EXPLICIT_FROM_PAGES = [
    ("nantes-mi-ccmr-mai", "Maladie de Still de l'adulte", "https://www.chu-nantes.fr/maladies-rares-3",
     "Page « maladies rares » du service (maladie de Still)"),
    ("nantes-mi-ccmr-mai", "Syndrome de Schnitzler", "https://www.chu-nantes.fr/maladies-rares-3",
     "Page « maladies rares » du service (syndrome de Schnitzler)"),
    ("lyon-ceremaia", "Maladie de Still de l'adulte", "https://www.ceremaia-lyon.fr/still.html",
     "Page « maladie de Still de l'adulte » du CEREMAIA Lyon"),
]


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for row in rows:
            w.writerow({k: row.get(k, "") for k in fields})


def dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def main(shared: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    centres = read(shared / "centres.csv")
    diseases = read(shared / "diseases.csv")
    scope = read(shared / "reference_centre_scope.csv")
    pnds = read(shared / "pnds.csv")
    trials = read(shared / "cart_trials.csv")

    # reference centres
    rc_sources: dict[str, list[str]] = {}
    for row in scope:
        rc_sources.setdefault(row["reference_centre"], []).extend(row["source_urls"].split())
    rc_rows = []
    for label, (rc_id, acronym, name) in REFERENCE_CENTRES.items():
        urls = dedupe(rc_sources.get(label, []))
        rc_rows.append({"id": rc_id, "name": name, "short_name": label, "acronym": acronym,
                        "network": "FAI²R", "source_urls": " ".join(urls)})
    write(out / "reference_centres.csv",
          ["id", "name", "short_name", "acronym", "network", "source_urls"], rc_rows)

    # diseases: stable slug ids, parent by id, duplicated synonyms removed
    ids = {d["name_fr"]: slug(d["name_fr"]) for d in diseases}
    d_rows = []
    for d in diseases:
        synonyms = [s.strip() for s in d["synonyms"].split(";")]
        synonyms = [re.sub(r"\s*\(ORPHA \d+\)$", "", s) for s in synonyms]
        d_rows.append({
            "id": ids[d["name_fr"]], "orpha_code": d["orpha_code"], "name_fr": d["name_fr"],
            "name_en": d["name_en"], "synonyms": "; ".join(dedupe(synonyms)), "group": d["group"],
            "parent": ids[d["parent"]] if d["parent"] else "", "source_urls": d["source_urls"],
        })
    write(out / "diseases.csv",
          ["id", "orpha_code", "name_fr", "name_en", "synonyms", "group", "parent", "source_urls"], d_rows)

    write(out / "reference_centre_scope.csv", ["reference_centre", "disease", "source_urls"], [
        {"reference_centre": REFERENCE_CENTRES[r["reference_centre"]][0],
         "disease": ids[r["disease_name_fr"]], "source_urls": r["source_urls"]}
        for r in scope
    ])

    # PNDS
    p_rows = []
    url_to_pnds: dict[str, dict[str, str]] = {}
    for p in pnds:
        pid = slug(f"{p['title'][:60]}-{p['year']}")
        row = {"id": pid, "title": p["title"], "diseases": "; ".join(
            ids[n.strip()] for n in p["disease_names_fr"].split(";")), "year": p["year"],
            "url": p["url"], "source_urls": p["source_urls"]}
        p_rows.append(row)
        for u in [p["url"], *p["source_urls"].split()]:
            url_to_pnds.setdefault(u, row)
    write(out / "pnds.csv", ["id", "title", "diseases", "year", "url", "source_urls"], p_rows)

    # centres
    groups = {r["id"]: r["group"] for r in d_rows}
    c_rows = []
    explicit = []
    for c in centres:
        hospital = c["hospital"]
        confidence = CONFIDENCE_FIXES.get(c["id"], c["confidence"])
        if MARKER in hospital:
            hospital = hospital.replace(MARKER, "").strip()
            assert confidence == "inferred", c["id"]
        population = c["population"]
        reference = REFERENCE_CENTRES[c["reference_centre"]][0] if c["reference_centre"] else ""
        c_rows.append({
            **c,
            "hospital": hospital,
            "confidence": confidence,
            "population": population,
            "reference_centre": reference,
            "label_scope": CCMR_LABEL_SCOPE.get(c["id"], ""),
            "verified": c["reverified_on"],
        })
        for u in c["source_urls"].split():
            p = url_to_pnds.get(u)
            if p:
                for disease in p["diseases"].split("; "):
                    # an adult department is not made an expert of a children-only disease
                    if population == "adult" and groups[disease] == "paediatric":
                        continue
                    explicit.append({"centre": c["id"], "disease": disease,
                                     "evidence": f"Fiche établie d'après le {p['title']} ({p['year']})",
                                     "source_url": u})
    for centre_id, name, url, evidence in EXPLICIT_FROM_PAGES:
        explicit.append({"centre": centre_id, "disease": ids[name], "evidence": evidence, "source_url": url})
    write(out / "centres.csv", [
        "id", "name", "roles", "reference_centre", "hospital", "confidence", "department", "specialty",
        "population", "coordinator", "address", "postal_code", "city", "department_code", "region",
        "latitude", "longitude", "coord_precision", "phone", "phone_type", "website", "label_scope",
        "verified", "notes", "source_urls"], c_rows)
    seen = set()
    explicit = [e for e in explicit if (e["centre"], e["disease"]) not in seen
                and not seen.add((e["centre"], e["disease"]))]
    write(out / "centre_diseases.csv", ["centre", "disease", "evidence", "source_url"], explicit)

    # trials and their sites
    t_rows, site_rows = [], []
    for (tid, registry, sites, names), t in zip(TRIALS, trials, strict=True):
        assert t["trial_id"] == registry, (tid, t["trial_id"])
        t_rows.append({"id": tid, "registry_id": registry, "title": t["title"], "product": t["product"],
                       "target": t["target"], "kind": "CAR-T", "keywords": CART_KEYWORDS,
                       "diseases": "; ".join(ids[n] for n in names),
                       "diseases_as_published": t["diseases"], "french_sites_as_published": t["french_sites"],
                       "status": t["status"], "url": t["url"]})
        for centre_id in sites:
            site_rows.append({"trial": tid, "centre": centre_id, "site_status": SITE_STATUS[tid],
                              "source_url": t["url"]})
    write(out / "trials.csv", ["id", "registry_id", "title", "product", "target", "kind", "keywords", "diseases",
                               "diseases_as_published", "french_sites_as_published", "status", "url"], t_rows)
    write(out / "trial_sites.csv", ["trial", "centre", "site_status", "source_url"], site_rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
