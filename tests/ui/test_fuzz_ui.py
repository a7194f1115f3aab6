"""Fuzzing the window's search field: any text gives results or a clean empty state."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from tests.core.test_fuzz import search_text
from tests.core.test_fuzz_faults import location_text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(text=search_text)
def test_search_field_never_breaks(make_window_once, text: str) -> None:
    window = make_window_once
    window.search_edit.setText(text)
    window._update_completions(text)
    window._search_now()
    if window.proxy.rowCount():
        assert window.results_stack.currentWidget() is window.table
    else:
        assert window.results_stack.currentWidget() is window.empty_label
        assert window.empty_label.text()
    assert window.map.console == [], window.map.console


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=location_text)
def test_location_field_never_breaks(make_window_once, text: str) -> None:
    """Any text in "Lieu": a bounded completion list, then results or a clean notice (issue 14)."""
    window = make_window_once
    window.location_edit.setText(text)
    window.searcher.gazetteer.prepare_completion()
    window.location_completion.update(text)
    assert len(window.location_completion.model.stringList()) <= 10
    window._search_now()
    if window.location_problem:
        assert window.notice_label.isVisibleTo(window) and len(window.notice_label.text()) < 1000
    assert window.map.console == [], window.map.console
