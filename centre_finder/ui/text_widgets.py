"""Small plain-text widgets shared by the panes: data are shown as characters, never interpreted."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QSizePolicy

SAFE_SCHEMES = ("http", "https")


def open_website(url: str) -> bool:
    """Open a centre's website in the system browser, only if it is an http(s) URL."""
    qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
    if not qurl.isValid() or qurl.scheme().lower() not in SAFE_SCHEMES or not qurl.host():
        return False
    return QDesktopServices.openUrl(qurl)


def plain(text: str, *, bold: bool = False, muted: bool = False, size: float | None = None) -> QLabel:
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    widget.setWordWrap(True)
    widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                   | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    policy = widget.sizePolicy()  # keeps the height-for-width that word wrapping needs
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    widget.setSizePolicy(policy)
    style = []
    if bold:
        style.append("font-weight: bold")
    if muted:
        style.append("color: #4b5563")
    if size:
        style.append(f"font-size: {size}pt")
    if style:
        widget.setStyleSheet("; ".join(style))
    widget.setAccessibleName(text[:200])
    return widget
