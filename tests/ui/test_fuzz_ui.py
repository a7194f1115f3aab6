"""Fuzzing the window's search field: any text gives results or a clean empty state."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from tests.core.test_fuzz import search_text


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
