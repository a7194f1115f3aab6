"""Build `resources/gazetteer/communes.csv.gz`, the offline gazetteer of French communes.

Inputs (see resources/gazetteer/README.md for sources and licences):
  - communes.csv from the team's shared data (INSEE codes, names, one postal code, centroid, population);
  - data/communes.json from the npm package @etalab/decoupage-administratif (every postal code of
    every commune, keyed by the same INSEE code; no coordinates);
  - departements.csv (IGN geographic centre of each département: used for the commune of Paris,
    which the shared file only has as arrondissements).

Usage: python db/tools/build_gazetteer.py SHARED_GEO_DIR DECOUPAGE_COMMUNES_JSON OUT.csv.gz
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from centre_finder.core.search.gazetteer import aliases  # the app folds names the same way

FIELDS = ["insee", "name", "kind", "parent", "dep", "postal_codes", "lat", "lon", "population", "position",
          "aliases"]

# Communes present only as arrondissements in the shared file. Paris is also département 75, whose
# IGN centre is a published point; Lyon and Marseille take their 1st arrondissement as the
# city-centre proxy (same convention as the centres data).
CITY_PROXIES = {"69123": "69381", "13055": "13201"}


def main(geo_dir: Path, decoupage_json: Path, out: Path) -> None:
    with (geo_dir / "communes.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with (geo_dir / "departements.csv").open(encoding="utf-8") as f:
        deps = {r["insee_dep"]: r for r in csv.DictReader(f)}
    extra_codes: dict[str, list[str]] = {}
    extra_names: dict[str, dict] = {}
    for c in json.loads(decoupage_json.read_text(encoding="utf-8")):
        extra_codes.setdefault(c["code"], []).extend(c.get("codesPostaux", []))
        if c["type"] == "commune-actuelle":
            extra_names[c["code"]] = c

    dep_of = {r["insee_com"]: r["insee_dep"] for r in rows if r["insee_dep"]}
    merged: dict[tuple[str, str], dict] = {}
    for r in rows:
        if not r["lat"]:
            continue  # four rows carry no position: never invent one
        kind = r["commune_type"]
        key = (r["insee_com"], kind)
        dep = r["insee_dep"] or dep_of.get(r["insee_parente"], "")
        entry = merged.setdefault(key, {
            "insee": r["insee_com"], "name": r["commune_article"] or r["commune"], "kind": kind,
            "parent": r["insee_parente"] if kind != "COM" else "", "dep": dep, "postal_codes": set(),
            "lat": r["lat"], "lon": r["lng"], "population": r["population_2021"] or "0", "position": "centroid",
        })
        entry["postal_codes"].add(r["code_postal"])
        if kind in ("COM", "ARM"):
            entry["postal_codes"].update(extra_codes.get(r["insee_com"], []))

    by_insee = {e["insee"]: e for e in merged.values() if e["kind"] in ("COM", "ARM")}
    for insee, c in extra_names.items():
        if insee in by_insee or (insee != "75056" and insee not in CITY_PROXIES):
            continue
        if insee == "75056":
            dep = deps["75"]
            lat, lon, position = dep["lat"], dep["lng"], "departement_centre"
        else:
            proxy = by_insee[CITY_PROXIES[insee]]
            lat, lon, position = proxy["lat"], proxy["lon"], "arrondissement_proxy"
        merged[(insee, "COM")] = {
            "insee": insee, "name": c["nom"], "kind": "COM", "parent": "", "dep": c["departement"],
            "postal_codes": set(c["codesPostaux"]), "lat": lat, "lon": lon,
            "population": str(c.get("population", 0)), "position": position,
        }

    # Former communes (déléguées / associées) that the shared file lacks: people still type their
    # names. They take the position of the commune they belong to, marked as such.
    known = {(e["insee"], e["name"]) for e in merged.values()}
    for c in json.loads(decoupage_json.read_text(encoding="utf-8")):
        if c["type"] not in ("commune-deleguee", "commune-associee") or (c["code"], c["nom"]) in known:
            continue
        parent = by_insee.get(c.get("chefLieu", ""))
        if parent is None or parent["name"] == c["nom"]:
            continue
        merged[(c["code"], "COMD")] = {
            "insee": c["code"], "name": c["nom"], "kind": "COMD", "parent": parent["insee"], "dep": parent["dep"],
            "postal_codes": set(parent["postal_codes"]), "lat": parent["lat"], "lon": parent["lon"],
            "population": "0", "position": "parent_commune",
        }

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    w.writeheader()
    for e in sorted(merged.values(), key=lambda e: (e["insee"], e["kind"])):
        w.writerow({**e, "postal_codes": " ".join(sorted(e["postal_codes"])),
                    "aliases": "|".join(sorted(aliases(e["name"])))})
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical from one build to the next
    with gzip.GzipFile(out, "wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    print(f"{out}: {len(merged)} communes")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
