"""Run the fuzzers longer than the tests do, and report inputs tried, outcomes, failures and times.

    .venv/bin/python benchmarks/fuzz_report.py [--examples 5000]            # the search
    .venv/bin/python benchmarks/fuzz_report.py --suite faults [--long] [--seed N]

`--suite search`: the strategies of tests/core/test_fuzz.py; the baseline, measured in the same run, is the
median time of the plain query "lupus". `--suite faults`: the checks of tests/core/test_fuzz_faults.py (the
damaged reference database, the favourites/notes import, the column mapping, the location completion), with
the CI's example counts times 4, or times 40 with `--long`; a failure is any exception other than the
expected refusal, printed with the input that caused it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from centre_finder import paths  # noqa: E402
from centre_finder.core.models import Query  # noqa: E402
from centre_finder.core.reference import database  # noqa: E402
from centre_finder.core.search.searcher import Searcher  # noqa: E402
from tests.core.test_fuzz import search_text  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--suite", choices=("search", "faults"), default="search")
    parser.add_argument("--examples", type=int, default=5000, help="search suite: inputs to try")
    parser.add_argument("--long", action="store_true", help="faults suite: 40 × the CI's examples (else 4 ×)")
    parser.add_argument("--seed", type=int, default=14, help="faults suite: hypothesis seed")
    args = parser.parse_args()
    if args.suite == "faults":
        faults(40 if args.long else 4, args.seed)
        return
    searcher = Searcher(database.load(paths.bundled_database()))
    searcher.gazetteer.load()
    base = []
    for _ in range(200):
        start = time.perf_counter()
        searcher.run(Query("lupus"))
        base.append(time.perf_counter() - start)
    baseline = statistics.median(base) * 1000
    timings: list[tuple[float, str]] = []
    failures: list[str] = []

    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(text=search_text, population=st.sampled_from([None, "adult", "paediatric"]))
    def probe(text: str, population: str | None) -> None:
        start = time.perf_counter()
        try:
            outcome = searcher.run(Query(text=text, population=population))
            assert outcome.results or outcome.empty_reason
        except Exception:  # counted and shown
            failures.append(f"{text!r}: {traceback.format_exc(limit=2)}")
        timings.append(((time.perf_counter() - start) * 1000, text))

    probe()
    times = sorted(t for t, _ in timings)
    worst = max(timings)
    print(f"search fuzzer: {len(timings)} inputs, {len(failures)} failure(s)")
    print(f"baseline 'lupus': median {baseline:.2f} ms")
    print(f"fuzzed inputs: median {statistics.median(times):.2f} ms ({statistics.median(times) / baseline:.1f} × "
          f"baseline), p99 {times[int(len(times) * 0.99) - 1]:.2f} ms, worst {worst[0]:.2f} ms "
          f"({worst[0] / baseline:.0f} × baseline) for an input of {len(worst[1])} characters")
    for failure in failures[:5]:
        print(failure)


def run_suite(name: str, strategy, check, examples: int, seed_value: int):
    """Outcome counts, failures (input and traceback) and per-input times (ms) of `check` over `strategy`."""
    from collections import Counter

    from hypothesis import seed

    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    times: list[float] = []

    @seed(seed_value)
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(value=strategy)
    def probe(value: object) -> None:
        start = time.perf_counter()
        try:
            outcomes[check(value)] += 1
        except Exception:  # counted and shown
            outcomes["FAILURE"] += 1
            failures.append(f"{name} {str(value)[:200]!r}: {traceback.format_exc(limit=-2)}")
        times.append((time.perf_counter() - start) * 1000)

    probe()
    return outcomes, failures, times


def faults(factor: int, seed_value: int) -> None:
    import shutil
    import tempfile

    from centre_finder.core.reference.build import build_database
    from centre_finder.core.referral.userdb import UserData
    from centre_finder.core.search.gazetteer import Gazetteer
    from tests.core import test_fuzz_faults as f

    tmp = Path(tempfile.mkdtemp(prefix="cf-fuzz-"))
    built = tmp / "built.db"
    build_database(paths.sources_dir(), built)
    user = UserData(tmp / "user.db")
    user.set_note("c1", "mine")
    gazetteer = Gazetteer()
    gazetteer.prepare_completion()

    def damaged(how: tuple) -> str:
        path = tmp / "centres.db"
        shutil.copy(built, path)
        f.apply_damage(path, how)
        return f.load_and_use(path)

    def imported(content: str) -> str:
        (tmp / "import.json").write_text(content, encoding="utf-8", errors="surrogatepass")
        return f.import_outcome(user, tmp / "import.json")

    suites = {
        "database": (f.damage, damaged),
        "import": (f.import_files, imported),
        "mapping": (f.mappings.map(json.dumps), lambda m: f.mapping_outcome(tmp, m, built)),
        "location": (f.location_text, lambda t: "suggestions" if f.completion_outcome(gazetteer, t, 10) else "none"),
    }
    print(f"fault fuzzers, seed {seed_value}, {factor} × the CI's examples")
    for name, (strategy, check) in suites.items():
        outcomes, failures, times = run_suite(name, strategy, check, f.EXAMPLES[name] * factor, seed_value)
        ordered = sorted(times)
        print(f"- {name}: {len(times)} inputs, {dict(sorted(outcomes.items()))}; per input median "
              f"{statistics.median(ordered):.1f} ms, worst {ordered[-1]:.1f} ms")
        for failure in failures[:3]:
            print(failure)
    user.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
