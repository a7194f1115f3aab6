"""Record ClinicalTrials.gov API v2 studies from a snapshot's fields, for the tests and the benchmark to replay.

The snapshot (`../shared/data/trials/ctgov-cart-autoimmune/`) holds the registry's fields flattened to CSV; this
writes them back in the API's JSON shape (`protocolSection.…`, see `centre_finder/core/trials/registry.py`), one
JSON object `{"recorded_from": …, "studies": [...]}`. `benchmarks/registry_replay.py` answers the refresh's
requests from such a file (paging, `filter.ids`, the sites in France).

Usage: python db/tools/record_registry_answers.py --out FILE [--ids NCT… …] [--snapshot DIR]
(all trials when no --ids; a name ending in .gz is compressed; the same inputs give the same bytes).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from centre_finder.core.trials.registry import from_snapshot, to_api_study  # noqa: E402

DEFAULT_SNAPSHOT = ROOT.parent / "shared" / "data" / "trials" / "ctgov-cart-autoimmune"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--snapshot", type=Path, default=DEFAULT_SNAPSHOT)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--ids", nargs="*", default=[])
    args = parser.parse_args(argv)
    trials, _orphans = from_snapshot(args.snapshot / "trials.csv", args.snapshot / "sites.csv")
    if args.ids:
        wanted = set(args.ids)
        trials = [t for t in trials if t.nct_id in wanted]
        missing = wanted - {t.nct_id for t in trials}
        if missing:
            print(f"not in the snapshot: {' '.join(sorted(missing))}", file=sys.stderr)
            return 2
    meta = json.loads((args.snapshot / "metadata.json").read_text(encoding="utf-8"))
    record = {"recorded_from": f"ClinicalTrials.gov API v2 fields of the snapshot of {meta['snapshot_date']} "
                               "(ptjeong/Rheumatology-CAR-T-Trials-Monitor-), written back in the API's JSON shape",
              "snapshot_date": meta["snapshot_date"],
              "studies": [to_api_study(t) for t in sorted(trials, key=lambda t: t.nct_id)]}
    text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.out.suffix == ".gz":
        args.out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    else:
        args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(trials)} studies", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
