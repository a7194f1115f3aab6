"""What the window says when favourites and notes are unavailable or read-only (a label in the status bar).

The reasons come from `UserData` (a read-only data folder, a file kept aside because its tables were wrong);
the label stays for the whole session, its tooltip holds the full reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from centre_finder.core.referral.userdb import UserData
from centre_finder.ui import plaintext

MAX_SHOWN_CHARS = 160


class UserDataStatus(QLabel):
    def __init__(self, userdata: UserData | None, problem: str):
        super().__init__()
        self.setObjectName("userDataStatus")
        self.userdata = userdata
        self.problem = problem
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #7f1d1d; padding: 0 6px;")
        self._retranslate()

    @classmethod
    def install(cls, window: QMainWindow, userdata: UserData | None, problem: str) -> UserDataStatus | None:
        """Add the label when there is something to say; editing actions follow (no import when read-only)."""
        if userdata is not None and userdata.read_only:
            window.menus.import_user_action.setEnabled(False)
        elif userdata is not None or not problem:
            return None
        label = cls(userdata, problem)
        window.statusBar().addPermanentWidget(label)
        return label

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.userdata is not None:
            reason = self.userdata.read_only_reason
            text = self.tr("Favourites and notes are read-only: {reason}").format(reason=reason)
        else:
            reason = self.problem
            text = self.tr("Favourites and notes are unavailable: {reason}").format(reason=reason)
        self.setText(text if len(text) <= MAX_SHOWN_CHARS else text[:MAX_SHOWN_CHARS - 1] + "…")
        self.setToolTip(plaintext.tooltip(reason))
        self.setAccessibleName(text)
