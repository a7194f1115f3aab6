"""A click outside an open completion list closes the list and still reaches what was clicked.

QCompleter swallows the mouse press that closes its list: with the disease suggestions open, a first click on
the Location field did nothing and the typing went on in the search field. This filter, installed on the
list after QCompleter's own (filters run newest first), hands the click on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QCompleter, QWidget


class ClickThrough(QObject):
    def __init__(self, completer: QCompleter):
        super().__init__(completer)
        self.completer = completer
        self.popup = completer.popup()
        self.popup.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.popup or event.type() != QEvent.Type.MouseButtonPress:
            return False
        assert isinstance(event, QMouseEvent)
        if self.popup.rect().contains(event.position().toPoint()):
            return False
        where = event.globalPosition().toPoint()
        self.popup.hide()
        field = self.completer.widget()
        window = field.window() if field is not None else None
        target = window.childAt(window.mapFromGlobal(where)) if window is not None else None
        if not isinstance(target, QWidget):
            return True
        if target.focusPolicy() & Qt.FocusPolicy.ClickFocus:
            target.setFocus(Qt.FocusReason.MouseFocusReason)
        # the press only: the release that follows reaches the widget under the mouse by itself
        QApplication.sendEvent(target, QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(target.mapFromGlobal(where)),
                                                   event.globalPosition(), event.button(), event.buttons(),
                                                   event.modifiers()))
        return True
