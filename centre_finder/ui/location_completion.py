"""Completion of the location field ("Lieu"): an index lookup per keystroke, never a wait on the UI thread.

`Gazetteer.suggest` answers in well under a millisecond once its index is ready (benchmarks:
`location_suggest_ms_*`). Until then — the index is prepared in a thread, started by the window once the map
has painted, or by the first keystroke — a keystroke does not wait for it: the latest text is completed as soon as
the index is ready (a timer polls, the event loop runs).
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, QStringListModel, QTimer
from PySide6.QtWidgets import QLineEdit

from centre_finder.core.search.gazetteer import MAX_COMPLETION_CHARS, Gazetteer, LocationError

SUGGESTIONS = 10
POLL_MS = 50


class LocationCompletion(QObject):
    """Fills `model` (the list of the field's QCompleter) as the user types in `edit`."""

    def __init__(self, edit: QLineEdit, model: QStringListModel, gazetteer: Gazetteer, parent: QObject | None = None):
        super().__init__(parent)
        self.edit = edit
        self.model = model
        self.gazetteer = gazetteer
        self._pending: str | None = None
        self._wait = QTimer(self)
        self._wait.setInterval(POLL_MS)
        self._wait.timeout.connect(self._complete_pending)
        self._preparing = False
        edit.textEdited.connect(self.update)

    def prepare_in_background(self) -> None:
        """Load the gazetteer and build the completion index in a thread (once)."""
        if not self._preparing:
            self._preparing = True
            threading.Thread(target=self._prepare, name="location-completion", daemon=True).start()

    def _prepare(self) -> None:
        with contextlib.suppress(LocationError):
            self.gazetteer.prepare_completion()

    def update(self, text: str) -> None:
        """Called on each keystroke: complete now if the index is ready, else as soon as it is."""
        if len(text) > MAX_COMPLETION_CHARS:
            self._pending = None
            self._wait.stop()
            self.model.setStringList([])
            return
        if not self.gazetteer.completion_ready:
            self.prepare_in_background()
            self._pending = text
            self._wait.start()
            return
        self._pending = None
        self._wait.stop()
        self.model.setStringList(self.gazetteer.suggest(text, limit=SUGGESTIONS))

    def _complete_pending(self) -> None:
        if self._pending is None:
            self._wait.stop()
        elif self.gazetteer.completion_ready:
            text, self._pending = self._pending, None
            self._wait.stop()
            if text == self.edit.text():  # the user may have moved on
                self.model.setStringList(self.gazetteer.suggest(text, limit=SUGGESTIONS))
                completer = self.edit.completer()
                if text and completer is not None and self.edit.hasFocus():
                    completer.complete()
