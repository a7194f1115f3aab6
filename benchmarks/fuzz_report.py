"""Run the search fuzzer longer than the tests do, and report inputs tried, failures and the worst time.

    .venv/bin/python benchmarks/fuzz_report.py [--examples 5000]

The strategies are those of tests/core/test_fuzz.py. The baseline, measured in the same run, is the median
time of the plain query "lupus".
"""

from __future__ import annotations

import argparse
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
    parser.add_argument("--examples", type=int, default=5000)
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
