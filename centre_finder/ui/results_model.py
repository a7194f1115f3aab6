"""The results table: a Qt model over `list[Result]`, a sorting proxy, and a badge delegate.

A row has three columns: the centre (establishment on the first line; department and town on the second, so
two departments of one hospital differ), why it is listed (badges: the reason for the disease asked, then its
other roles; each badge explains itself in the tooltip) and the distance in whole kilometres.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from centre_finder.core.labels import (
    ROLE_SHORT,
    TRIAL_RECRUITMENT_LABELS,
    WARNING_LABELS,
    WARNING_SHORT,
    WHY_SHORT,
    label,
)
from centre_finder.core.models import Result
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.explain import Badge, badges, distance_text, explain_match, why
from centre_finder.core.search.ranking import LazyResults
from centre_finder.core.text import fold
from centre_finder.ui import plaintext

COL_CENTRE, COL_WHY, COL_DISTANCE = range(3)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
BADGES_ROLE = Qt.ItemDataRole.UserRole + 3
WARNED_ROLE = Qt.ItemDataRole.UserRole + 4  # a row a GP should not be sent to without checking: always listed last

# warnings that put a row at the end whatever the sort: not a clinical department, the other age group
LAST_WARNINGS = ("not_referral_destination", "population_mismatch")
WHY_ORDER = {"trial": 0, "reference": 1, "competence": 2, "labelled_expertise": 3, "expertise": 4, "": 5}

BADGE_COLOURS = {
    "crmr_coordinating": "#7f1d1d",
    "crmr_constitutive": "#b91c1c",
    "crmr_site": "#dc2626",
    "ccmr": "#1d4ed8",
    "cart_trial_site": "#c2410c",
    "ern_member": "#6d28d9",
    "cri_imidiate": "#6d28d9",
    "expertise": "#4b5563",
    "trial_open": "#15803d",
    "trial_soon": "#0e7490",
    "trial_closed": "#6b7280",
    "warning": "#92400e",
}

_Index = QModelIndex | QPersistentModelIndex
MIN_BADGE_PT = 5.5
MAX_BADGES = 3  # painted in the row; the tooltip lists them all


def is_warned(result: Result) -> bool:
    return any(w in result.warnings for w in LAST_WARNINGS)


class ResultsModel(QAbstractTableModel):
    def __init__(self, data: ReferenceData, parent: QObject | None = None):
        super().__init__(parent)
        self.reference = data
        self.results: Sequence[Result] = []
        self.lang = "fr"
        self.favourites: set[str] = set()
        self.age_asked = False  # the user asked for adults or children: unknown age groups are flagged

    def headers(self) -> list[str]:
        en = self.lang == "en"
        return (["Centre (establishment, department, town)", "Why this centre", "Distance"] if en
                else ["Centre (établissement, service, ville)", "Pourquoi ce centre", "Distance"])

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
        return 0 if parent.isValid() else 3

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

    def _centre_lines(self, r: Result) -> tuple[str, str]:
        """The establishment; then the department (or the centre's name when none is known) and the town."""
        c = r.centre
        first = ("★ " if c.id in self.favourites else "") + (c.hospital or c.name)
        detail = c.department or (c.name if c.hospital and c.name != c.hospital else "")
        return first, " · ".join(x for x in (detail, c.city) if x)

    def _badges(self, r: Result) -> list[Badge]:
        return badges(self.reference, r, self.lang, age_asked=self.age_asked)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.results[index.row()]
        c = r.centre
        col = index.column()
        if role == ID_ROLE:
            return c.id
        if role == WARNED_ROLE:
            return is_warned(r)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CENTRE:
                return "\n".join(x for x in self._centre_lines(r) if x)
            if col == COL_WHY:
                return "" if c.roles or why(r) else "—"
            if col == COL_DISTANCE:
                return distance_text(r.distance_km)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == COL_CENTRE:
                return ", ".join(x for x in (c.name, *self._centre_lines(r)[1:]) if x)
            if col == COL_WHY:
                return ", ".join(b.text for b in self._badges(r)) or "—"
            if col == COL_DISTANCE:
                return distance_text(r.distance_km)
        if role == BADGES_ROLE and col == COL_WHY:
            # the first badges say why (trial, its status, role); more would shrink them all: "+n" and the tooltip
            badges_ = self._badges(r)
            shown = [(b.text, BADGE_COLOURS.get(b.kind, "#4b5563")) for b in badges_[:MAX_BADGES]]
            return shown + ([(f"+{len(badges_) - MAX_BADGES}", "#4b5563")] if len(badges_) > MAX_BADGES else [])
        if role == SORT_ROLE:
            if col == COL_DISTANCE:
                return r.distance_km if r.distance_km is not None else 1e9
            if col == COL_WHY:
                return WHY_ORDER.get(why(r), 5) * 10 + c.role_rank
            return fold(c.hospital or c.name) + " " + fold(c.department)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{b.text} : {b.explanation}" for b in self._badges(r)] if col == COL_WHY else [c.name]
            lines += [explain_match(self.reference, m, self.lang) for m in r.matches]
            lines += ["⚠ " + label(WARNING_LABELS, w, self.lang) for w in r.warnings]
            return plaintext.tooltip("\n".join(x for x in lines if x))
        if role == Qt.ItemDataRole.DecorationRole and col == COL_CENTRE and (
                is_warned(r) or "establishment_unconfirmed" in r.warnings):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == COL_DISTANCE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and is_warned(r):
            return QColor("#6b7280")
        return None


class ResultsProxy(QSortFilterProxyModel):
    """Sorts by the clicked column, but rows with a warning stay at the end in either direction."""

    def lessThan(self, left: _Index, right: _Index) -> bool:
        left_warned, right_warned = bool(left.data(WARNED_ROLE)), bool(right.data(WARNED_ROLE))
        if left_warned != right_warned:
            # the proxy calls lessThan(right, left) for a descending sort
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return right_warned if ascending else left_warned
        return super().lessThan(left, right)


def badge_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
    font.setBold(True)
    return font


def widest_badge(base: QFont, lang: str) -> int:
    """The width of the widest badge there can be; the delegate shrinks a row's badges in the rare row where
    they would not all fit (never cutting one)."""
    metrics = QFontMetrics(badge_font(base))
    texts = [label(table, key, lang) for table in (ROLE_SHORT, TRIAL_RECRUITMENT_LABELS, WHY_SHORT, WARNING_SHORT)
             for key in table]
    texts.append(("Trial" if lang == "en" else "Essai") + " NCT00000000")
    return max(metrics.horizontalAdvance(t) for t in texts) + 12 + 8


class BadgeDelegate(QStyledItemDelegate):
    """Paints badges as small coloured pills, on as many lines as the row has room for; never cut."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        badges_ = index.data(BADGES_ROLE)
        if not badges_:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font, rects = self.fit(badges_, option.font, option.rect)
        painter.setFont(font)
        for (text, colour), rect in zip(badges_, rects, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    @classmethod
    def fit(cls, badges_: list[tuple[str, str]], base: QFont, area) -> tuple[QFont, list[QRectF]]:
        """The font and places of the badges: the usual size, smaller when they would not all fit (never cut)."""
        font = badge_font(base)
        while True:
            rects = cls.layout(badges_, QFontMetrics(font), area)
            fits = all(r.right() <= area.right() + 1 and r.bottom() <= area.bottom() + 1 for r in rects)
            if fits or font.pointSizeF() <= MIN_BADGE_PT:
                return font, rects
            font.setPointSizeF(font.pointSizeF() - 0.5)

    @staticmethod
    def layout(badges_: list[tuple[str, str]], metrics: QFontMetrics, area) -> list[QRectF]:
        """One rectangle per badge, left to right, wrapping to the next line when the next one would not fit
        (as many lines as the row has room for); the lines used are centred in the row."""
        height = metrics.height() + 4
        room = max(1, (area.height() - 2) // (height + 2))
        x, line, places = 4, 0, []
        for text, _colour in badges_:
            width = metrics.horizontalAdvance(text) + 12
            if x + width > area.width() - 2 and x > 4 and line + 1 < room:
                line, x = line + 1, 4
            places.append((x, line, width))
            x += width + 4
        used = line + 1
        top = area.y() + (area.height() - used * (height + 2) + 2) / 2
        return [QRectF(area.x() + x, top + line * (height + 2), width, height) for x, line, width in places]

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        metrics = QFontMetrics(badge_font(option.font))
        widths = [metrics.horizontalAdvance(t) + 12 for t, _ in index.data(BADGES_ROLE) or []]
        return QSize(max([hint.width(), *[w + 8 for w in widths]]), max(hint.height(), 2 * (metrics.height() + 6)))
