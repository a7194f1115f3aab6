"""Updating, rolling back and ageing data from the window."""

from __future__ import annotations

import csv
from pathlib import Path

from centre_finder import paths
from centre_finder.core.reference import database
from centre_finder.core.reference.build import build_database
from centre_finder.ui import plaintext
from centre_finder.ui.update_dialog import UpdateDialog


def test_update_dialog_shows_the_diff_then_applies_and_rolls_back(qtbot, make_window, own_db: Path,
                                                                  tmp_path: Path, monkeypatch) -> None:
    window = make_window(own_db)
    with (paths.sources_dir() / "centres.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0])
    rows = [r for r in rows if r["id"] != "angers-chu-pediatrie"]
    update = tmp_path / "update.csv"
    with update.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    dialog = UpdateDialog(window.data.path, window)
    dialog.file_edit.setText(str(update))
    dialog.offline.setChecked(True)
    dialog.check()
    assert dialog.is_checking()  # the window stays responsive while the file is checked
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=20000)
    assert "0 added, 1 removed, 0 changed" in dialog.report.toPlainText()
    assert "- angers-chu-pediatrie" in dialog.report.toPlainText()
    assert dialog.apply_button.isEnabled() and not dialog.apply_valid_button.isEnabled()
    dialog.apply(valid_only=False)
    assert dialog.applied_to == own_db
    window.reload_data(dialog.applied_to)
    # 81 centres of the file and the registry's 34 trial sites of their own
    assert "angers-chu-pediatrie" not in window.data.centres and len(window.data.centres) == 115
    window.search_edit.setText("")
    window._search_now()
    assert window.proxy.rowCount() == 115
    assert window.rollback_data()
    assert len(window.data.centres) == 116
    shown = []
    monkeypatch.setattr(plaintext, "message", lambda *args: shown.append(args))
    assert not window.rollback_data(), "nothing more to roll back"
    assert "no backup" in shown[-1][3]


def test_rejected_rows_are_listed_and_only_valid_rows_can_be_applied(qtbot, make_window, own_db: Path,
                                                                    tmp_path: Path) -> None:
    window = make_window(own_db)
    lines = (paths.sources_dir() / "centres.csv").read_text(encoding="utf-8").splitlines()
    bad_row = lines[1].replace(lines[1].split(",")[0], "new-bad-row", 1).replace("crmr_coordinating", "crmr_bogus", 1)
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([*lines, bad_row]) + "\n", encoding="utf-8")
    dialog = UpdateDialog(window.data.path, window)
    dialog.file_edit.setText(str(bad))
    dialog.offline.setChecked(True)
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=20000)
    report = dialog.report.toPlainText()
    assert f"{bad}:{len(lines) + 1}: unknown role 'crmr_bogus'" in report
    assert not dialog.apply_button.isEnabled() and not dialog.apply_valid_button.isEnabled(), "no valid change"


def test_old_data_show_a_banner(qtbot, make_window, tmp_path: Path, sources_copy: Path) -> None:
    centres = sources_copy / "centres.csv"
    with centres.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0])
    for r in rows:
        r["verified"] = "2023-05-01" if r["verified"] else ""
    with centres.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    old = tmp_path / "old.db"
    build_database(sources_copy, old)
    window = make_window(old)
    assert window.age_label.isVisible()
    assert "2023-05-01" in window.age_label.text()
    fresh = make_window()
    assert not fresh.age_label.isVisible()


def test_going_back_past_the_first_update_shows_the_shipped_data_again(qtbot, make_window, built_db: Path,
                                                                        tmp_path: Path, monkeypatch) -> None:
    from centre_finder.core.reference.updates import apply_update, plan_update

    monkeypatch.setattr(paths, "bundled_database", lambda: built_db)
    with (paths.sources_dir() / "centres.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    update = tmp_path / "update.csv"
    with update.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(r for r in rows if r["id"] != "angers-chu-pediatrie")
    apply_update(plan_update(update, paths.user_database(), current=built_db))
    assert paths.active_database() == paths.user_database()
    shipped_data = database.load(built_db)
    shipped = len(shipped_data.centres)  # centres.csv and the trial registry's sites of their own
    shipped_data.close()
    window = make_window(paths.user_database())
    assert len(window.data.centres) == shipped - 1
    assert window.rollback_data()
    assert window.data.path == built_db and len(window.data.centres) == shipped
    assert paths.user_database().is_file(), "the user's copy stays on disk"
