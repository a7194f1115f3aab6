"""Centre Finder benchmarks: build, search, table, map, start-up and memory, at today's size and beyond.

    python -m benchmarks [--quick] [--json FILE] [--markdown FILE]

Directories (all built through the real build-db path, in a temporary folder): the shipped database, the
Europe-wide register of 15,181 hospitals added to it, and synthetic directories of 1k, 10k and 100k centres
(`benchmarks/directories.py`). Every figure is a median (p50) or 95th percentile over repeated runs, with a
baseline measured in the same run: a raw FTS5 MATCH for the search, a regenerated-and-reloaded folium page
for the map, a process that only imports QtWebEngine for the start-up. Nothing here asserts a time.

`--quick` (CI): the real and Europe directories and 1k/10k synthetic ones, fewer repetitions, no 100k.
The trials refresh is measured on the real database against recorded registry answers (`refresh_bench.py`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from benchmarks import completion_bench, directories, location_bench, phenotype_bench, refresh_bench, search_bench
from benchmarks.measure import Timing, timed
from centre_finder.core.reference import database

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    import PySide6

    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
            f"{psutil.virtual_memory().total / 2**30:.0f} GiB RAM, Python {platform.python_version()}, "
            f"PySide6 {PySide6.__version__}")


def fts_baseline(db: Path, repeat: int) -> Timing:
    data = database.load(db)
    try:
        conn = data.conn
        assert conn is not None
        return timed(lambda: conn.execute("select rowid from centres_fts where centres_fts match ?",
                                          ('"lupus"',)).fetchall(), repeat)
    finally:
        data.close()


def app_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if "DISPLAY" not in env:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["CENTRE_FINDER_HOME"] = str(home)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def drop_caches() -> bool:
    """Empty the OS file cache (root only) so that a start reads the libraries from disk: a cold start."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def run_app(db: Path, home: Path, out: Path, query: str) -> tuple[float, float, float, float]:
    """One fresh app process: (start → window painted s, start → map painted s, peak RSS of the app process MB,
    peak RSS of the app with its QtWebEngine helper processes MB)."""
    command = [sys.executable, "-m", "centre_finder", "screenshot", "--db", str(db), "--out", str(out),
               "--query", query, "--stamp"]
    peak = {"main": 0, "tree": 0}
    start = time.time()
    proc = subprocess.Popen(command, env=app_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        try:
            main = psutil.Process(proc.pid)
            while not done.is_set():
                with contextlib.suppress(psutil.Error):
                    rss = main.memory_info().rss
                    tree = rss + sum(c.memory_info().rss for c in main.children(recursive=True))
                    peak["main"], peak["tree"] = max(peak["main"], rss), max(peak["tree"], tree)
                time.sleep(0.02)
        except psutil.Error:
            return

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate(timeout=300)
    done.set()
    sampler.join()
    if proc.returncode:
        raise RuntimeError(f"the app failed ({proc.returncode}):\n{err[-2000:]}")
    stamps = dict(line.split() for line in err.splitlines() if line.startswith(("painted-at", "window-painted-at")))
    return (float(stamps["window-painted-at"]) - start, float(stamps["painted-at"]) - start,
            peak["main"] / 2**20, peak["tree"] / 2**20)


def startup(db: Path, tmp: Path, warm_runs: int, cold_runs: int) -> dict[str, float]:
    """Start → window painted and → map painted with the first search's markers on it. The first start of a
    user builds the map page and keeps it (user data folder): measured once with a new folder; the warm and
    cold starts run, as a user's do, with the folder of earlier starts."""
    out: dict[str, float] = {}
    baseline = []
    for _ in range(warm_runs):
        begin = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import PySide6.QtWebEngineWidgets"], env=app_env(tmp), check=True)
        baseline.append(time.perf_counter() - begin)
    out["start_baseline_import_qtwebengine_s_p50"] = statistics.median(baseline)
    home = tmp / "home-start"
    first = run_app(db, home, tmp / "w.png", "sclérodermie")  # a new user folder: the page is built and kept
    out["start_to_map_first_run_s"] = first[1]
    warm = [run_app(db, home, tmp / "w.png", "sclérodermie") for _ in range(warm_runs)]
    out["start_to_window_s_p50"] = statistics.median(w[0] for w in warm)
    out["start_to_map_s_p50"] = statistics.median(w[1] for w in warm)
    cold = []
    for _ in range(cold_runs):
        if not drop_caches():
            break
        cold.append(run_app(db, home, tmp / "c.png", "sclérodermie"))
    if cold:
        out["start_to_window_cold_s_p50"] = statistics.median(c[0] for c in cold)
        out["start_to_map_cold_s_p50"] = statistics.median(c[1] for c in cold)
    return out


def peak_rss(db: Path, tmp: Path, label: str) -> dict[str, float]:
    """The app started on `db`, everything listed (empty search): peak RSS, main process and with helpers."""
    _, _, main, tree = run_app(db, tmp / f"home-rss-{label}", tmp / f"rss-{label}.png", "")
    return {f"peak_rss_mb_{label}": main, f"peak_rss_tree_mb_{label}": tree}


def ui_bench(db: Path, tmp: Path, markers: str, repeat: int, baseline_repeat: int) -> dict[str, float]:
    out = tmp / f"ui-{db.stem}.json"
    subprocess.run([sys.executable, "-m", "benchmarks.ui_bench", "--db", str(db), "--json", str(out),
                    "--markers", markers, "--repeat", str(repeat), "--baseline-repeat", str(baseline_repeat)],
                   env=app_env(tmp / "home-ui"), check=True, stderr=subprocess.DEVNULL)
    return json.loads(out.read_text())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a reduced set, under a minute (CI)")
    parser.add_argument("--json", type=Path, help="write every figure to this JSON file")
    parser.add_argument("--markdown", type=Path, help="write the tables to this Markdown file")
    args = parser.parse_args(argv)
    quick = args.quick
    report: dict[str, object] = {"machine": machine(), "quick": quick,
                                 "command": "python -m benchmarks" + (" --quick" if quick else "")}
    lines: list[str] = []

    def say(line: str = "") -> None:
        print(line, flush=True)
        lines.append(line)

    say(f"Machine: {report['machine']}")
    with tempfile.TemporaryDirectory(prefix="cf-bench-") as tmp_name:
        tmp = Path(tmp_name)
        built = [directories.build_real(tmp), directories.build_europe(tmp)]
        for size in (1_000, 10_000) if quick else (1_000, 10_000, 100_000):
            built.append(directories.build_synthetic(tmp, size))
        key = {"real": "real", "europe": "europe", "synthetic 1,000": "1k", "synthetic 10,000": "10k",
               "synthetic 100,000": "100k"}

        say("\n## Build and search\n")
        say("| directory | centres | build-db s | size MB | FTS baseline ms | search p50 ms | search p95 ms "
            "| × baseline | slowest query p50 ms |")
        say("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        per_query: dict[str, dict[str, tuple[Timing, int]]] = {}
        for d in built:
            k = key[d.name]
            repeat = 5 if quick else (15 if d.centres > 50_000 else 50)
            runs = search_bench.run(d.path, repeat)
            per_query[k] = runs
            base = fts_baseline(d.path, repeat * 4)
            p50 = statistics.median(t.p50 for t, _ in runs.values())
            every = Timing([s for t, _ in runs.values() for s in t.samples_ms])
            slowest = max(runs.items(), key=lambda kv: kv[1][0].p50)
            report.update({f"build_s_{k}": d.build_s, f"db_mb_{k}": d.size_mb, f"centres_{k}": d.centres,
                           f"search_ms_p50_{k}": p50, f"search_ms_p95_{k}": every.p95,
                           f"search_fts_baseline_ms_p50_{k}": base.p50})
            say(f"| {d.name} | {d.centres:,} | {d.build_s:.2f} | {d.size_mb:.1f} | {base.p50:.3f} | {p50:.2f} "
                f"| {every.p95:.2f} | {p50 / base.p50:.0f} | {slowest[1][0].p50:.1f} ({slowest[0]}) |")
        completion = completion_bench.run(built[0].path, rounds=3 if quick else 10)
        report.update(completion)
        say(f"\nDisease completion, real database, {completion['disease_completion_keystrokes']} keystrokes "
            "(`SearchController.disease_suggestions`, as the window calls it): "
            f"p50 {completion['disease_completion_ms_p50']:.2f} ms, "
            f"p95 {completion['disease_completion_ms_p95']:.2f} ms, "
            f"max {completion['disease_completion_ms_max']:.1f} ms")
        largest = key[built[-1].name]
        say(f"\nSearch per query (p50 / p95 ms; results) — real database and {built[-1].name}:\n")
        say(f"| query | real | results | {largest} | results |")
        say("|---|---:|---:|---:|---:|")
        for name in search_bench.QUERIES:
            (tr, nr), (tl, nl) = per_query["real"][name], per_query[largest][name]
            say(f"| {name} | {tr.p50:.2f} / {tr.p95:.2f} | {nr:,} | {tl.p50:.2f} / {tl.p95:.2f} | {nl:,} |")

        say("\n## Location completion\n")
        completion = location_bench.run(quick)
        report.update(completion)
        say(f"- {completion['location_suggest_keystrokes']:,} keystrokes (prefixes of commune names and postal codes"
            f"{', a sample' if quick else ', every one'}): suggest p50 {completion['location_suggest_ms_p50']:.3f} ms, "
            f"p99 {completion['location_suggest_ms_p99']:.3f} ms, worst {completion['location_suggest_ms_max']:.3f} ms "
            f"(baseline, folding the text: p50 {completion['location_suggest_baseline_fold_ms_p50']:.4f} ms)")
        say("\n## Trials refresh (ClinicalTrials.gov API v2, recorded answers on a local server)\n")
        refresh = refresh_bench.run(built[0].path, tmp, 3 if quick else 9, 1 if quick else 3)
        report.update(refresh)
        say(f"- {refresh['trials_refresh_studies']:.0f} studies answered: reading, mapping, matching and diff, nothing "
            f"to apply: p50 {refresh['trials_refresh_nochange_s_p50']:.2f} s (p95 "
            f"{refresh['trials_refresh_nochange_s_p95']:.2f} s; baseline, the pages fetched and parsed only: "
            f"{refresh['trials_refresh_fetch_baseline_s_p50']:.2f} s)")
        say(f"- with a status change applied (rebuild from the stored sources, backup, swap): p50 "
            f"{refresh['trials_refresh_with_apply_s_p50']:.2f} s")

        say("\n## Results table and map\n")
        big = next(d for d in built if d.name == ("europe" if quick else "synthetic 100,000"))
        ui = ui_bench(big.path, tmp, "100,1000,10000", 3 if quick else 9, 1 if quick else 3)
        report.update({f"{k}": v for k, v in ui.items()})
        say(f"Directory: {big.name} ({big.centres:,} centres).\n")
        say(f"- table refresh, 'lupus' ({ui['table_refresh_rows_lupus']:,} rows): p50 "
            f"{ui['table_refresh_ms_p50_lupus']:.1f} ms; everything ({ui['table_refresh_rows_all']:,} rows): p50 "
            f"{ui['table_refresh_ms_p50_all']:.1f} ms\n")
        say("| markers | update p50 ms | update p95 ms | first update p50 ms | regenerate + reload p50 ms "
            "| regenerate ÷ update |")
        say("|---:|---:|---:|---:|---:|---:|")
        for label in ("100", "1k", "10k"):
            if f"map_update_ms_p50_{label}" not in ui:
                continue
            u, r = ui[f"map_update_ms_p50_{label}"], ui[f"map_regen_ms_p50_{label}"]
            say(f"| {label} | {u:.1f} | {ui[f'map_update_ms_p95_{label}']:.1f} "
                f"| {ui[f'map_update_first_ms_p50_{label}']:.1f} | {r:.0f} | {r / u:.0f} |")
        report["map_regen_ratio_10k"] = ui.get("map_regen_ms_p50_10k", 0) / ui.get("map_update_ms_p50_10k", 1)

        say("\n## Orientation by signs\n")
        signs = phenotype_bench.run(built[0].path, per_disease=2 if quick else 5, repeat=2 if quick else 5)
        report.update(phenotype_bench.report_keys(signs))
        for line in phenotype_bench.summary_lines(signs):
            say(line)

        say("\n## Start-up and memory\n")
        real = built[0].path
        start = startup(real, tmp, warm_runs=2 if quick else 7, cold_runs=1 if quick else 3)
        report.update(start)
        base = start["start_baseline_import_qtwebengine_s_p50"]
        say(f"- baseline, a process importing QtWebEngineWidgets: p50 {base:.2f} s")
        say(f"- warm (files cached): start → window painted p50 {start['start_to_window_s_p50']:.2f} s, "
            f"→ map painted p50 {start['start_to_map_s_p50']:.2f} s")
        if "start_to_map_cold_s_p50" in start:
            say(f"- cold (OS file cache dropped first): start → window painted p50 "
                f"{start['start_to_window_cold_s_p50']:.2f} s, → map painted p50 "
                f"{start['start_to_map_cold_s_p50']:.2f} s")
        else:
            say("- cold: not measured (dropping the OS file cache needs root)")
        say("- first start of a user (the map page built and kept): → map painted "
            f"{start['start_to_map_first_run_s']:.2f} s")
        if not quick:
            big = next(d.path for d in built if d.name == "synthetic 100,000")
            runs = [run_app(big, tmp / "home-start", tmp / "big.png", "sclérodermie")[1] for _ in range(4)][1:]
            report["start_to_map_s_p50_100k"] = statistics.median(runs)
            say(f"- 100,000 centres, warm: start → map painted p50 {report['start_to_map_s_p50_100k']:.2f} s "
                f"({', '.join(f'{r:.2f}' for r in runs)})")
        rss = peak_rss(real, tmp, "real")
        if not quick:
            rss |= peak_rss(next(d.path for d in built if d.name == "synthetic 100,000"), tmp, "100k")
        report.update(rss)
        for label in ("real", "100k"):
            if f"peak_rss_mb_{label}" in rss:
                say(f"- peak RSS, {label} directory, everything listed: app process "
                    f"{rss[f'peak_rss_mb_{label}']:.0f} MB; with its QtWebEngine helper processes "
                    f"{rss[f'peak_rss_tree_mb_{label}']:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    if args.markdown:
        args.markdown.write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
