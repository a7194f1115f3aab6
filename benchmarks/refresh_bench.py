"""`trials refresh` against the 315 recorded studies of the 2026-08-22 snapshot, served by a local HTTP server.

Three figures, each a median over repeated runs on the real database:
- reading: every request, page and record (the server answers all 315 studies to the search, the worst case),
  mapping, site matching and the difference with the database: a refresh that finds nothing to apply;
- applying a change: the rebuild from the stored sources, the backup and the atomic swap (`updates.install_sources`);
- the baseline: the HTTP round trips and JSON parsing alone (the pages fetched, nothing interpreted).
"""

from __future__ import annotations

import copy
import shutil
import time
from pathlib import Path

from benchmarks.measure import Timing, timed
from benchmarks.registry_replay import RecordedRegistry, load_studies, nct_id
from centre_finder.core.trials.refresh import apply_refresh, fetch, gazetteer_hints, http_get, plan_refresh


def run(db: Path, tmp: Path, repeat: int, apply_repeat: int) -> dict[str, float]:
    studies = load_studies()
    towns, departments = gazetteer_hints()
    out: dict[str, float] = {"trials_refresh_studies": len(studies)}
    with RecordedRegistry(studies, everywhere=True) as registry:
        baseline = timed(lambda: fetch(http_get, base_url=registry.url), repeat)

        def read() -> None:
            plan = plan_refresh(db, tmp / "unused.db", base_url=registry.url, read_date="2026-12-02",
                                town_words=towns, town_departments=departments)
            assert plan.is_empty and plan.report.trials_read == len(studies)

        reading = timed(read, repeat)
    changed = copy.deepcopy(studies)
    for study in changed:
        if nct_id(study) == "NCT07544225":
            study["protocolSection"]["statusModule"]["overallStatus"] = "RECRUITING"
    samples = []
    with RecordedRegistry(changed, everywhere=True) as registry:
        for i in range(apply_repeat):
            target = tmp / f"refresh-{i}.db"
            shutil.copyfile(db, target)
            start = time.perf_counter()
            plan = plan_refresh(target, target, base_url=registry.url, read_date="2026-12-02", town_words=towns,
                                town_departments=departments)
            apply_refresh(plan)
            samples.append((time.perf_counter() - start) * 1000)
    applying = Timing(samples)
    out.update({
        "trials_refresh_fetch_baseline_s_p50": baseline.p50 / 1000,
        "trials_refresh_nochange_s_p50": reading.p50 / 1000,
        "trials_refresh_nochange_s_p95": reading.p95 / 1000,
        "trials_refresh_with_apply_s_p50": applying.p50 / 1000,
    })
    return out
