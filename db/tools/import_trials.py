"""Import the CAR-T trials of a ClinicalTrials.gov snapshot into `db/sources/` (trials, their French sites, the sites
of their own, the table of conditions).

Input: a snapshot folder in the registry's API v2 fields flattened to CSV (`trials.csv`, `sites.csv`,
`metadata.json` with `snapshot_date`; see `../shared/data/trials/ctgov-cart-autoimmune/README.md`), or a folder of
recorded API v2 answers (`*.json`, pages of `/api/v2/studies`); optionally the FINESS register
(`../shared/data/hospitals/FR.csv`) to join named sites to known centres by establishment.
Output: `trials.csv`, `trial_sites.csv`, `registry_sites.csv`, and new rows of `trial_conditions.csv` for every
condition of a trial with a French site (a curator reviews them; reviewed rows are never changed). Then run
`centre-finder build-db`.

Usage: python db/tools/import_trials.py [--snapshot DIR | --answers DIR] [--finess FR.csv] [--dry-run]
(idempotent: the same inputs give byte-identical files).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from centre_finder.core.reference import database  # noqa: E402
from centre_finder.core.reference.build import build_database  # noqa: E402
from centre_finder.core.reference.sources import SOURCE_FILES  # noqa: E402
from centre_finder.core.trials import conditions, importer, refresh, registry, sites  # noqa: E402

DEFAULT_SNAPSHOT = ROOT.parent / "shared" / "data" / "trials" / "ctgov-cart-autoimmune"
DEFAULT_FINESS = ROOT.parent / "shared" / "data" / "hospitals" / "FR.csv"
SOURCES = ROOT / "db" / "sources"


def read_answers(folder: Path) -> list[registry.RegistryTrial]:
    trials: dict[str, registry.RegistryTrial] = {}
    for path in sorted(folder.glob("*.json")):
        page, _token = registry.from_api_page(json.loads(path.read_text(encoding="utf-8")), str(path))
        trials.update((t.nct_id, t) for t in page)
    return list(trials.values())


def reference_without_registry_trials(files: dict[str, bytes], workdir: Path) -> database.ReferenceData:
    """The directory and the vocabulary, built from the sources with the registry's trials taken out (the rows being
    replaced may not be valid any more: a mirror's link)."""
    current = importer.read_current(files)
    others = [r for r in current.trials if not registry.NCT_RE.match(r["registry_id"])]
    ids = {r["id"] for r in others}
    folder = workdir / "sources"
    for name in SOURCE_FILES:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(files[name])
    (folder / "trials.csv").write_bytes(importer.csv_bytes("trials.csv", others))
    (folder / "trial_sites.csv").write_bytes(
        importer.csv_bytes("trial_sites.csv", [r for r in current.trial_sites if r["trial"] in ids]))
    build_database(folder, workdir / "reference.db")
    return database.load(workdir / "reference.db")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--snapshot", type=Path, default=DEFAULT_SNAPSHOT)
    parser.add_argument("--answers", type=Path, help="folder of recorded API v2 answers instead of a snapshot")
    parser.add_argument("--finess", type=Path, default=DEFAULT_FINESS)
    parser.add_argument("--sources", type=Path, default=SOURCES)
    parser.add_argument("--dry-run", action="store_true", help="print the report, write nothing")
    args = parser.parse_args(argv)

    files = {name: (args.sources / name).read_bytes() for name in SOURCE_FILES}
    if args.answers:
        trials, orphans = read_answers(args.answers), {}
        read_date = date.fromtimestamp(max((p.stat().st_mtime for p in args.answers.glob("*.json")),
                                           default=0)).isoformat()
    else:
        trials, orphans = registry.from_snapshot(args.snapshot / "trials.csv", args.snapshot / "sites.csv")
        read_date = json.loads((args.snapshot / "metadata.json").read_text(encoding="utf-8"))["snapshot_date"]
    finess = sites.read_finess(args.finess) if args.finess and args.finess.is_file() else []
    towns, departments = refresh.gazetteer_hints()
    with tempfile.TemporaryDirectory() as tmp:
        data = reference_without_registry_trials(files, Path(tmp))
        try:
            table = conditions.read_table(files["trial_conditions.csv"])
            mapper = conditions.ConditionMapper(data, table)
            matcher = sites.SiteMatcher(data, finess, towns)
            result = importer.import_trials(
                trials, current=importer.read_current(files), mapper=mapper, matcher=matcher,
                names=importer.read_site_names(files["trial_site_names.csv"]), read_date=read_date,
                town_departments=departments)
        finally:
            data.close()
    report = result.report
    french = {t.nct_id for t in trials if t.french_sites()}
    for nct, found in sorted(orphans.items()):
        if any(s.country == "France" for s in found):
            report.leave_out("no_trial_record", nct)
    print(report.text())
    for reason, ids in sorted(report.left_out.items()):
        shown = [i for i in ids if i in french or reason == "no_trial_record"]
        if shown:
            print(f"  {reason}, with a French site: {' '.join(shown)}")
    # the table: every condition of a trial with a French site gets a row (reviewed rows are kept as they are)
    known = {(conditions.condition_key(m.condition), m.trial) for m in table}
    new_rows = [m for (_c, _t), m in sorted(report.mappings.items())
                if (conditions.condition_key(m.condition), m.trial) not in known
                and any(m.condition in t.conditions for t in trials if t.nct_id in french)]
    print(f"{len(new_rows)} new row(s) for trial_conditions.csv")
    if args.dry_run:
        return 0
    for name, content in result.files().items():
        (args.sources / name).write_bytes(content)
    rows = [m.row() for m in table] + [m.row() for m in new_rows]
    (args.sources / "trial_conditions.csv").write_bytes(importer.csv_bytes("trial_conditions.csv", rows))
    print(f"written to {args.sources}; now run `centre-finder build-db`")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
