"""Showing text that may come from data or files as text, where Qt would guess it is HTML.

QToolTip and QMessageBox treat a string that looks like HTML as rich text (Qt::mightBeRichText):
a centre named "<b>…</b>" or a file path with "<" would be interpreted. These helpers never let that happen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally (escaped, line breaks kept)."""
    return "<p style='white-space: pre-wrap'>" + escape(text).replace("\n", "<br/>") + "</p>"


def message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def information(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Information, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Warning, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Critical, title, text)
