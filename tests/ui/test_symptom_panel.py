"""The 'Orientation par signes' mode in the real window: keyboard chips, completion, ranked candidates, the
notice and the HPO version always shown, one click to the centre search near the patient, English."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from centre_finder.ui.app import wait_until
from tests.ui.conftest import type_text


def open_signs(qtbot, window):
    window.modes.setCurrentWidget(window.symptom_panel)
    panel = window.symptom_panel
    assert wait_until(lambda: panel.sign_edit.hasFocus(), 5)
    assert wait_until(lambda: panel.orienter.is_loaded, 20)  # read in a thread when the mode is first shown
    return panel


def enter_sign(qtbot, panel, text: str) -> None:
    type_text(panel.sign_edit, text)
    panel.completer.popup().hide()  # the typed text itself, not a completion line
    qtbot.keyClick(panel.sign_edit, Qt.Key.Key_Return)


def chip_texts(panel) -> list[str]:
    return [panel.chips.item(i).text() for i in range(panel.chips.count())]


def test_signs_by_keyboard_rank_the_candidates(qtbot, make_window) -> None:
    window = make_window()
    panel = open_signs(qtbot, window)
    assert "pas un diagnostic" in panel.notice.text() and panel.notice.isVisible()  # before any sign, always
    assert "2025-01-16" in panel.provenance.text() and "HPO" in panel.provenance.text()
    for sign in ("fièvre récurrente", "aphtes", "mal de gorge", "ganglions du cou"):
        enter_sign(qtbot, panel, sign)
    assert len(chip_texts(panel)) == 4 and chip_texts(panel)[2].startswith("Pharyngite (mal de gorge)")
    assert panel.table.rowCount() > 3 and panel.table.item(0, 1).text().startswith("Syndrome PFAPA\nORPHA 42642")
    assert "✓ Pharyngite — fréquent (79-30 %)" in panel.table.item(0, 2).text()
    # Backspace in the empty field removes the last chip; the list follows
    assert panel.sign_edit.text() == ""
    qtbot.keyClick(panel.sign_edit, Qt.Key.Key_Backspace)
    assert len(chip_texts(panel)) == 3
    assert "Lymphadénopathie" not in panel.table.item(0, 2).text()
    assert panel.notice.isVisible()


def test_unknown_words_stay_in_the_field_and_are_said(qtbot, make_window) -> None:
    window = make_window()
    panel = open_signs(qtbot, window)
    enter_sign(qtbot, panel, "aphtes, xyzzy")
    assert chip_texts(panel) == ["stomatite aphteuse récidivante (aphtes)  ✕"]
    assert panel.sign_edit.text() == "xyzzy"
    assert panel.unknown_label.isVisible() and "Non reconnu : xyzzy" in panel.unknown_label.text()


def test_completion_adds_the_sign_chosen(qtbot, make_window) -> None:
    window = make_window()
    panel = open_signs(qtbot, window)
    type_text(panel.sign_edit, "bouche sè")
    assert panel.completer.popup().isVisible()
    assert panel.completer_model.item(0).text() == "Xérostomie — bouche sèche"
    panel.completer.popup().setCurrentIndex(panel.completer_model.index(0, 0))
    qtbot.keyClick(panel.completer.popup(), Qt.Key.Key_Return)
    assert chip_texts(panel) == ["Xérostomie (bouche sèche)  ✕"] and panel.sign_edit.text() == ""


def test_one_click_leads_to_the_centre_search_for_that_disease(qtbot, make_window) -> None:
    window = make_window()
    window.location_edit.setText("27000")
    panel = open_signs(qtbot, window)
    enter_sign(qtbot, panel, "bouche sèche, yeux secs, douleurs articulaires, anti-SSA")
    button = panel.table.cellWidget(0, 3).findChild(QPushButton)
    assert button.text() == "Trouver un centre ▸"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.modes.currentIndex() == 0
    assert window.search_edit.text() == "Syndrome de Gougerot-Sjögren primitif (ORPHA 289390)"
    assert window.outcome is not None and window.outcome.results
    assert window.outcome.diseases[0].orpha_code == "289390"
    assert window.outcome.location is not None  # near the patient: the location typed stays


def test_scope_switch_and_population(qtbot, make_window) -> None:
    window = make_window()
    panel = open_signs(qtbot, window)
    enter_sign(qtbot, panel, "surdité, rétinite pigmentaire")
    in_networks = panel.table.item(0, 1).text()
    panel.all_check.setChecked(True)
    assert wait_until(lambda: panel.table.item(0, 1).text() != in_networks, 5)
    assert "hors des réseaux" in panel.table.item(0, 1).text()
    assert "Toutes les maladies rares annotées" in panel.provenance.text()


def test_english(qtbot, make_window) -> None:
    window = make_window(lang="en")
    panel = open_signs(qtbot, window)
    assert window.modes.tabText(1) == "&Orientation by signs"
    assert "not a diagnosis" in panel.notice.text() and "Human Phenotype Ontology" in panel.provenance.text()
    enter_sign(qtbot, panel, "dry mouth, dry eyes")
    assert chip_texts(panel)[0].startswith("Xerostomia")
    assert "Primary Sjögren syndrome" in panel.table.item(0, 1).text()
    assert panel.table.cellWidget(0, 3).findChild(QPushButton).text() == "Find a centre ▸"
