"""The directories the benchmarks measure, each built through the real `build-db` path.

- `real`: the shipped sources (`db/sources`).
- `europe`: the shipped centres plus the 15,181 hospitals of the Eurostat/GISCO register
  (`benchmarks/data/europe-hospitals.csv.gz`) as centres without a network role: real names in many
  languages, real coordinates, dense clusters around cities.
- `synthetic N`: the shipped centres plus generated ones up to N, placed at real hospitals of France
  (70 %) and Europe (30 %) with plausible roles, specialties, populations and disease expertise. Their
  source URLs point at `https://synthetic.invalid/`: they are never shipped.
"""

from __future__ import annotations

import csv
import gzip
import random
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from centre_finder import paths
from centre_finder.core.reference.build import build_database
from centre_finder.core.reference.sources import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
HOSPITALS = ROOT / "benchmarks" / "data" / "europe-hospitals.csv.gz"  # see benchmarks/data/README.md
GISCO_URL = "https://github.com/eurostat/healthcare-services"

SPECIALTY_WEIGHTS = {"internal_medicine": 30, "rheumatology": 30, "paediatrics": 15, "paediatric_rheumatology": 5,
                     "dermatology": 8, "other": 12}
DEPARTMENT_NAMES = {
    "internal_medicine": "Service de médecine interne", "rheumatology": "Service de rhumatologie",
    "paediatrics": "Service de pédiatrie générale", "paediatric_rheumatology": "Rhumatologie pédiatrique",
    "dermatology": "Service de dermatologie", "other": "Service d'immunologie clinique",
}
# share of centres holding each role (a centre may hold none: most departments of a directory are not labelled)
ROLE_SHARES = {"crmr_coordinating": 0.005, "crmr_constitutive": 0.015, "ccmr": 0.06, "cri_imidiate": 0.04,
               "ern_member": 0.02, "cart_trial_site": 0.005}
SURNAMES = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
            "Müller", "Schmidt", "Rossi", "Russo", "García", "Fernández", "Kowalski", "Nowak", "Jansen", "Novák")


@dataclass
class Directory:
    name: str
    path: Path
    centres: int
    build_s: float
    size_mb: float


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _write(path: Path, fields: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(fields), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def hospitals() -> list[dict[str, str]]:
    """The European hospital register (one dict per hospital, the CSV's columns)."""
    with gzip.open(HOSPITALS, "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _french_phone(raw: str) -> str:
    """FINESS numbers in the register lost their leading 0 (`474454647`); other countries' stay empty."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) != 9:
        return ""
    number = "0" + digits
    return " ".join(number[i:i + 2] for i in range(0, 10, 2))


def hospital_rows(register: list[dict[str, str]]) -> list[dict[str, str]]:
    """The register as `centres.csv` rows: a hospital is a centre with no network role."""
    rows, seen = [], set()
    for h in register:
        # the register's ids are not unique (German sites) and hold "_" or "+": a slug, made unique
        slug = "gisco-" + re.sub(r"[^a-z0-9]+", "-", h["id"].lower()).strip("-")
        cid, k = slug, 1
        while cid in seen:
            k += 1
            cid = f"{slug}-{k}"
        seen.add(cid)
        french = h["cc"] in ("FR", "MQ", "GP", "RE", "GF", "YT", "PM")
        postcode = h["postcode"].strip()
        street = " ".join(p for p in (h["house_number"].strip(), h["street"].strip()) if p)
        phone = _french_phone(h["tel"]) if french else ""
        row = dict.fromkeys(COLUMNS["centres.csv"], "")
        row.update({
            "id": cid,
            "name": h["site_name"].strip() or h["hospital_name"].strip(),
            "hospital": h["hospital_name"].strip(),
            "confidence": "cited",
            "address": street if french else ", ".join(p for p in (street, postcode) if p),
            "postal_code": postcode if french and len(postcode) == 5 and postcode.isdigit() else "",
            "city": h["city"].strip() or h["country"],
            "region": h["country"],
            "latitude": h["lat"], "longitude": h["lon"], "coord_precision": "building",
            "phone": phone, "phone_type": "registry" if phone else "",
            "notes": f"Registre hospitalier européen Eurostat/GISCO ({h['ref_date']})",
            "source_urls": GISCO_URL,
        })
        rows.append(row)
    return rows


def _sources_with(tmp: Path, extra_centres: list[dict[str, str]], extra_expertise: list[dict[str, str]]) -> Path:
    sources = tmp / "sources"
    shutil.copytree(paths.sources_dir(), sources, dirs_exist_ok=True)
    centres = _read(sources / "centres.csv") + extra_centres
    _write(sources / "centres.csv", COLUMNS["centres.csv"], centres)
    expertise = _read(sources / "centre_diseases.csv") + extra_expertise
    _write(sources / "centre_diseases.csv", COLUMNS["centre_diseases.csv"], expertise)
    return sources


def synthetic_rows(total: int, register: list[dict[str, str]], seed: int = 42
                   ) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """`total` generated centres and their disease expertise (reproducible for a seed)."""
    rng = random.Random(seed)
    french = [h for h in register if h["cc"] == "FR"]
    others = [h for h in register if h["cc"] != "FR"]
    sources = paths.sources_dir()
    references = [r["id"] for r in _read(sources / "reference_centres.csv")]
    diseases = _read(sources / "diseases.csv")
    groups = [g["id"] for g in _read(sources / "disease_groups.csv")]
    specialties = list(SPECIALTY_WEIGHTS)
    weights = list(SPECIALTY_WEIGHTS.values())
    centres, expertise = [], []
    for n in range(total):
        h = rng.choice(french) if rng.random() < 0.7 else rng.choice(others)
        specialty = rng.choices(specialties, weights)[0]
        paediatric = specialty.startswith("paediatric")
        roles = [r for r, share in ROLE_SHARES.items() if rng.random() < share]
        if "crmr_coordinating" in roles and "crmr_constitutive" in roles:
            roles.remove("crmr_constitutive")
        cid = f"synthetic-{n:06d}"
        row = dict.fromkeys(COLUMNS["centres.csv"], "")
        row.update({
            "id": cid,
            "name": f"{DEPARTMENT_NAMES[specialty]} – {h['hospital_name'].strip()}",
            "roles": ";".join(roles),
            "reference_centre": rng.choice(references) if {"crmr_coordinating", "crmr_constitutive"} & set(roles)
            else "",
            "hospital": h["hospital_name"].strip(),
            "confidence": rng.choices(["cited", "inferred", "unverified"], [85, 10, 5])[0],
            "department": DEPARTMENT_NAMES[specialty],
            "specialty": specialty,
            "population": "paediatric" if paediatric else rng.choices(["adult", "both", ""], [70, 20, 10])[0],
            "coordinator": f"{rng.choice(['Pr', 'Dr'])} {rng.choice(SURNAMES)}",
            "city": h["city"].strip() or h["country"],
            "region": h["country"],
            "latitude": f"{float(h['lat']) + rng.uniform(-0.005, 0.005):.5f}",
            "longitude": f"{float(h['lon']) + rng.uniform(-0.005, 0.005):.5f}",
            "coord_precision": "building",
            "label_scope": rng.choice(groups) if "ccmr" in roles else "",
            "source_urls": f"https://synthetic.invalid/centre/{cid}",
        })
        centres.append(row)
        candidates = [d for d in diseases if (d["population"] != "paediatric") != paediatric or not d["population"]]
        for disease in rng.sample(candidates, k=min(len(candidates), rng.choice([0, 0, 1, 2, 3, 5]))):
            expertise.append({"centre": cid, "disease": disease["id"], "evidence": "Synthetic expertise",
                              "source_url": f"https://synthetic.invalid/expertise/{cid}"})
    return centres, expertise


def _built(name: str, sources: Path, out: Path) -> Directory:
    start = time.perf_counter()
    report = build_database(sources, out)
    elapsed = time.perf_counter() - start
    return Directory(name, out, report.counts.get("centres", 0), elapsed, out.stat().st_size / 1e6)


def build_real(tmp: Path) -> Directory:
    return _built("real", paths.sources_dir(), tmp / "real.db")


def build_europe(tmp: Path) -> Directory:
    sources = _sources_with(tmp / "europe", hospital_rows(hospitals()), [])
    return _built("europe", sources, tmp / "europe.db")


def build_synthetic(tmp: Path, size: int) -> Directory:
    real = len(_read(paths.sources_dir() / "centres.csv"))
    centres, expertise = synthetic_rows(max(0, size - real), hospitals())
    sources = _sources_with(tmp / f"synthetic-{size}", centres, expertise)
    return _built(f"synthetic {size:,}", sources, tmp / f"synthetic-{size}.db")
