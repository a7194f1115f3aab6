"""The list behaves as a GP expects: a new question starts at the top, the keyboard walks the window in order,
completion lists and banners do not get in the way."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from centre_finder.core.search.explain import distance_text
from centre_finder.mapping.markers import view_bounds
from centre_finder.ui import main_window
from centre_finder.ui.app import wait_until
from centre_finder.ui.results_model import COL_DISTANCE, WARNED_ROLE
from centre_finder.ui.style import FOCUS_COLOUR
from tests.ui.conftest import map_info, type_text
from tests.ui.test_main_window import row_ids


def search(window, text: str, location: str = "") -> None:
    window.location_edit.setText(location)
    window.search_edit.setText(text)
    window._search_now()


def test_a_new_location_starts_at_the_top_with_nothing_selected_and_the_map_fitted(qtbot, make_window) -> None:
    window = make_window()
    search(window, "lupus", "69003")
    ids = row_ids(window)
    window.select_centre(ids[-1])  # far down the list, and the map went there
    assert window.selected_centre_id() == ids[-1]
    window.table.sortByColumn(COL_DISTANCE, Qt.SortOrder.DescendingOrder)
    search(window, "lupus", "Bordeaux (33)")
    assert window.selected_centre_id() is None
    assert window.table.selectionModel().selectedRows() == []
    assert window.proxy.sortColumn() == -1, "the search's own order again"
    assert row_ids(window) == [r.centre.id for r in window.outcome.results]
    assert window.table.verticalScrollBar().value() == 0
    info = map_info(window)
    assert info["selected"] is None and not info["popupOpen"]
    (south, west), (north, east) = view_bounds([r.centre for r in window.outcome.results], window.outcome.location,
                                               None)
    assert south <= info["center"][0] <= north and west <= info["center"][1] <= east


def test_a_filter_change_keeps_the_selected_centre(qtbot, make_window) -> None:
    window = make_window()
    search(window, "lupus", "33000")
    target = "bordeaux-chu-reso"
    assert window.select_centre(target)
    window.radius_combo.setCurrentIndex(window.radius_combo.findText("200 km"))
    assert window.selected_centre_id() == target


def test_reset_filters_resets_the_sort_and_the_selection(qtbot, make_window) -> None:
    window = make_window()
    search(window, "lupus", "33000")
    window.population_combo.setCurrentIndex(window.population_combo.findData("adult"))
    window.table.sortByColumn(COL_DISTANCE, Qt.SortOrder.DescendingOrder)
    window.select_centre(row_ids(window)[3])
    assert window.selected_centre_id() is not None and window.proxy.sortColumn() == COL_DISTANCE
    window.reset_button.click()
    assert window.population_combo.currentData() is None
    assert window.proxy.sortColumn() == -1 and window.selected_centre_id() is None
    assert row_ids(window) == [r.centre.id for r in window.outcome.results]
    window.favourites_check.setChecked(True)  # no favourite yet: an empty list that says why
    assert window.results_stack.currentWidget() is window.empty_label
    window.reset_button.click()
    assert not window.favourites_check.isChecked() and window.results_stack.currentWidget() is window.table


def test_sorting_by_distance_keeps_warned_sites_last(qtbot, make_window) -> None:
    window = make_window()
    search(window, "Still de l'adulte", "13005")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        window.table.sortByColumn(COL_DISTANCE, order)
        warned = [bool(window.proxy.index(r, 0).data(WARNED_ROLE)) for r in range(window.proxy.rowCount())]
        assert warned == sorted(warned) and any(warned), order
        shown = [window.proxy.index(r, COL_DISTANCE).data() for r in range(warned.index(True))]
        assert all(text.endswith(" km") and "." not in text for text in shown)
    # the Montpellier laboratory is the nearest (128 km) and still last among… the warned ones, not first
    window.table.sortByColumn(COL_DISTANCE, Qt.SortOrder.AscendingOrder)
    assert row_ids(window)[0] == "lyon-ceremaia"


def test_escape_in_the_location_list_keeps_the_disease_query(qtbot, make_window) -> None:
    window = make_window()
    search(window, "lupus")
    window.location_edit.setFocus()
    type_text(window.location_edit, "Bord")
    popup = window.location_completer.popup()
    assert wait_until(popup.isVisible, 3), "the list of places opens"
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    QTest.keyClick(window.location_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == "lupus"
    # in the search field, Escape still closes its list, then clears it
    window.search_edit.setFocus()
    QTest.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""


def test_a_first_click_on_the_location_field_while_the_disease_list_is_open_reaches_it(qtbot, make_window) -> None:
    window = make_window()
    window.search_edit.clear()
    window.search_edit.setFocus()
    type_text(window.search_edit, "scléro")
    popup = window.completer.popup()
    assert wait_until(popup.isVisible, 3)
    where = window.location_edit.mapTo(window, QPoint(20, window.location_edit.height() // 2))
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    assert not popup.isVisible()
    assert wait_until(window.location_edit.hasFocus, 2), QApplication.focusWidget()
    type_text(window.location_edit, "62400")
    assert window.location_edit.text() == "62400" and window.search_edit.text() == "scléro"


def test_the_unknown_location_banner_waits_for_a_pause(qtbot, make_window, monkeypatch) -> None:
    monkeypatch.setattr(main_window, "LOCATION_PAUSE_MS", 1200)
    window = make_window()
    search(window, "lupus")
    window.location_edit.setFocus()
    with qtbot.waitSignal(window.searchFinished, timeout=5000):
        type_text(window.location_edit, "Bordx")
    window._search_now()
    assert "Bordx" not in window.notice_label.text(), "not while typing"
    assert wait_until(lambda: "Bordx" in window.notice_label.text(), 5), "said after a pause"
    type_text(window.location_edit, "y")
    window._search_now()
    assert "Bordxy" not in window.notice_label.text()
    QTest.keyClick(window.location_edit, Qt.Key.Key_Return)
    assert "Bordxy" in window.notice_label.text() and window.notice_label.isVisible(), "said at once on Enter"


def tab_walk(window, start, count: int) -> list:
    start.setFocus()
    seen = []
    for _ in range(count):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_keyboard_order_search_location_filters_list_detail_actions_map(qtbot, make_window) -> None:
    window = make_window()
    search(window, "sclérodermie", "62400")
    window.table.setFocus()  # reaching the list selects its first row
    assert window.selected_centre_id() == row_ids(window)[0]
    QTest.keyClick(window.table, Qt.Key.Key_Down)
    assert window.selected_centre_id() == row_ids(window)[1], "the arrows move between rows"
    panel = window.search_panel
    expected = [window.location_edit, *panel.combos, window.favourites_check, panel.recruiting_check,
                window.reset_button, window.table]
    detail = window.detail.focus_chain()
    assert [w.objectName() for w in detail[:3]] == ["prepareReferral", "copyContact", "toggleFavourite"]
    expected += detail
    seen = tab_walk(window, window.search_edit, len(expected) + 1)
    assert seen[:len(expected)] == expected, [w.objectName() for w in seen]
    last = seen[len(expected)]
    assert last is window.map or window.map.isAncestorOf(last), "then the map"
    # the table is one Tab stop: Tab from it leaves it, whatever the column
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is detail[0]
    assert window.selected_centre_id() == row_ids(window)[1], "Tab did not move the selection"


def test_the_focus_is_visible(qtbot, make_window) -> None:
    window = make_window()
    ring = QColor(FOCUS_COLOUR)

    def has_ring(widget) -> bool:
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        return any(image.pixelColor(x, image.height() // 2) == ring for x in range(3))

    for widget in (window.search_edit, window.population_combo, window.reset_button, window.table):
        window.map.setFocus()
        assert not has_ring(widget), widget.objectName()
        widget.setFocus()
        assert has_ring(widget), widget.objectName()


def test_the_detail_pane_and_the_legend_have_accessible_names(qtbot, make_window) -> None:
    window = make_window()
    search(window, "sclérodermie", "62400")
    window.select_centre(row_ids(window)[0])
    for button in window.detail.findChildren(QPushButton):
        assert button.accessibleName(), button.objectName()
    legend = window.results_view.legend
    assert legend.accessibleName() and "Centre de compétence" in legend.accessibleDescription()
    assert "Centre de référence — site" in legend.text()


def test_distances_are_whole_kilometres_in_the_table(qtbot, make_window) -> None:
    window = make_window()
    search(window, "FMF", "69003")
    first = window.outcome.results[0]
    assert window.proxy.index(0, COL_DISTANCE).data() == distance_text(first.distance_km) == "4 km"


def test_no_badge_is_cut(qtbot, make_window) -> None:
    from centre_finder.ui.results_model import BADGES_ROLE, COL_WHY, MIN_BADGE_PT, BadgeDelegate

    window = make_window()
    for lang in ("fr", "en"):
        window.set_language(lang)
        for text, location, population in (("Still de l'adulte", "13005", None), ("FMF enfant", "69003", None),
                                           ("CAR-T lupus", "33600", None), ("fièvre récurrente", "27000",
                                                                            "paediatric"), ("", "", None)):
            window.population_combo.setCurrentIndex(window.population_combo.findData(population))
            search(window, text, location)
            for row in range(window.proxy.rowCount()):
                index = window.proxy.index(row, COL_WHY)
                cell = window.table.visualRect(index)
                cell.moveTop(0)  # rows below the fold: only the cell's size matters
                badges = index.data(BADGES_ROLE)
                font, rects = BadgeDelegate.fit(badges, window.table.font(), cell)
                assert font.pointSizeF() > MIN_BADGE_PT, (lang, text, row, badges)
                for rect in rects:
                    assert cell.contains(rect.toAlignedRect()), (lang, text, row, badges)
