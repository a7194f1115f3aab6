"""Start-up on a reference database the app cannot load: the recovery dialog, with the reason, never a crash."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from centre_finder import paths
from centre_finder.ui.app import RECOVERY_LABELS, open_reference


def damaged_copy(built_db: Path, folder: Path, statement: str) -> Path:
    path = folder / "centres.db"
    shutil.copy(built_db, path)
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def answer_dialog(choose: str | None, seen: dict) -> None:
    """Read the recovery dialog when it shows, then press `choose` (a button text) or Close."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(30, lambda: answer_dialog(choose, seen))
        return
    seen["text"] = box.text()
    seen["buttons"] = [b.text() for b in box.buttons()]
    target = next((b for b in box.buttons() if b.text() == choose), None) or box.button(
        QMessageBox.StandardButton.Close)
    target.click()


def test_an_unknown_basis_opens_the_recovery_dialog_with_the_reason(qapp, user_home: Path, built_db: Path,
                                                                   tmp_path: Path) -> None:
    """Issue 14: a KeyError escaped `open_reference` and the app died before any window."""
    path = damaged_copy(built_db, tmp_path, "update expertise set basis = 'hearsay' where rowid = 1")
    seen: dict = {}
    QTimer.singleShot(0, lambda: answer_dialog(None, seen))
    assert open_reference(path) is None
    assert "endommagée" in seen["text"] and "unknown basis 'hearsay'" in seen["text"]
    assert RECOVERY_LABELS["bundled"] in seen["buttons"]


def test_the_way_out_loads_the_shipped_database(qapp, user_home: Path, built_db: Path, tmp_path: Path) -> None:
    path = damaged_copy(built_db, tmp_path, "update centres set roles = NULL where rowid = 3")
    seen: dict = {}
    QTimer.singleShot(0, lambda: answer_dialog(RECOVERY_LABELS["bundled"], seen))
    data = open_reference(path)
    assert "roles is NULL" in seen["text"]
    assert data is not None and data.path == paths.bundled_database() and data.centres
    data.close()
