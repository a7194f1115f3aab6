"""Fill gaps in db/sources/centres.csv from the national register of establishments (FINESS).

Input: db/finess/finess_matches.csv — each centre row of `centres.csv` matched (or not) to one FINESS
establishment of the Eurostat GISCO "healthcare services" file (reference date 2020-03-06), reviewed
by hand (see db/finess/REVIEW.md). Only rows marked `match` are used, and only to fill what is missing
or approximate; nothing already cited is overwritten:
  - `finess_id` is recorded for every match;
  - a commune-centroid position (`coord_precision=city`) becomes the establishment's FINESS point when
    that point has the best geocoding quality (geo_qual 1) and was not found wrong in the review;
  - an empty phone takes the FINESS number, typed `registry` (the establishment's registered number,
    not known to be the switchboard or a department line);
  - an empty street address (and postal code) takes the FINESS address.
Each row says what it took in `notes` and cites the data set in `source_urls`.

Usage: python db/tools/apply_finess.py  (idempotent)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from centre_finder.core.text import readable_capitals  # noqa: E402

CENTRES = ROOT / "db" / "sources" / "centres.csv"
MATCHES = ROOT / "db" / "finess" / "finess_matches.csv"
SOURCE = "https://github.com/eurostat/healthcare-services"
# Review findings: the FINESS point of Émile-Muller is in Brittany; the Pointe-à-Pitre point is the
# commune's centre although marked geo_qual 1.
POSITION_REFUSED = {"mulhouse-emile-muller-ccmr-mai", "lesabymes-chu-guadeloupe-pediatrie"}
# FINESS writes addresses in capitals without accents: made readable (accents cannot be restored)
nice_case = readable_capitals


def main() -> None:
    with CENTRES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
        fields = list(rows[0])
    if "finess_id" not in fields:
        fields.insert(fields.index("label_scope"), "finess_id")
    with MATCHES.open(encoding="utf-8", newline="") as f:
        matches = {m["centre_id"]: m for m in csv.DictReader(f) if m["match_status"] == "match"}
    changed = 0
    for row in rows:
        row.setdefault("finess_id", "")
        m = matches.get(row["id"])
        if m is None or row["finess_id"]:
            continue
        row["finess_id"] = m["finess_id"]
        took = []
        if row["coord_precision"] == "city" and m["geo_qual"] == "1" and row["id"] not in POSITION_REFUSED:
            row["latitude"], row["longitude"], row["coord_precision"] = m["finess_lat"], m["finess_lon"], "building"
            took.append("position")
        if not row["phone"] and m["finess_phone"]:
            row["phone"], row["phone_type"] = m["finess_phone"], "registry"
            took.append("téléphone")
        if not row["address"] and m["finess_address"]:
            street, _, place = m["finess_address"].rpartition(", ")
            postal = place.split()[0] if place else ""
            if street:
                row["address"] = nice_case(street)
                took.append("adresse")
            if not row["postal_code"] and postal.isdigit() and len(postal) == 5:
                row["postal_code"] = postal
                took.append("code postal")
        note = f"FINESS {m['finess_id']} (registre 2020-03-06)" + (f" ; tiré du registre : {', '.join(took)}."
                                                                      if took else ".")
        row["notes"] = f"{row['notes']} {note}".strip()
        if took and SOURCE not in row["source_urls"].split():
            row["source_urls"] = f"{row['source_urls']} {SOURCE}".strip()
        changed += 1
    with CENTRES.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{changed} centre rows matched to FINESS")


if __name__ == "__main__":
    main()
