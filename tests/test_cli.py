"""The command line, run as a real subprocess against a real database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REQUIRED = {"id", "name", "hospital", "department", "city", "postal_code", "roles", "reference_centre", "specialty",
            "population", "phone", "latitude", "longitude", "coord_precision", "distance_km", "matched"}


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The commands keep their last search and their log in the user's data folder: a temporary one here."""
    monkeypatch.setenv("CENTRE_FINDER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "centre_finder", *args], capture_output=True, text=True,
                          timeout=120)


def test_search_json(built_db: Path) -> None:
    proc = run("search", "sclérodermie", "--near", "62400", "--json", "--db", str(built_db))
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert records and set(records[0]) >= REQUIRED
    assert records[0]["id"] == "lille-huriez-mi-crmr-ceraino"
    assert records[0]["distance_km"] == pytest.approx(29, abs=2)
    assert records[0]["matched"][0]["disease"] == "sclerodermie-systemique"


def test_search_table_and_filters(built_db: Path) -> None:
    proc = run("search", "lupus", "--population", "paediatric", "--role", "crmr_coordinating", "--db", str(built_db))
    assert proc.returncode == 0, proc.stderr
    assert "Necker" in proc.stdout
    assert "Pitié" not in proc.stdout  # adult site


def test_unknown_location_exit_2(built_db: Path) -> None:
    proc = run("search", "lupus", "--near", "Atlantis", "--db", str(built_db))
    assert proc.returncode == 2
    assert "Atlantis" in proc.stderr and proc.stdout == ""


def test_bad_usage_exit_2(built_db: Path) -> None:
    assert run("search", "lupus", "--radius", "abc", "--db", str(built_db)).returncode == 2
    assert run("search", "lupus", "--radius", "10", "--db", str(built_db)).returncode == 2


def test_empty_result_explains_on_stderr(built_db: Path) -> None:
    proc = run("search", "xyzzyq", "--json", "--db", str(built_db))
    assert proc.returncode == 0 and json.loads(proc.stdout) == []
    assert "xyzzyq" in proc.stderr


def test_diseases_command(built_db: Path) -> None:
    proc = run("diseases", "PFAPA", "--json", "--db", str(built_db))
    assert proc.returncode == 0, proc.stderr
    (record,) = json.loads(proc.stdout)
    assert record["orpha_code"] == "42642"
    proc = run("diseases", "Horton", "--db", str(built_db))
    assert "ORPHA 397" in proc.stdout and "PNDS" in proc.stdout and "CRMR" in proc.stdout


def test_check_ok_and_unusable(built_db: Path, tmp_path: Path) -> None:
    proc = run("check", "--db", str(built_db))
    assert proc.returncode == 0, proc.stderr
    assert "integrity_check: ok" in proc.stdout and "count centres: 116" in proc.stdout
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    proc = run("check", "--db", str(bad))
    assert proc.returncode == 1 and "UNUSABLE" in proc.stderr
    proc = run("search", "lupus", "--db", str(tmp_path / "missing.db"))
    assert proc.returncode == 1 and "build-db" in proc.stderr


def test_build_db_bad_source_exit_1(sources_copy: Path, tmp_path: Path) -> None:
    centres = sources_copy / "centres.csv"
    centres.write_text(centres.read_text(encoding="utf-8").replace(",crmr_constitutive,", ",crmr_bogus,", 1),
                       encoding="utf-8")
    out = tmp_path / "out.db"
    proc = run("build-db", "--sources", str(sources_copy), "--out", str(out))
    assert proc.returncode == 1
    assert "centres.csv:3: unknown role 'crmr_bogus'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_build_db_ok(tmp_path: Path) -> None:
    out = tmp_path / "centres.db"
    proc = run("build-db", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "116 centres, 55 diseases" in proc.stdout


@pytest.mark.parametrize("args", [["--limit", "-1"], ["--limit", "0"], ["--near", "Lille", "--radius", "nan"],
                                  ["--near", "Lille", "--radius", "-5"], ["--region", "Atlantide"]])
def test_bad_numbers_and_regions_are_usage_errors(built_db: Path, args: list[str]) -> None:
    proc = run("search", "lupus", *args, "--db", str(built_db))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr


def test_referral_refuses_an_ambiguous_disease(built_db: Path, tmp_path: Path) -> None:
    proc = run("referral", "--centre", "paris-cochin-mi-crmr-idf", "--disease", "vascularite", "--out",
               str(tmp_path / "x.pdf"), "--db", str(built_db))
    assert proc.returncode == 2 and "exactly one disease" in proc.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_symptoms_json(built_db: Path) -> None:
    proc = run("symptoms", "fièvre récurrente, aphtes, mal de gorge, ganglions du cou, xyzzy", "--population",
               "paediatric", "--limit", "3", "--json", "--db", str(built_db))
    assert proc.returncode == 0, proc.stderr
    candidates = json.loads(proc.stdout)
    assert len(candidates) == 3 and candidates[0]["orpha_code"] == "42642"
    first = candidates[0]
    assert {"orpha_code", "name_fr", "name_en", "score", "matched_signs", "in_networks"} <= set(first)
    assert first["name_fr"] == "Syndrome PFAPA" and first["in_networks"] is True
    assert {"hpo_id", "label_fr", "frequency"} <= set(first["matched_signs"][0])
    assert candidates[0]["score"] >= candidates[1]["score"] >= candidates[2]["score"]
    assert "Non reconnu : xyzzy" in proc.stderr  # unknown signs go to stderr
    assert "HPO" in proc.stderr and "2025-01-16" in proc.stderr and "pas un diagnostic" in proc.stderr


def test_symptoms_table_all_diseases_and_english(built_db: Path) -> None:
    proc = run("symptoms", "hearing impairment; retinitis pigmentosa", "--all-diseases", "--lang", "en",
               "--db", str(built_db))
    assert proc.returncode == 0, proc.stderr
    assert "[outside the networks]" in proc.stdout and "Signs: Hearing impairment" in proc.stderr
    assert "not a diagnosis" in proc.stderr and "Every annotated rare disease" in proc.stderr


def test_symptoms_without_a_sign_exit_2(built_db: Path) -> None:
    proc = run("symptoms", "!!! ???, xyzzy", "--db", str(built_db))
    assert proc.returncode == 2 and proc.stdout == ""
    assert "aucun signe reconnu" in proc.stderr and "xyzzy" in proc.stderr
