"""The update dialog shows every failure as a message and stays usable (issue 14: it only caught
UpdateError/OSError, so anything else lost the dialog's state with a traceback)."""

from __future__ import annotations

from pathlib import Path

from centre_finder import paths
from centre_finder.core.reference.import_lock import import_lock
from centre_finder.ui import plaintext, update_dialog
from centre_finder.ui.update_dialog import UpdateDialog


def checked_dialog(qtbot, window, update: Path, mapping: Path | None = None) -> UpdateDialog:
    dialog = UpdateDialog(window.data.path, window)
    dialog.file_edit.setText(str(update))
    if mapping is not None:
        dialog.mapping_edit.setText(str(mapping))
    dialog.offline.setChecked(True)
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=20000)
    return dialog


def changed_file(tmp_path: Path, old: str, new: str) -> Path:
    update = tmp_path / "update.csv"
    update.write_text((paths.sources_dir() / "centres.csv").read_text(encoding="utf-8").replace(old, new, 1),
                      encoding="utf-8")
    return update


def test_a_duplicated_role_is_a_rejected_row_with_its_line(qtbot, make_window, own_db: Path, tmp_path: Path) -> None:
    window = make_window(own_db)
    update = changed_file(tmp_path, ",crmr_coordinating,", ",crmr_coordinating;crmr_coordinating,")
    dialog = checked_dialog(qtbot, window, update)
    assert "role 'crmr_coordinating' listed twice" in dialog.report.toPlainText()
    assert f"{update}:" in dialog.report.toPlainText()
    assert not dialog.apply_button.isEnabled()


def test_a_hostile_mapping_is_said_in_the_report(qtbot, make_window, own_db: Path, tmp_path: Path) -> None:
    window = make_window(own_db)
    mapping = tmp_path / "map.json"
    mapping.write_text('{"id": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    dialog = checked_dialog(qtbot, window, tmp_path / "any.csv", mapping)
    assert "nested too deeply" in dialog.report.toPlainText()
    assert dialog.check_button.isEnabled() and dialog.plan is None


def test_another_import_running_is_said_at_once(qtbot, make_window, own_db: Path, tmp_path: Path,
                                                monkeypatch) -> None:
    window = make_window(own_db)
    dialog = checked_dialog(qtbot, window, changed_file(tmp_path, "Pr Luc Mouthon", "Pr Autre"))
    assert dialog.apply_button.isEnabled()
    shown = []
    monkeypatch.setattr(plaintext, "message", lambda *args: shown.append(args))
    before = own_db.read_bytes()
    with import_lock(own_db):
        dialog.apply(valid_only=False)
    assert "another import into" in shown[-1][3] and dialog.applied_to is None
    assert own_db.read_bytes() == before
    dialog.apply(valid_only=False)  # the other import is over: this one applies
    assert dialog.applied_to == own_db


def test_any_other_failure_is_shown_too(qtbot, make_window, own_db: Path, tmp_path: Path, monkeypatch) -> None:
    """Every known cause is now an UpdateError; an unknown one (injected here: a bug to come) is still a message."""
    window = make_window(own_db)
    dialog = checked_dialog(qtbot, window, changed_file(tmp_path, "Pr Luc Mouthon", "Pr Autre"))

    def broken(*_args, **_kwargs):
        raise KeyError("a bug to come")

    monkeypatch.setattr(update_dialog, "apply_update", broken)
    shown = []
    monkeypatch.setattr(plaintext, "message", lambda *args: shown.append(args))
    dialog.apply(valid_only=False)
    assert "KeyError: 'a bug to come'" in shown[-1][3] and dialog.applied_to is None
    assert dialog.apply_button.isEnabled() and dialog.result() == 0, "the dialog stays, ready to try again"
