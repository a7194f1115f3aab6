"""The results table: a Qt model over `list[Result]`, a sorting proxy, and a role-badge delegate."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from centre_finder.core.labels import ROLE_LABELS, ROLE_SHORT, WARNING_LABELS, label
from centre_finder.core.models import Result
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.explain import explain_match
from centre_finder.core.search.ranking import LazyResults
from centre_finder.core.text import fold
from centre_finder.ui import plaintext

# The official names are long and alike ("Centre de référence des maladies auto-…"): the table shows the
# establishment and the department, which tell sites apart; the full name is the tooltip, the accessible
# text and the detail pane's title.
COL_HOSPITAL, COL_NAME, COL_CITY, COL_ROLES, COL_DISTANCE = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
BADGES_ROLE = Qt.ItemDataRole.UserRole + 3

BADGE_COLOURS = {
    "crmr_coordinating": "#7f1d1d",
    "crmr_constitutive": "#b91c1c",
    "crmr_site": "#dc2626",
    "ccmr": "#1d4ed8",
    "cart_trial_site": "#c2410c",
    "ern_member": "#6d28d9",
    "cri_imidiate": "#6d28d9",
}

_Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    def __init__(self, data: ReferenceData, parent: QObject | None = None):
        super().__init__(parent)
        self.reference = data
        self.results: Sequence[Result] = []
        self.lang = "fr"
        self.favourites: set[str] = set()

    def headers(self) -> list[str]:
        en = self.lang == "en"
        return (["Establishment", "Department / centre", "Town", "Roles", "Distance"] if en
                else ["Établissement", "Service / centre", "Ville", "Rôles", "Distance"])

    def set_results(self, results: Sequence[Result]) -> None:
        """Show these results; a search's `LazyResults` are kept as they are, so only the rows on screen are built."""
        self.beginResetModel()
        self.results = results
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.results:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def result_at(self, row: int) -> Result | None:
        return self.results[row] if 0 <= row < len(self.results) else None

    def row_of(self, centre_id: str) -> int:
        if isinstance(self.results, LazyResults):
            return self.results.row_of(centre_id)
        for i, r in enumerate(self.results):
            if r.centre.id == centre_id:
                return i
        return -1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.results[index.row()]
        c = r.centre
        col = index.column()
        if role == ID_ROLE:
            return c.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_HOSPITAL:
                star = "★ " if c.id in self.favourites else ""
                return star + (c.hospital or c.name)
            if col == COL_NAME:
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return c.name
                return c.department or c.name
            if col == COL_CITY:
                return c.city
            if col == COL_ROLES:
                if role == Qt.ItemDataRole.AccessibleTextRole or not c.roles:
                    return ", ".join(label(ROLE_LABELS, x, self.lang) for x in c.roles) or "—"
                return ""
            if col == COL_DISTANCE:
                if r.distance_km is None:
                    return ""
                return f"{r.distance_km:.0f} km" if r.distance_km >= 10 else f"{r.distance_km:.1f} km"
        if role == BADGES_ROLE and col == COL_ROLES:
            return [(label(ROLE_SHORT, x, self.lang), BADGE_COLOURS.get(x, "#4b5563")) for x in c.roles]
        if role == SORT_ROLE:
            if col == COL_DISTANCE:
                return r.distance_km if r.distance_km is not None else 1e9
            if col == COL_ROLES:
                return c.role_rank
            return fold(self.data(index, Qt.ItemDataRole.DisplayRole) or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [c.name]
            lines += [explain_match(self.reference, m, self.lang) for m in r.matches]
            lines += [label(WARNING_LABELS, w, self.lang) for w in r.warnings]
            return plaintext.tooltip("\n".join(x for x in lines if x))
        if role == Qt.ItemDataRole.DecorationRole and col == COL_HOSPITAL and "not_referral_destination" in r.warnings:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_DISTANCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not c.is_referral_destination:
            return QColor("#6b7280")
        return None


class BadgeDelegate(QStyledItemDelegate):
    """Paints role badges as small coloured pills."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        badges = index.data(BADGES_ROLE)
        if not badges:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x = option.rect.x() + 4
        height = metrics.height() + 4
        y = option.rect.y() + (option.rect.height() - height) / 2
        for text, colour in badges:
            width = metrics.horizontalAdvance(text) + 12
            if x + width > option.rect.right() - 2:
                painter.setPen(option.palette.color(QPalette.ColorRole.Text))
                painter.drawText(QRectF(x, y, 16, height), Qt.AlignmentFlag.AlignCenter, "…")
                break
            rect = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        badges = index.data(BADGES_ROLE) or []
        metrics = QFontMetrics(option.font)
        width = sum(metrics.horizontalAdvance(t) + 16 for t, _ in badges) + 8
        return QSize(max(hint.width(), width), max(hint.height(), metrics.height() + 10))
