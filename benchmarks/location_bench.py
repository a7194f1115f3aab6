"""Location field completion: every keystroke of typing commune names and postal codes, one `suggest` each.

    python -m benchmarks.location_bench [--quick]

The full run types every commune's name (and each of its folded aliases) and every postal code letter by
letter: every distinct prefix of the gazetteer, once each. `--quick` types every one- and two-character
prefix (the ones matching the most communes) and a seeded sample of 1,500 names and codes. Baseline, in the
same run: folding the same texts (`_normalise`, what any completion of the text costs before looking anything up).

Each keystroke's time is the best of 3 calls: on a shared machine a single call is sometimes descheduled for
tens of milliseconds whatever it does, and the worst case sought is that of the input, not of the scheduler
(`location_suggest_ms_max_single` keeps the worst single call, preemptions included).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import time

from centre_finder.core.search.gazetteer import Gazetteer, _normalise

REPEAT = 3


def prefixes(gazetteer: Gazetteer, quick: bool) -> list[str]:
    words: set[str] = set()
    for commune in gazetteer.communes:
        words.add(commune.name)
        words.update(commune.postal_codes)
    words.update(gazetteer._by_name)  # folded aliases: "chesnay", "paris 13"
    ordered = sorted(words)
    if quick:
        ordered = random.Random(14).sample(ordered, 1500)
    texts = {w[:n] for w in ordered for n in range(1, len(w) + 1)}
    texts |= {w[:n] for w in words for n in (1, 2)}
    return sorted(texts)


def run(quick: bool) -> dict[str, float]:
    gazetteer = Gazetteer()
    start = time.perf_counter()
    gazetteer.load()
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    gazetteer.prepare_completion()
    index_s = time.perf_counter() - start
    texts = prefixes(gazetteer, quick)
    gc.collect()
    samples, baseline, single, empty = [], [], 0.0, 0
    for text in texts:
        best = float("inf")
        for _ in range(REPEAT):
            begin = time.perf_counter()
            found = gazetteer.suggest(text, limit=10)
            elapsed = (time.perf_counter() - begin) * 1000
            best, single = min(best, elapsed), max(single, elapsed)
        samples.append(best)
        empty += not found
        begin = time.perf_counter()
        _normalise(text)
        baseline.append((time.perf_counter() - begin) * 1000)
    ordered = sorted(samples)
    return {
        "location_suggest_ms_p50": statistics.median(samples),
        "location_suggest_ms_p99": ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))],
        "location_suggest_ms_max": ordered[-1],
        "location_suggest_ms_max_single": single,
        "location_suggest_baseline_fold_ms_p50": statistics.median(baseline),
        "location_suggest_keystrokes": len(texts),
        "location_suggest_empty": empty,
        "gazetteer_load_s": load_s,
        "gazetteer_completion_index_s": index_s,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.location_bench")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.quick), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
