"""Which reference database is in use: the user's own update, or the shipped data when they supersede it."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from centre_finder import paths
from centre_finder.core.reference.build import build_database
from centre_finder.core.reference.updates import apply_update, choose_database, plan_update, rollback

DAY = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    path = tmp_path / "app" / "centres.db"
    build_database(paths.sources_dir(), path, now=DAY)
    return path


def update_file(tmp_path: Path, coordinator: str) -> Path:
    with (paths.sources_dir() / "centres.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows[0]["coordinator"] = coordinator
    path = tmp_path / f"update-{len(coordinator)}.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_no_copy_means_the_shipped_data(tmp_path: Path, shipped: Path) -> None:
    path, why = choose_database(tmp_path / "home" / "centres.db", shipped)
    assert path == shipped and "no updated copy" in why


def test_import_then_rollback_gives_the_shipped_data_back(tmp_path: Path, shipped: Path) -> None:
    mine = tmp_path / "home" / "centres.db"
    apply_update(plan_update(update_file(tmp_path, "Pr Local"), mine, current=shipped))
    path, why = choose_database(mine, shipped)
    assert path == mine and "your update" in why
    rollback(mine)
    assert mine.is_file(), "the rolled-back copy stays on disk"
    path, why = choose_database(mine, shipped)
    assert path == shipped and "back to the data it was copied from" in why
    # a rebuild of the shipped data after the rollback is what the user now sees
    build_database(paths.sources_dir(), shipped, now=DAY + timedelta(days=3))
    assert choose_database(mine, shipped)[0] == shipped


def test_a_second_rollback_step_keeps_the_first_update(tmp_path: Path, shipped: Path) -> None:
    mine = tmp_path / "home" / "centres.db"
    apply_update(plan_update(update_file(tmp_path, "Pr Un"), mine, current=shipped))
    apply_update(plan_update(update_file(tmp_path, "Pr Deux"), mine))
    rollback(mine)
    assert choose_database(mine, shipped)[0] == mine, "the first update is the user's own"


def test_newer_shipped_data_win_over_an_older_update_but_a_same_data_rebuild_does_not(tmp_path: Path,
                                                                                       sources_copy: Path) -> None:
    shipped = tmp_path / "app" / "centres.db"
    build_database(sources_copy, shipped, now=datetime.now(UTC) - timedelta(days=2))
    mine = tmp_path / "home" / "centres.db"
    apply_update(plan_update(update_file(tmp_path, "Pr Local"), mine, current=shipped))
    # the same sources rebuilt on another day: the update still applies to these data
    build_database(sources_copy, shipped, now=datetime.now(UTC) - timedelta(days=1))
    assert choose_database(mine, shipped)[0] == mine
    # a new release (other sources, built after the update): the shipped data win, the copy stays on disk
    centres = sources_copy / "centres.csv"
    centres.write_text(centres.read_text(encoding="utf-8").replace("Pr Luc Mouthon", "Pr Nouveau"), encoding="utf-8")
    build_database(sources_copy, shipped, now=datetime.now(UTC) + timedelta(minutes=1))
    path, why = choose_database(mine, shipped)
    assert path == shipped and "newer than your update" in why and str(mine) in why
    assert mine.is_file()


def test_a_damaged_copy_stays_in_charge_so_the_recovery_opens(tmp_path: Path, shipped: Path) -> None:
    mine = tmp_path / "home" / "centres.db"
    mine.parent.mkdir()
    mine.write_bytes(b"not a database" * 100)
    path, why = choose_database(mine, shipped)
    assert path == mine and "unusable" in why


def test_check_says_which_file_is_in_use_and_why_after_import_and_rollback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The commands end to end (in this process: none of them starts Qt) on the bundled database."""
    from centre_finder import cli

    if not paths.bundled_database().is_file():
        pytest.skip("db/centres.db not built (scripts/setup.sh builds it)")
    monkeypatch.setenv("CENTRE_FINDER_HOME", str(tmp_path / "home"))
    mine = tmp_path / "home" / "reference" / "centres.db"
    assert cli.main(["import", str(update_file(tmp_path, "Pr Local")), "--offline", "--yes"]) == 0
    capsys.readouterr()
    assert cli.main(["check"]) == 0
    out = capsys.readouterr().out
    assert f"database: {mine}" in out and "in use because: your update" in out
    assert cli.main(["rollback"]) == 0
    capsys.readouterr()
    assert cli.main(["check"]) == 0
    out = capsys.readouterr().out
    assert f"database: {paths.bundled_database()}" in out and "back to the data it was copied from" in out
