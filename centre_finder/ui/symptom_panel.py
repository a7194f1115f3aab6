"""The "Orientation par signes" mode: signs typed as chips → candidate rare diseases → one click to their centres.

Keyboard first: type a sign (the completion offers the HPO's signs, French first), Enter adds it as a chip,
Backspace in the empty field removes the last chip, Delete removes the chip selected; Enter on a candidate (or its
button) opens the centre search for that disease. The ranking (`core.phenotypes`) takes a few milliseconds; its
arrays load in a thread the first time the mode is shown. A plain sentence says, always, that this is an aid to
orientation, not a diagnosis; the HPO's version and date are shown under the list.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from centre_finder.core.labels import POPULATION_LABELS, label
from centre_finder.core.phenotypes.orientation import Candidate, Orientation, Orienter
from centre_finder.core.phenotypes.signs import Sign
from centre_finder.core.phenotypes.texts import orientation_notice, provenance_line, unknown_line
from centre_finder.core.reference.database import ReferenceData
from centre_finder.ui.popup_clicks import ClickThrough

SIGN_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_CHIPS = 30
NOTICE_STYLE = ("QLabel { background: #fff4d6; color: #4a3b00; border: 1px solid #d9b44a; border-radius: 4px; "
                "padding: 6px; }")
CHIP_STYLE = ("QListWidget { border: 1px solid #b8c2cc; border-radius: 4px; background: palette(base); } "
              "QListWidget::item { background: #e3edf7; color: #12324f; border: 1px solid #8fb0cf; "
              "border-radius: 10px; padding: 2px 8px; margin: 2px; } "
              "QListWidget::item:selected { background: #12324f; color: white; }")


class SignField(QLineEdit):
    """The sign being typed; Backspace in an empty field asks to remove the last chip."""

    removeLast = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.removeLast.emit()
            return
        super().keyPressEvent(event)


class SymptomPanel(QWidget):
    searchCentres = Signal(str)  # "Name (ORPHA n)": the centre search for that disease

    def __init__(self, data: ReferenceData, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("symptomPanel")
        self.orienter = Orienter(data)
        self.lang = "fr"
        self.signs: list[Sign] = []
        self.result: Orientation | None = None
        self.unrecognised: list[str] = []
        self._loader: threading.Thread | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)
        self.notice = QLabel()
        self.notice.setObjectName("orientationNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.notice)

        row = QHBoxLayout()
        self.sign_label = QLabel()
        self.sign_edit = SignField()
        self.sign_edit.setObjectName("signField")
        self.sign_edit.setClearButtonEnabled(True)
        self.sign_label.setBuddy(self.sign_edit)
        self.completer_model = QStandardItemModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.sign_edit)
        ClickThrough(self.completer)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addSign")
        row.addWidget(self.sign_label)
        row.addWidget(self.sign_edit, 1)
        row.addWidget(self.add_button)
        outer.addLayout(row)

        self.chips = QListWidget()
        self.chips.setObjectName("signChips")
        self.chips.setViewMode(QListView.ViewMode.IconMode)
        self.chips.setFlow(QListView.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setResizeMode(QListView.ResizeMode.Adjust)
        self.chips.setMovement(QListView.Movement.Static)
        self.chips.setSpacing(2)
        self.chips.setStyleSheet(CHIP_STYLE)
        self.chips.setMaximumHeight(66)
        self.chips.setMinimumHeight(36)
        outer.addWidget(self.chips)

        options = QHBoxLayout()
        self.population_label = QLabel()
        self.population_combo = QComboBox()
        self.population_combo.setObjectName("signsPopulation")
        for value in (None, "adult", "paediatric"):
            self.population_combo.addItem("", value)
        self.population_label.setBuddy(self.population_combo)
        self.onset_label = QLabel()
        self.onset_spin = QSpinBox()
        self.onset_spin.setObjectName("signsOnset")
        self.onset_spin.setRange(-1, 100)
        self.onset_spin.setValue(-1)
        self.onset_label.setBuddy(self.onset_spin)
        self.all_check = QCheckBox()
        self.all_check.setObjectName("allDiseases")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearSigns")
        for widget in (self.population_label, self.population_combo, self.onset_label, self.onset_spin,
                       self.all_check):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.clear_button)
        outer.addLayout(options)

        self.unknown_label = QLabel()
        self.unknown_label.setObjectName("unknownSigns")
        self.unknown_label.setWordWrap(True)
        self.unknown_label.setTextFormat(Qt.TextFormat.PlainText)
        self.unknown_label.setStyleSheet("color: #8a4b00;")
        self.unknown_label.hide()
        outer.addWidget(self.unknown_label)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("candidates")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(1, 330)
        outer.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("signsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.empty_label)
        self.legend = QLabel()
        self.legend.setObjectName("signsLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.legend)
        self.provenance = QLabel()
        self.provenance.setObjectName("hpoProvenance")
        self.provenance.setWordWrap(True)
        self.provenance.setTextFormat(Qt.TextFormat.PlainText)
        self.provenance.setStyleSheet("color: #444;")
        outer.addWidget(self.provenance)

        self.rank_timer = QTimer(self)
        self.rank_timer.setSingleShot(True)
        self.rank_timer.setInterval(0)
        self._connect()

    def _connect(self) -> None:
        self.sign_edit.textEdited.connect(self._update_completions)
        self.sign_edit.returnPressed.connect(self.add_typed)
        self.sign_edit.removeLast.connect(self.remove_last)
        self.completer.activated[QModelIndex].connect(self._completion_chosen)
        self.add_button.clicked.connect(self.add_typed)
        self.clear_button.clicked.connect(self.clear)
        self.population_combo.currentIndexChanged.connect(self.rank_timer.start)
        self.onset_spin.valueChanged.connect(self.rank_timer.start)
        self.all_check.toggled.connect(self.rank_timer.start)
        self.rank_timer.timeout.connect(self.rank)
        self.table.activated.connect(lambda index: self._open_centres(index.row()))
        self.chips.installEventFilter(self)

    # -- loading ----------------------------------------------------------------------------------
    def set_data(self, data: ReferenceData) -> None:
        """Rank over other reference data (after an update)."""
        self.orienter = Orienter(data)
        self._loader = None
        self.rank()

    def load_in_background(self) -> None:
        """Read the arrays and the word index in a thread (the first time the mode is shown)."""
        if self._loader is None:
            self._loader = threading.Thread(target=self.orienter.load, name="phenotypes", daemon=True)
            self._loader.start()

    # -- chips ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chips and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            row = self.chips.currentRow()
            if 0 <= row < len(self.signs):
                self.remove_sign(row)
                return True
        return super().eventFilter(watched, event)

    def add_signs(self, signs: list[Sign]) -> None:
        known = {s.hpo_id for s in self.signs}
        for sign in signs:
            if sign.hpo_id not in known and len(self.signs) < MAX_CHIPS:
                known.add(sign.hpo_id)
                self.signs.append(sign)
        self._show_chips()
        self.rank()

    def add_typed(self) -> None:
        """Enter: the text typed becomes chips (several when separated by commas); what names no sign is said."""
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._completion_chosen(popup.currentIndex())
            return
        popup.hide()
        text = self.sign_edit.text()
        if not text.strip():
            return
        parse = self.orienter.recognise(text)
        self.unrecognised = parse.unknown + parse.negated
        self.sign_edit.setText(", ".join(parse.unknown))  # what was not understood stays, to be corrected
        self.add_signs(parse.signs)

    def _completion_chosen(self, index) -> None:
        sign = index.data(SIGN_ROLE)
        self.completer.popup().hide()
        if isinstance(sign, Sign):
            self.unrecognised = []
            self.sign_edit.clear()
            self.add_signs([sign])

    def remove_last(self) -> None:
        if self.signs:
            self.remove_sign(len(self.signs) - 1)

    def remove_sign(self, row: int) -> None:
        del self.signs[row]
        self._show_chips()
        self.chips.setCurrentRow(min(row, len(self.signs) - 1))
        self.rank()

    def clear(self) -> None:
        self.signs.clear()
        self.unrecognised = []
        self.sign_edit.clear()
        self._show_chips()
        self.rank()
        self.sign_edit.setFocus()

    def _show_chips(self) -> None:
        self.chips.clear()
        for sign in self.signs:
            shown = sign.label(self.lang)
            said = sign.matched_name if sign.how != "id" else ""  # the wording that matched, when not the label
            text = f"{shown} ({said})" if said and said.casefold() != shown.casefold() else shown
            item = QListWidgetItem(f"{text}  ✕")
            item.setToolTip(f"{sign.hpo_id} — {sign.label_fr or sign.label_en} / {sign.label_en}")
            item.setData(SIGN_ROLE, sign.hpo_id)
            self.chips.addItem(item)
        self.chips.setAccessibleDescription("; ".join(s.label(self.lang) for s in self.signs))

    def _update_completions(self, text: str) -> None:
        self.completer_model.clear()
        if not self.orienter.is_loaded:  # still loading in its thread: never wait on a keystroke
            self.load_in_background()
            return
        for suggestion in self.orienter.suggest(text, limit=10) if text.strip() else []:
            item = QStandardItem(suggestion.display)
            item.setData(suggestion.sign, SIGN_ROLE)
            item.setEditable(False)
            self.completer_model.appendRow(item)
        if self.completer_model.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    # -- ranking ----------------------------------------------------------------------------------
    def rank(self) -> None:
        onset = self.onset_spin.value()
        self.result = self.orienter.rank(
            self.signs, population=self.population_combo.currentData(), onset_years=None if onset < 0 else onset,
            all_diseases=self.all_check.isChecked(), limit=15)
        self.result.unknown = list(self.unrecognised)
        self._show_result()

    def _show_result(self) -> None:
        result, lang = self.result, self.lang
        candidates = result.candidates if result else []
        self.table.setRowCount(len(candidates))
        for row, c in enumerate(candidates):
            self._fill_row(row, c)
        self.table.resizeRowsToContents()
        lines = unknown_line(result, lang) if result else []
        self.unknown_label.setText("\n".join(lines))
        self.unknown_label.setVisible(bool(lines))
        if not self.signs:
            self.empty_label.setText(self.tr("Type a sign and press Enter: it is added to the list. Add several "
                                             "signs; the rare diseases that best match them appear here, best "
                                             "first."))
        elif not candidates:
            self.empty_label.setText(self.tr("No disease of the networks the app covers matches these signs. Tick "
                                             "'Every rare disease' to look beyond them."))
        else:
            self.empty_label.setText("")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self.table.setVisible(bool(candidates))
        self.provenance.setText(provenance_line(result or Orientation([], [], [], self.all_check.isChecked(),
                                                                       hpo=self.orienter.hpo_versions()), lang))

    def _fill_row(self, row: int, c: Candidate) -> None:
        lang = self.lang
        rank = QTableWidgetItem(str(c.rank))
        rank.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        name = QTableWidgetItem(f"{c.name(lang)}\nORPHA {c.orpha_code}" + (
            "" if c.in_networks else "\n" + self.tr("outside the networks the app covers")))
        name.setToolTip(c.name("en" if lang == "fr" else "fr"))
        matched = [f"✓ {m.sign.label(lang)} — {m.frequency_label(lang)}" for m in c.matched]
        related = [f"≈ {m.sign.label(lang)} ({m.annotation.label(lang)})" for m in c.signs
                   if m.relation == "related" and m.annotation is not None]
        missing = [f"✗ {m.sign.label(lang)}" for m in c.signs if m.relation == "excluded"]
        signs = QTableWidgetItem("\n".join(matched + related + missing))
        signs.setToolTip("\n".join(
            f"{m.sign.label(lang)} → {m.annotation.label(lang)} ({m.annotation.hpo_id})"
            for m in c.signs if m.annotation is not None))
        for item in (name, signs):
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for col, item in enumerate((rank, name, signs)):
            self.table.setItem(row, col, item)
        button = QPushButton(self.tr("Find a centre ▸"))
        button.setObjectName(f"findCentre{row}")
        button.setToolTip(self.tr("Search the centres for {disease} near the patient").format(disease=c.name(lang)))
        button.setAccessibleName(self.tr("Find a centre for {disease}").format(disease=c.name(lang)))
        button.clicked.connect(lambda _checked=False, r=row: self._open_centres(r))
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(button)
        box.addStretch(1)
        self.table.setCellWidget(row, 3, cell)

    def _open_centres(self, row: int) -> None:
        if self.result and 0 <= row < len(self.result.candidates):
            self.searchCentres.emit(self.result.candidates[row].search_text(self.lang))

    # -- texts ------------------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.notice.setText(orientation_notice(lang))
        self.notice.setAccessibleName(orientation_notice(lang))
        self.sign_label.setText(self.tr("&Sign"))
        self.sign_edit.setPlaceholderText(self.tr("A sign, then Enter (e.g. recurrent fever, mouth ulcers, raised CK)"))
        self.sign_edit.setAccessibleName(self.tr("Sign: type a sign and press Enter to add it"))
        self.add_button.setText(self.tr("Add"))
        self.chips.setAccessibleName(self.tr("Signs entered (Delete removes the one selected)"))
        self.population_label.setText(self.tr("Pa&tient"))
        self.population_combo.setItemText(0, self.tr("Adult or child"))
        self.population_combo.setItemText(1, label(POPULATION_LABELS, "adult", lang))
        self.population_combo.setItemText(2, label(POPULATION_LABELS, "paediatric", lang))
        self.onset_label.setText(self.tr("Age at &onset"))
        self.onset_spin.setSpecialValueText(self.tr("not given"))
        self.onset_spin.setSuffix(self.tr(" years"))
        self.all_check.setText(self.tr("Every &rare disease (not only those of the networks)"))
        self.clear_button.setText(self.tr("Clear the signs"))
        self.table.setHorizontalHeaderLabels(["#", self.tr("Rare disease (Orphanet)"),
                                              self.tr("Signs found in this disease, and how frequent"), ""])
        self.table.setAccessibleName(self.tr("Candidate rare diseases, best match first"))
        self.legend.setText(self.tr("✓ a sign of the disease, with how often Orphanet says it occurs · ≈ a related "
                                    "sign of the disease · ✗ a sign Orphanet says this disease does not have"))
        self._show_chips()
        self._show_result()

    def sizeHint(self) -> QSize:
        return QSize(900, 700)

