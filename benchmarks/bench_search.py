"""Search speed on the real reference database (and, optionally, on a synthetic larger one).

    .venv/bin/python benchmarks/bench_search.py [--db db/centres.db] [--repeat 200] [--scale 10000]

Prints the median time per query and its ratio to a baseline measured in the same run: one raw FTS5
MATCH on the centres table (the cheapest thing a search does). `--scale N` also builds, in a temporary
folder, a database where every real centre is copied N/84 times at jittered positions (synthetic rows,
never shipped) to show how the search grows with the data.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from centre_finder import paths  # noqa: E402
from centre_finder.core import database  # noqa: E402
from centre_finder.core.build import build_database  # noqa: E402
from centre_finder.core.models import Query  # noqa: E402
from centre_finder.core.search import Searcher  # noqa: E402

QUERIES = [
    Query("lupus"),
    Query("sclérodermie", location="62400"),
    Query("Goujerot-Sjögren", location="Lyon", radius_km=200),
    Query("fièvre récurrente", location="27000", population="paediatric"),
    Query("CAR-T lupus", location="33600"),
    Query("ORPHA:42642"),
    Query("scl"),
    Query("Hachulla"),
    Query(""),
    Query('"lupus" AND (NOT'),
]


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench(db: Path, repeat: int, label: str) -> None:
    data = database.load(db)
    searcher = Searcher(data)
    searcher.gazetteer.load()
    for q in QUERIES:  # warm caches
        searcher.run(q)
    assert data.conn is not None
    baseline = median_ms(
        lambda: data.conn.execute("select rowid from centres_fts where centres_fts match ?", ('"lupus"',)).fetchall(),
        repeat,
    )
    print(f"\n{label}: {len(data.centres)} centres — baseline (one raw FTS5 MATCH): {baseline:.3f} ms median")
    print(f"{'query':<48} {'results':>7} {'median ms':>10} {'× baseline':>11}")
    medians = []
    for q in QUERIES:
        ms = median_ms(lambda q=q: searcher.run(q), repeat)
        medians.append(ms)
        desc = repr(q.text) + (f" near {q.location}" if q.location else "") + (
            f" {q.radius_km:g} km" if q.radius_km else "") + (f" {q.population}" if q.population else "")
        print(f"{desc:<48} {len(searcher.run(q).results):>7} {ms:>10.2f} {ms / baseline:>11.0f}")
    print(f"{'median over the queries':<48} {'':>7} {statistics.median(medians):>10.2f} "
          f"{statistics.median(medians) / baseline:>11.0f}")
    data.close()


def synthetic(scale: int, tmp: Path) -> Path:
    sources = tmp / "sources"
    shutil.copytree(paths.sources_dir(), sources)
    path = sources / "centres.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0])
    rng = random.Random(42)
    copies = max(1, scale // len(rows))
    out = []
    for k in range(copies):
        for row in rows:
            clone = dict(row)
            if k:
                clone["id"] = f"{row['id']}-synthetic-{k}"
                clone["latitude"] = f"{float(row['latitude']) + rng.uniform(-0.04, 0.04):.5f}"
                clone["longitude"] = f"{float(row['longitude']) + rng.uniform(-0.04, 0.04):.5f}"
            out.append(clone)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    db = tmp / "synthetic.db"
    build_database(sources, db)
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=paths.bundled_database())
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--scale", type=int, default=0)
    args = parser.parse_args()
    bench(args.db, args.repeat, "real database")
    if args.scale:
        with tempfile.TemporaryDirectory() as tmp:
            db = synthetic(args.scale, Path(tmp))
            bench(db, max(5, args.repeat // 20), f"synthetic ×{args.scale // 84}")


if __name__ == "__main__":
    main()
