"""The main window, driven like a user: real QApplication, real database, real map page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

from centre_finder.ui.app import wait_until
from centre_finder.ui.results_model import COL_DISTANCE, ID_ROLE
from tests.ui.conftest import map_info, run_js, type_text


def row_ids(window) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def type_query(qtbot, window, text: str) -> None:
    window.search_edit.clear()
    window.search_edit.setFocus()
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        type_text(window.search_edit, text)
    qtbot.wait(50)
    window._search_now()


def test_typing_lupus_filters_the_table_and_the_map(qtbot, make_window) -> None:
    window = make_window()
    everything = len(row_ids(window))
    type_query(qtbot, window, "lupus")
    ids = row_ids(window)
    assert 0 < len(ids) < everything
    assert ids == [r.centre.id for r in window.searcher.search(window.current_query())]
    assert wait_until(lambda: map_info(window)["markers"] == len(ids), 5)
    assert "Lupus systémique" in window.summary_label.text()


def test_completion_offers_disease_names(qtbot, make_window) -> None:
    window = make_window()
    window.search_edit.setFocus()
    type_text(window.search_edit, "scléro")
    assert "Sclérodermie systémique (ORPHA 90291)" in window.completer_model.texts()


def test_marker_click_selects_the_row_through_the_bridge(qtbot, make_window) -> None:
    window = make_window()
    type_query(qtbot, window, "sclérodermie")
    target = "paris-cochin-mi-crmr-idf"
    with qtbot.waitSignal(window.map.markerClicked, timeout=10000) as blocker:
        run_js(window, f"cf.reveal({target!r}, function (m) {{ m.getElement().click(); }}); 'ok'")
    assert blocker.args == [target]
    assert wait_until(lambda: window.selected_centre_id() == target, 5)
    assert window.detail.findChild(type(window.summary_label), "detailTitle").text().startswith("Centre de référence")


def test_row_selection_moves_the_map_and_opens_the_popup(qtbot, make_window) -> None:
    window = make_window()
    type_query(qtbot, window, "sclérodermie")
    target = "rennes-pontchaillou-mi-crmr-cerainom"
    assert window.select_centre(target)
    assert wait_until(lambda: map_info(window)["popupOpen"], 10)
    info = map_info(window)
    assert info["selected"] == target
    centre = window.data.centres[target]
    assert abs(info["center"][0] - centre.latitude) < 0.5 and abs(info["center"][1] - centre.longitude) < 0.5


def test_filters_combine(qtbot, make_window) -> None:
    window = make_window()
    type_query(qtbot, window, "lupus")
    window.population_combo.setCurrentIndex(window.population_combo.findData("paediatric"))
    window.role_combo.setCurrentIndex(window.role_combo.findData("reference"))
    ids = row_ids(window)
    assert ids
    for cid in ids:
        centre = window.data.centres[cid]
        assert centre.population in ("paediatric", "both", "")
        assert {"crmr_coordinating", "crmr_constitutive", "crmr_site"} & set(centre.roles)
    window.reset_filters()
    assert len(row_ids(window)) > len(ids)


def test_location_and_radius_show_distances_and_circle(qtbot, make_window) -> None:
    window = make_window()
    type_query(qtbot, window, "sclérodermie")
    window.location_edit.setText("62400")
    window.radius_combo.setCurrentIndex(window.radius_combo.findText("100 km"))
    assert row_ids(window) == ["lille-huriez-mi-crmr-ceraino", "amiens-chu-ccmr-mai"]
    assert wait_until(lambda: map_info(window)["radiusKm"] == 100, 5)
    assert window.proxy.index(0, COL_DISTANCE).data() == "29 km"


def test_empty_state_says_why_and_what_to_relax(qtbot, make_window) -> None:
    window = make_window()
    type_query(qtbot, window, "sclérodermie")
    window.location_edit.setText("Béthune")
    window.radius_combo.setCurrentIndex(window.radius_combo.findText("25 km"))
    assert window.results_stack.currentWidget() is window.empty_label
    assert "29 km" in window.empty_label.text() and "rayon" in window.empty_label.text()
    type_query(qtbot, window, "xyzzyq")
    assert "xyzzyq" in window.empty_label.text()


def test_unknown_location_is_said_and_results_stay(qtbot, make_window) -> None:
    window = make_window()
    window.location_edit.setText("Atlantis")
    window._search_now()
    assert window.notice_label.isVisible() and "Atlantis" in window.notice_label.text()
    assert row_ids(window)


def test_hostile_search_strings_never_crash(qtbot, make_window) -> None:
    window = make_window()
    for text in ['"', "'", "lupus)", "NOT AND", "NEAR(", "*", "<script>", "😀", "\u202e", "a" * 400]:
        window.search_edit.setText(text)
        window._search_now()
        assert window.results_stack.currentWidget() in (window.table, window.empty_label)


def test_page_is_loaded_once_and_never_for_a_filter_change(qtbot, make_window) -> None:
    window = make_window()
    loads = []
    window.map.loadStarted.connect(lambda: loads.append(1))
    for text in ("lupus", "sclérodermie", "Still", ""):
        type_query(qtbot, window, text)
    window.population_combo.setCurrentIndex(1)
    qtbot.wait(300)
    assert loads == []
    assert sum(1 for u in window.map.guard.seen if u.endswith("/map.html")) >= 1


def test_keyboard(qtbot, make_window) -> None:
    window = make_window()
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()
    qtbot.keyClicks(window.search_edit, "lupus")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.selected_centre_id() == row_ids(window)[1]


def test_every_control_has_an_accessible_name(qtbot, make_window) -> None:
    window = make_window()
    for kind in (QLineEdit, QComboBox, QAbstractButton, QTableView, QWebEngineView):
        for widget in window.findChildren(kind):
            if widget.isVisible():
                assert widget.accessibleName(), f"{kind.__name__} {widget.objectName()!r} has no accessible name"


def test_settings_persist_the_location_and_the_window_not_the_filters(qtbot, make_window) -> None:
    """Filters restored at start could open the app on an empty list: only the location comes back."""
    window = make_window(persist=True)
    window.search_edit.setText("Horton")
    window.location_edit.setText("Évreux")
    window.population_combo.setCurrentIndex(window.population_combo.findData("adult"))
    window.role_combo.setCurrentIndex(window.role_combo.findData("cri_imidiate"))
    window.resize(1000, 700)
    window.main_splitter.setSizes([500, 700])
    sizes = window.main_splitter.sizes()
    window._search_now()
    window.close()
    again = make_window(persist=True)
    assert again.location_edit.text() == "Évreux"
    assert again.search_edit.text() == ""
    assert again.population_combo.currentData() is None and again.role_combo.currentData() is None
    assert again.results_stack.currentWidget() is again.table and row_ids(again)
    assert again.size().height() == 700  # (offscreen screens are 800 px wide: widths get clamped)
    restored = again.main_splitter.sizes()
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02


def test_english_from_the_menu_and_qt_dialogs_translated(qtbot, make_window) -> None:
    window = make_window(lang="fr")
    assert window.search_label.text() == "&Rechercher"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    window.language_actions["en"].trigger()
    assert window.search_label.text() == "&Search"
    assert window.file_menu.title() == "&File"
    assert window.model.headerData(0, Qt.Orientation.Horizontal).startswith("Centre (establishment")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    window.language_actions["fr"].trigger()
    assert window.search_label.text() == "&Rechercher"


def test_the_map_shows_the_best_ranked_when_there_are_too_many(qtbot, make_window, monkeypatch) -> None:
    """A Europe-wide directory: the table lists every result, the map the first MAX_MAP_MARKERS, and says so."""
    from centre_finder.ui import main_window

    monkeypatch.setattr(main_window, "MAX_MAP_MARKERS", 10)
    window = make_window()
    type_query(qtbot, window, "lupus")
    ids = row_ids(window)
    assert len(ids) > 10
    assert wait_until(lambda: map_info(window)["markers"] == 10, 5)
    assert run_js(window, f"cf.marker({ids[0]!r}) !== null && cf.marker({ids[10]!r}) === null")
    assert window.notice_label.isVisible() or not window.isVisible()
    assert f"10 premiers des {len(ids)} centres" in window.notice_label.text()


def test_about_the_data_shows_the_coverage_figures(qtbot, make_window, monkeypatch) -> None:
    from centre_finder.core.reference.coverage import coverage, coverage_lines
    from centre_finder.ui import plaintext

    shown = []
    monkeypatch.setattr(plaintext, "information", lambda parent, title, text: shown.append(text))
    window = make_window()
    window.show_about_data()
    assert shown and all(line in shown[0] for line in coverage_lines(coverage(window.data, "fr"), "fr"))
    assert "Centres de compétence FAI²R (CCMR) : " in shown[0] and "/ 67" in shown[0]
    # CC BY 4.0: Orphanet credited with the versions of what was used
    assert "© Orphanet / INSERM, CC BY 4.0" in shown[0] and "nomenclature Orphanet (française 2023-06-22" in shown[0]
