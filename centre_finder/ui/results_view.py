"""The results list: the table over the results model (sorting proxy, badge delegate) or, when empty, why."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView, QWidget

from centre_finder.core.models import Result
from centre_finder.core.reference.database import ReferenceData
from centre_finder.ui.results_model import COL_DISTANCE, COL_ROLES, ID_ROLE, SORT_ROLE, BadgeDelegate, ResultsModel


class ResultsView(QStackedWidget):
    """One page is the table, the other the empty state's explanation."""

    def __init__(self, data: ReferenceData, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ResultsModel(data, self)
        self.model.lang = lang
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(False)

        self.table = QTableView()
        self.table.setObjectName("resultsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(COL_ROLES, BadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(0, 210)
        header.resizeSection(2, 100)
        header.resizeSection(COL_ROLES, 150)
        header.resizeSection(COL_DISTANCE, 64)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.empty_label.setStyleSheet("font-size: 11pt; color: #374151;")
        self.addWidget(self.table)
        self.addWidget(self.empty_label)

    def show_table(self) -> None:
        self.setCurrentWidget(self.table)

    def show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.setAccessibleName(text)
        self.setCurrentWidget(self.empty_label)

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
