"""The benchmark runner runs (CI keeps it from rotting) and reports the agreed keys. No time is asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks import directories

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmarks_report_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(out.read_text())
    for key in ("search_ms_p50_real", "search_ms_p50_europe", "map_update_ms_p50_1k", "map_update_ms_p50_10k",
                "map_regen_ms_p50_10k", "start_to_map_s_p50", "peak_rss_mb_real", "machine",
                "location_suggest_ms_p50", "location_suggest_ms_max", "disease_completion_ms_p50",
                "start_to_map_first_run_s", "trials_refresh_nochange_s_p50", "trials_refresh_with_apply_s_p50",
                "signs_sim_networks_precise_top1", "signs_vignettes_first", "signs_query_ms_p50"):
        assert key in report, key
    assert "search_ms_p50_100k" not in report  # --quick leaves out the 100k directory
    assert "start_to_map_s_p50_100k" not in report
    assert report["centres_europe"] > 15_000 and report["map_console_errors"] == 0
    assert "| real | " in proc.stdout and "| europe | 15,2" in proc.stdout


def test_europe_register_becomes_centres_without_a_role() -> None:
    rows = directories.hospital_rows([{
        "id": "DE_1+", "hospital_name": "Universitätsklinikum Köln", "site_name": "", "lat": "50.92", "lon": "6.92",
        "street": "Kerpener Str.", "house_number": "62", "postcode": "50937", "city": "Köln", "cc": "DE",
        "country": "Germany", "tel": "0221 4780", "ref_date": "01/01/20",
    }, {
        "id": "100000024", "hospital_name": "CH de Bourg", "site_name": "", "lat": "46.2", "lon": "5.2",
        "street": "Av. de Lattre", "house_number": "900", "postcode": "01012", "city": "Bourg-en-Bresse", "cc": "FR",
        "country": "France", "tel": "474454647", "ref_date": "06/03/20",
    }])
    cologne, bourg = rows
    assert cologne["id"] == "gisco-de-1" and cologne["roles"] == "" and cologne["postal_code"] == ""
    assert cologne["phone"] == ""  # a foreign number is not rewritten into a format we cannot check
    assert bourg["phone"] == "04 74 45 46 47" and bourg["phone_type"] == "registry" and bourg["postal_code"] == "01012"
