"""The location field ("Lieu"): completion per keystroke from the index, and what an unusable location shows."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel

from centre_finder.core.search.gazetteer import MAX_LOCATION_CHARS, Gazetteer
from centre_finder.ui.location_completion import LocationCompletion
from tests.ui.conftest import type_text


def test_typing_saint_denis_completes_at_each_letter(qtbot, make_window) -> None:
    """Issue 14: typing "Saint-Denis" blocked the window 35 s; each letter now updates the popup list."""
    window = make_window()
    window.location_edit.clear()
    window.location_edit.setFocus()
    completion = window.location_completion
    qtbot.waitUntil(lambda: window.searcher.gazetteer.completion_ready, timeout=20000)
    for n in range(1, len("Saint-Denis") + 1):
        type_text(window.location_edit, "Saint-Denis"[n - 1])
        shown = completion.model.stringList()
        assert 0 < len(shown) <= 10, (n, shown)
    assert shown[:2] == ["Saint-Denis (974)", "Saint-Denis (93)"]
    type_text(window.location_edit, "x" * 120)  # longer than any commune name: nothing to offer, no lookup
    assert completion.model.stringList() == []


def test_a_keystroke_before_the_index_is_ready_is_completed_when_it_is(qtbot, make_window) -> None:
    """The keystroke does not wait for the gazetteer: the list fills in once the index is built."""
    window = make_window()
    fresh = Gazetteer()  # not loaded: its index is built by the completion's own thread
    completion = LocationCompletion(window.location_edit, QStringListModel(), fresh, window)
    window.location_edit.setText("Bordea")
    completion.update("Bordea")
    qtbot.waitUntil(lambda: completion.model.stringList()[:1] == ["Bordeaux (33)"], timeout=20000)


def test_a_location_too_long_is_refused_with_a_message(qtbot, make_window) -> None:
    window = make_window(lang="en")
    window.location_edit.setText("Lille " * 2000)
    window._search_now()
    notice = window.notice_label.text()
    assert "too long (11999 characters, at most 300)" in notice  # the field is stripped
    assert len(notice) < 400, "the text is not repeated in the notice"
    assert window.proxy.rowCount() > 0, "the search goes on without the location"
    assert len(window.location_edit.text()) > MAX_LOCATION_CHARS
