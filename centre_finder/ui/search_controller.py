"""Runs the window's searches: the searcher, the typing delay, completions and the gazetteer's loading."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer

from centre_finder.core.models import Query, SearchOutcome
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.explain import Suggestion, suggestions
from centre_finder.core.search.gazetteer import LocationError
from centre_finder.core.search.searcher import Searcher

SEARCH_DELAY_MS = 15


class SearchController(QObject):
    def __init__(self, data: ReferenceData, parent: QObject | None = None, searcher: Searcher | None = None):
        super().__init__(parent)
        self.data = data
        self.searcher = searcher or Searcher(data)  # built beforehand off the UI thread at start-up (ui/app.py)
        self.location_problem = ""  # the location typed, when the gazetteer does not know it
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)

    def set_data(self, data: ReferenceData) -> None:
        """Search other reference data (after an update), keeping the loaded gazetteer."""
        self.data = data
        self.searcher = Searcher(data, self.searcher.gazetteer)

    @property
    def gazetteer_ready(self) -> bool:
        return self.searcher.gazetteer.is_loaded

    def run(self, query: Query) -> SearchOutcome:
        """Search; an unknown location is noted in `location_problem` and the search runs without it."""
        self.location_problem = ""
        try:
            return self.searcher.run(query)
        except LocationError:
            self.location_problem = query.location or ""
            return self.searcher.run(replace(query, location=None, radius_km=None))

    def disease_suggestions(self, text: str, lang: str) -> list[Suggestion]:
        """What the completion list offers: each disease's name and ORPHA code, with the synonym typed."""
        found = suggestions(self.data, self.searcher.matcher.suggest(text, limit=10), lang)
        return [] if [s.text for s in found] == [text] else found
