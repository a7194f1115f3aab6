"""The trial commands, run as real subprocesses: the search's `trials`, `--recruiting`, a trial's card, and
`trials refresh` against recorded ClinicalTrials.gov answers served on this machine."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

from benchmarks.registry_replay import RecordedRegistry, load_studies
from tests.core.trials.test_refresh import DATA, changed_studies


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "centre_finder", *args], capture_output=True, text=True,
                          timeout=180, input=stdin)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_car_t_lupus_near_bordeaux_json_puts_a_lupus_trial_site_first(built_db: Path) -> None:
    proc = run("search", "CAR-T lupus", "--near", "33000", "--json", "--db", str(built_db))
    assert proc.returncode == 0, proc.stderr
    first = json.loads(proc.stdout)[0]
    trial = first["trials"][0]
    assert first["matched"][0]["kind"] == "trial" and trial["matched"]
    assert set(trial) >= {"nct_id", "status", "site_status", "url"}
    assert trial["nct_id"] == "NCT06581198" and trial["site_status"] == "RECRUITING"
    assert trial["url"] == "https://clinicaltrials.gov/study/NCT06581198"
    assert "registry_site_not_named" in first["warnings"]


def test_recruiting_filter_on_the_command_line(built_db: Path) -> None:
    proc = run("search", "sclérodermie", "--near", "59000", "--recruiting", "--json", "--db", str(built_db))
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert records and all(r["trials"][0]["recruitment"] == "recruiting" for r in records)
    table = run("search", "sclérodermie", "--near", "59000", "--recruiting", "--db", str(built_db))
    assert "Site de l’essai NCT07115745 — recrute" in table.stdout


def test_a_trial_s_card(built_db: Path) -> None:
    proc = run("trials", "show", "NCT07493395", "--db", str(built_db))
    assert proc.returncode == 0, proc.stderr
    for text in ("https://clinicaltrials.gov/study/NCT07493395", "Promoteur", "University Hospital, Montpellier",
                 "Recrute (RECRUITING)", "18 ans – 64 ans", "6 prévus", "Sclérodermie systémique",
                 "Registre lu le                    2026-08-22", "Chu Rouen, Rouen — Pas encore ouvert aux inclusions"):
        assert text in proc.stdout, text
    card = json.loads(run("trials", "show", "nct05869955", "--json", "--lang", "en", "--db", str(built_db)).stdout)
    assert card["nct_id"] == "NCT05869955" and card["registry_read"] == "2026-08-22"
    pessac = next(s for s in card["sites"] if s["facility"] == "Local Institution - 0044")
    assert pessac["name"] == "CHU Bordeaux Haut-Leveque" and "github.com/ptjeong" in pessac["named_by"]
    missing = run("trials", "show", "NCT00000000", "--db", str(built_db))
    assert missing.returncode == 2 and "NCT05869955" in missing.stderr


def test_trials_refresh_applies_once_then_finds_nothing_to_do(built_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "centres.db"
    shutil.copyfile(built_db, db)
    with RecordedRegistry(changed_studies()) as registry:
        proc = run("trials", "refresh", "--db", str(db), "--api-url", registry.url, "--yes")
        assert proc.returncode == 0, proc.stderr
        assert "1 status change(s)" in proc.stdout and "NCT07544225: NOT_YET_RECRUITING → RECRUITING" in proc.stdout
        assert "previous version kept" in proc.stderr
        applied = sha(db)
        again = run("trials", "refresh", "--db", str(db), "--api-url", registry.url, "--yes")
    assert again.returncode == 0 and "no change" in again.stderr and sha(db) == applied
    # asked, not confirmed: nothing applied
    shutil.copyfile(built_db, db)
    with RecordedRegistry(changed_studies()) as registry:
        refused = run("trials", "refresh", "--db", str(db), "--api-url", registry.url, stdin="n\n")
    assert refused.returncode == 0 and "nothing applied" in refused.stderr and sha(db) == sha(built_db)


def test_trials_refresh_without_network_changes_nothing(built_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "centres.db"
    shutil.copyfile(built_db, db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = run("trials", "refresh", "--db", str(db), "--api-url", f"http://127.0.0.1:{port}/api/v2/studies",
               "--timeout", "2", "--yes")
    assert proc.returncode == 1
    assert "no network, or ClinicalTrials.gov cannot be reached" in proc.stderr
    assert "Nothing was changed." in proc.stderr and "Traceback" not in proc.stderr
    assert sha(db) == sha(built_db)
    with RecordedRegistry(load_studies(DATA), fail_from=1) as registry:
        failed = run("trials", "refresh", "--db", str(db), "--api-url", registry.url, "--yes")
    assert failed.returncode == 1 and "HTTP 503" in failed.stderr and sha(db) == sha(built_db)
