"""Everything follows the language at once: the list, its badges and legend, trial status, Qt's own dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from centre_finder.ui.results_model import BADGES_ROLE, COL_WHY
from tests.ui.test_list_behaviour import search


def badge_texts(window, row: int = 0) -> list[str]:
    return [text for text, _colour in window.proxy.index(row, COL_WHY).data(BADGES_ROLE)]


def test_the_list_its_badges_legend_and_notes_switch_language_at_once(qtbot, make_window) -> None:
    window = make_window(lang="fr")
    search(window, "Still de l'adulte", "13005")
    assert badge_texts(window)[:2] == ["Centre de référence — site", "Établissement à confirmer"]
    assert "Un centre de compétence plus proche peut exister" in window.notice_label.text()
    assert "Centre de compétence" in window.results_view.legend.text()
    window.language_actions["en"].trigger()
    assert badge_texts(window)[:2] == ["Reference centre — site", "Establishment to be confirmed"]
    assert "A nearer competence centre may exist" in window.notice_label.text()
    assert "Competence centre" in window.results_view.legend.text()
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Why this centre"
    assert window.role_combo.itemText(window.role_combo.findData("ccmr")) == "Competence centre"


def test_trial_status_is_in_the_interface_language(qtbot, make_window) -> None:
    window = make_window(lang="fr")
    search(window, "CAR-T lupus", "33600")
    window.select_centre("lille-huriez-mi-crmr-ceraino")
    texts = [w.text() for w in window.detail.findChildren(QLabel)]
    assert any(t.startswith("NCT07115745 — ") for t in texts)  # the recruiting trial's card comes first
    assert "Sur ce site : Recrute (RECRUITING)" in texts
    assert "Site de l’essai NCT07115745 — recrute" in texts
    assert not any("Recruiting" in t for t in texts)
    row = window.model.row_of("lille-huriez-mi-crmr-ceraino")
    assert "Recrute" in [t for t, _ in window.model.index(row, COL_WHY).data(BADGES_ROLE)]
    window.language_actions["en"].trigger()
    texts = [w.text() for w in window.detail.findChildren(QLabel)]
    assert "At this site: Recruiting (RECRUITING)" in texts and "Trial site NCT07115745 — recruiting" in texts


def test_qt_file_dialog_speaks_french_in_french_mode(qtbot, make_window) -> None:
    make_window(lang="fr")
    dialog = QFileDialog(None, "Centre Finder", "", "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    assert "&Voir dans\u00a0:" in labels and "Fichiers de &type\u00a0:" in labels, labels
    assert not any(text in labels for text in ("&Look in:", "Files of &type:", "File &name:"))
    dialog.deleteLater()
