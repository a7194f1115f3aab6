"""The results list: the table over the results model (sorting proxy, badge delegate) or, when empty, why;
and under it the legend of the badges."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from centre_finder.core.labels import (
    ROLE_EXPLANATIONS,
    ROLE_SHORT,
    WARNING_LABELS,
    WARNING_SHORT,
    WHY_LABELS,
    WHY_SHORT,
    label,
)
from centre_finder.core.models import Result
from centre_finder.core.reference.database import ReferenceData
from centre_finder.ui.results_model import (
    BADGE_COLOURS,
    COL_CENTRE,
    COL_DISTANCE,
    COL_WHY,
    ID_ROLE,
    SORT_ROLE,
    BadgeDelegate,
    ResultsModel,
    ResultsProxy,
    widest_badge,
)

LEGEND_KINDS = ("crmr_coordinating", "crmr_constitutive", "crmr_site", "ccmr", "cart_trial_site", "ern_member")


def legend_html(lang: str) -> str:
    """The badges' colours and words, one line (our own text, escaped)."""
    items = [(BADGE_COLOURS[k], label(ROLE_SHORT, k, lang)) for k in LEGEND_KINDS]
    items.append((BADGE_COLOURS["expertise"], label(WHY_SHORT, "expertise", lang)))
    pills = "  ".join(f"<span style='color:{colour}'>●</span>&nbsp;{escape(text)}" for colour, text in items)
    warned = f"<span style='color:{BADGE_COLOURS['warning']}'>●</span>&nbsp;" + escape(
        "To check before referring" if lang == "en" else "À vérifier avant d'adresser")
    return f"{pills}  {warned}"


def legend_text(lang: str) -> str:
    """What each badge means, as plain text (the legend's tooltip and accessible description)."""
    lines = [f"{label(ROLE_SHORT, k, lang)} : {label(ROLE_EXPLANATIONS, k, lang)}" for k in LEGEND_KINDS]
    lines.append(f"{label(WHY_SHORT, 'expertise', lang)} : {label(WHY_LABELS, 'expertise', lang)}")
    lines += [f"{label(WARNING_SHORT, k, lang)} : {label(WARNING_LABELS, w, lang)}" for k, w in (
        ("not_clinical", "not_referral_destination"), ("establishment_unconfirmed", "establishment_unconfirmed"),
        ("for_children", "population_mismatch"))]
    return "\n".join(lines)


class ResultsView(QWidget):
    """The table (or the empty state's explanation in its place), then the legend."""

    def __init__(self, data: ReferenceData, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ResultsModel(data, self)
        self.model.lang = lang
        self.proxy = ResultsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(False)

        self.table = QTableView()
        self.table.setObjectName("resultsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # one Tab stop; the arrows move between rows
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setItemDelegateForColumn(COL_WHY, BadgeDelegate(self.table))
        self.table.installEventFilter(self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CENTRE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WHY, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(False)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.empty_label.setStyleSheet("font-size: 11pt; color: #374151;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.legend = QLabel()
        self.legend.setObjectName("badgeLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #374151; font-size: 8pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)
        metrics = QFontMetrics(self.table.font())
        self.table.verticalHeader().setDefaultSectionSize(2 * metrics.height() + 10)
        header = self.table.horizontalHeader()
        header.resizeSection(COL_WHY, max(widest_badge(self.table.font(), lang) + 12,
                                          metrics.horizontalAdvance(self.model.headers()[COL_WHY]) + 24))
        header.resizeSection(COL_DISTANCE, metrics.horizontalAdvance("9 999 km") + 24)
        self.legend.setText(legend_html(lang))
        self.legend.setToolTip(legend_text(lang))
        self.legend.setAccessibleName(self.tr("Legend of the badges"))
        self.legend.setAccessibleDescription(legend_text(lang))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # reaching the list with the keyboard selects its first row, so the detail and the map follow
        if watched is self.table and event.type() == QEvent.Type.FocusIn and self.proxy.rowCount() \
                and not self.table.selectionModel().currentIndex().isValid():
            self.table.selectRow(0)
        return False

    def show_table(self) -> None:
        self.stack.setCurrentWidget(self.table)

    def show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.setAccessibleName(text)
        self.stack.setCurrentWidget(self.empty_label)

    def reset_sort(self) -> None:
        """Back to the search's own order (the ranking), with no sort indicator."""
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(False)

    def start_at_top(self) -> None:
        """No row selected, the first row in view: how a new search opens."""
        self.table.selectionModel().clearSelection()
        self.table.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollToTop()

    def selected_centre_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_centre(self, centre_id: str) -> bool:
        row = self.model.row_of(centre_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def result_at(self, index: QModelIndex) -> Result | None:
        """The result shown at a (proxy) index of the table."""
        return self.model.result_at(self.proxy.mapToSource(index).row())
