"""Start-up of two source trees measured in turn, in the same run (a noisy machine hurts both alike).

    python -m benchmarks.startup_ab TREE_A TREE_B [--runs 6] [--db DIRECTORY.db]

e.g. `python -m benchmarks.startup_ab /work/main .`: each round starts `python -m centre_finder screenshot
--query sclérodermie --stamp` from each tree (this interpreter, the tree first on the path), as the runner's
start-up measure does, after a process that only imports QtWebEngineWidgets (the baseline). Each tree keeps its
own user folder between runs (the map page built once, as for a user); the first round is not counted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def start(tree: Path, home: Path, db: Path | None) -> tuple[float, float]:
    env = dict(os.environ, QTWEBENGINE_DISABLE_SANDBOX="1", CENTRE_FINDER_HOME=str(home), PYTHONPATH=str(tree))
    if "DISPLAY" not in env:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "centre_finder", "screenshot", "--out", str(home / "shot.png"),
               "--query", "sclérodermie", "--stamp", *(["--db", str(db)] if db else [])]
    begin = time.time()
    proc = subprocess.run(command, env=env, cwd=tree, capture_output=True, text=True, check=True)
    stamps = dict(line.split() for line in proc.stderr.splitlines()
                  if line.startswith(("painted-at", "window-painted-at")))
    return float(stamps["window-painted-at"]) - begin, float(stamps["painted-at"]) - begin


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup_ab")
    parser.add_argument("trees", nargs=2, type=Path)
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args(argv)
    trees = [t.resolve() for t in args.trees]
    times: dict[Path, list[tuple[float, float]]] = {t: [] for t in trees}
    baseline = []
    with tempfile.TemporaryDirectory(prefix="cf-ab-") as tmp:
        for round_ in range(args.runs + 1):
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import PySide6.QtWebEngineWidgets"], check=True)
            baseline.append(time.perf_counter() - begin)
            for k, tree in enumerate(trees):
                home = Path(tmp) / f"home-{k}"
                home.mkdir(exist_ok=True)
                measured = start(tree, home, args.db)
                if round_:
                    times[tree].append(measured)
    print(f"baseline, a process importing QtWebEngineWidgets: p50 {statistics.median(baseline):.2f} s")
    for tree, runs in times.items():
        print(f"{tree}: start → window painted p50 {statistics.median(w for w, _ in runs):.2f} s, → map painted "
              f"p50 {statistics.median(m for _, m in runs):.2f} s ({', '.join(f'{m:.2f}' for _, m in runs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
