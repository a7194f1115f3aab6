"""The main window: search, filters, results table, detail pane and map, kept in step."""

from __future__ import annotations

import contextlib
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from centre_finder import __version__, paths
from centre_finder.core.labels import (
    POPULATION_LABELS,
    ROLE_LABELS,
    SPECIALTY_LABELS,
    label,
)
from centre_finder.core.models import REFERENCE_ROLES, ROLES, SPECIALTIES, Query, SearchOutcome
from centre_finder.core.reference.coverage import coverage, coverage_lines
from centre_finder.core.reference.database import DatabaseError, ReferenceData
from centre_finder.core.reference.database import load as load_reference
from centre_finder.core.reference.updates import UpdateError, rollback
from centre_finder.core.referral.exports import results_html, write_csv
from centre_finder.core.referral.userdb import UserData, UserDataError
from centre_finder.core.search.explain import ambiguity_message, disease_label, empty_message, trial_label
from centre_finder.core.search.gazetteer import LocationError
from centre_finder.core.search.searcher import Searcher
from centre_finder.mapping.markers import MarkerJson, legend, location_for, view_bounds
from centre_finder.ui import plaintext
from centre_finder.ui.detail_pane import DetailPane
from centre_finder.ui.i18n import LANGUAGES, Translations
from centre_finder.ui.map_view import MapView
from centre_finder.ui.printing import print_html, write_pdf
from centre_finder.ui.referral_dialog import DoctorDialog, ReferralDialog
from centre_finder.ui.results_model import COL_DISTANCE, COL_ROLES, ID_ROLE, SORT_ROLE, BadgeDelegate, ResultsModel
from centre_finder.ui.settings import get_str
from centre_finder.ui.update_dialog import UpdateDialog

# markers on the map at once: the page stays fluid (see benchmarks/RESULTS.md), the table shows every result
MAX_MAP_MARKERS = 10_000

RADII = (None, 25, 50, 100, 200, 500)
ROLE_FILTERS = {  # what the user picks → the data roles it stands for
    "reference": tuple(sorted(REFERENCE_ROLES)),
    "ccmr": ("ccmr",),
    "cri_imidiate": ("cri_imidiate",),
    "cart_trial_site": ("cart_trial_site",),
    "ern_member": ("ern_member",),
}
SEARCH_DELAY_MS = 15
DEFAULT_MAX_AGE_MONTHS = 12


class MainWindow(QMainWindow):
    searchFinished = Signal()

    def __init__(self, data: ReferenceData, translations: Translations, settings: QSettings | None,
                 userdata: UserData | None = None):
        super().__init__()
        self.data = data
        self.userdata = userdata
        self.searcher = Searcher(data)
        self.marker_json = MarkerJson()
        self.translations = translations
        self.settings = settings
        self.lang = translations.lang
        self.outcome: SearchOutcome | None = None
        self.location_problem = ""
        self._restoring = False
        self.setObjectName("mainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.model = ResultsModel(data, self)
        self.model.lang = self.lang
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(False)

        self._build_widgets()
        self._build_menus()
        self._connect()
        self.retranslate()
        self._restore_settings()
        self.map.start()
        # The gazetteer (0.3 s) loads in a thread while the map page loads; the first search waits for it
        # without blocking the event loop, which serves the page.
        threading.Thread(target=self._load_gazetteer, name="gazetteer", daemon=True).start()
        self.search_timer.stop()  # restoring the fields scheduled a search: the first search comes below
        self._first_search()

    def _load_gazetteer(self) -> None:
        with contextlib.suppress(LocationError):  # reported by the search as an unknown location
            self.searcher.gazetteer.load()

    def _first_search(self) -> None:
        if self.searcher.gazetteer.is_loaded or not self.location_edit.text().strip():
            self._search_now()
        else:
            QTimer.singleShot(10, self._first_search)

    # -- construction -----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        row1 = QHBoxLayout()
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchField")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.search_label.setBuddy(self.search_edit)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_edit.setCompleter(self.completer)
        self.location_label = QLabel()
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("locationField")
        self.location_edit.setClearButtonEnabled(True)
        self.location_edit.setMaximumWidth(260)
        self.location_label.setBuddy(self.location_edit)
        self.location_model = QStringListModel(self)
        self.location_completer = QCompleter(self.location_model, self)
        self.location_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.location_edit.setCompleter(self.location_completer)
        self.radius_label = QLabel()
        self.radius_combo = QComboBox()
        self.radius_combo.setObjectName("radiusFilter")
        self.radius_label.setBuddy(self.radius_combo)
        for _ in RADII:
            self.radius_combo.addItem("")
        for widget in (self.search_label, self.search_edit, self.location_label, self.location_edit,
                       self.radius_label, self.radius_combo):
            row1.addWidget(widget)
        row1.setStretch(1, 3)
        row1.setStretch(3, 1)
        outer.addLayout(row1)

        row2 = QHBoxLayout()
        self.population_label = QLabel()
        self.population_combo = QComboBox()
        self.population_combo.setObjectName("populationFilter")
        for value in (None, "adult", "paediatric"):
            self.population_combo.addItem("", value)
        self.specialty_label = QLabel()
        self.specialty_combo = QComboBox()
        self.specialty_combo.setObjectName("specialtyFilter")
        self.specialty_combo.addItem("", None)
        for value in SPECIALTIES:
            self.specialty_combo.addItem("", value)
        self.role_label = QLabel()
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("roleFilter")
        self.role_combo.addItem("", None)
        for key in ROLE_FILTERS:
            self.role_combo.addItem("", key)
        self.region_label = QLabel()
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionFilter")
        self._fill_regions()
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetFilters")
        self.favourites_check = QCheckBox()
        self.favourites_check.setObjectName("favouritesFilter")
        self.favourites_check.setEnabled(self.userdata is not None)
        for lab, combo in ((self.population_label, self.population_combo), (self.specialty_label, self.specialty_combo),
                           (self.role_label, self.role_combo), (self.region_label, self.region_combo)):
            lab.setBuddy(combo)
            row2.addWidget(lab)
            row2.addWidget(combo)
        row2.addWidget(self.favourites_check)
        row2.addStretch(1)
        row2.addWidget(self.reset_button)
        for combo in (self.radius_combo, self.population_combo, self.specialty_combo, self.role_combo,
                      self.region_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        self.population_combo.setMinimumContentsLength(17)
        outer.addLayout(row2)

        self.notice_label = QLabel()
        self.notice_label.setObjectName("notice")
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(
            "background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; border-radius: 4px; padding: 4px 8px;")
        self.notice_label.hide()
        outer.addWidget(self.notice_label)
        self.age_label = QLabel()
        self.age_label.setObjectName("dataAgeBanner")
        self.age_label.setTextFormat(Qt.TextFormat.PlainText)
        self.age_label.setWordWrap(True)
        self.age_label.setStyleSheet(
            "background: #fee2e2; color: #7f1d1d; border: 1px solid #ef4444; border-radius: 4px; padding: 4px 8px;")
        self.age_label.hide()
        outer.addWidget(self.age_label)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("resultSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.summary_label)

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
        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(self.table)
        self.results_stack.addWidget(self.empty_label)
        self.detail = DetailPane(self.data, self.userdata)
        self.detail.lang = self.lang
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.results_stack)
        self.left_splitter.addWidget(self.detail)
        self.left_splitter.setSizes([380, 420])
        self.map = MapView(offline_name=self.tr("Offline map"), online_name=self.tr("OpenStreetMap (online)"))
        self.map.setObjectName("mapView")
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.map)
        self.main_splitter.setSizes([640, 560])
        self.main_splitter.setChildrenCollapsible(False)
        outer.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self.statusBar()
        self.resize(1400, 900)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

    def _fill_regions(self) -> None:
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("All regions"), None)
        for region in sorted({c.region for c in self.data.centres.values() if c.region}):
            self.region_combo.addItem(region, region)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.export_csv_action = QAction(self)
        self.export_csv_action.triggered.connect(lambda: self.export_csv())
        self.print_list_action = QAction(self)
        self.print_list_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_list_action.triggered.connect(self.print_list)
        self.pdf_list_action = QAction(self)
        self.pdf_list_action.triggered.connect(lambda: self.save_list_pdf())
        self.export_user_action = QAction(self)
        self.export_user_action.triggered.connect(lambda: self.export_user_data())
        self.import_user_action = QAction(self)
        self.import_user_action.triggered.connect(lambda: self.import_user_data())
        self.orphans_action = QAction(self)
        self.orphans_action.triggered.connect(self.show_orphans)
        self.update_action = QAction(self)
        self.update_action.triggered.connect(self.update_data)
        self.rollback_action = QAction(self)
        self.rollback_action.triggered.connect(self.rollback_data)
        for action in (self.export_csv_action, self.print_list_action, self.pdf_list_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.export_user_action, self.import_user_action, self.orphans_action):
            action.setEnabled(self.userdata is not None)
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.update_action)
        self.file_menu.addAction(self.rollback_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.settings_menu = bar.addMenu("")
        self.practice_action = QAction(self)
        self.practice_action.triggered.connect(self.edit_practice_location)
        self.settings_menu.addAction(self.practice_action)
        self.doctor_action = QAction(self)
        self.doctor_action.triggered.connect(self.edit_doctor)
        self.settings_menu.addAction(self.doctor_action)
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.language_actions[self.lang].setChecked(True)
        self.help_menu = bar.addMenu("")
        self.about_data_action = QAction(self)
        self.about_data_action.triggered.connect(self.show_about_data)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_data_action)
        self.help_menu.addAction(self.about_action)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape_shortcut.activated.connect(self.clear_search)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._schedule_search)
        self.search_edit.textEdited.connect(self._update_completions)
        self.search_edit.returnPressed.connect(self._search_now)
        self.completer.activated.connect(lambda _text: self._search_now())
        self.location_edit.textChanged.connect(self._schedule_search)
        self.location_edit.textEdited.connect(self._update_location_completions)
        self.location_completer.activated.connect(lambda _text: self._search_now())
        for combo in (self.radius_combo, self.population_combo, self.specialty_combo, self.role_combo,
                      self.region_combo):
            combo.currentIndexChanged.connect(self._search_now)
        self.reset_button.clicked.connect(self.reset_filters)
        self.favourites_check.toggled.connect(self._search_now)
        self.detail.favouriteToggled.connect(self._on_favourite_toggled)
        self.detail.userDataError.connect(lambda error: self.statusBar().showMessage(
            self.tr("Your favourites and notes could not be saved yet ({error}); retrying.").format(error=error), 8000))
        self.search_timer.timeout.connect(self._search_now)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.activated.connect(lambda _index: self.detail.setFocus())
        self.map.markerClicked.connect(self.select_centre)
        self.detail.copied.connect(lambda value: self.statusBar().showMessage(
            self.tr("Copied to the clipboard: {value}").format(value=value), 4000))
        self.detail.prepareReferral.connect(self.prepare_referral)

    # -- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.lang
        self.setWindowTitle(self.tr("Centre Finder — expert centres for rare autoimmune and "
                                    "autoinflammatory diseases"))
        self.search_label.setText(self.tr("&Search"))
        self.search_edit.setPlaceholderText(self.tr("Disease, ORPHA code, centre, town, coordinator, trial…"))
        self.search_edit.setAccessibleName(self.tr("Search: disease, centre, town, coordinator or trial"))
        self.location_label.setText(self.tr("&Location"))
        self.location_edit.setPlaceholderText(self.tr("Postal code or town"))
        self.location_edit.setAccessibleName(self.tr("Location: postal code or town"))
        self.radius_label.setText(self.tr("&Radius"))
        self.radius_combo.setAccessibleName(self.tr("Search radius"))
        for i, radius in enumerate(RADII):
            self.radius_combo.setItemText(i, self.tr("Any distance") if radius is None else f"{radius} km")
        self.population_label.setText(self.tr("&Patients"))
        self.population_combo.setAccessibleName(self.tr("Patients: adults or children"))
        self.population_combo.setItemText(0, self.tr("Adults and children"))
        self.population_combo.setItemText(1, label(POPULATION_LABELS, "adult", lang))
        self.population_combo.setItemText(2, label(POPULATION_LABELS, "paediatric", lang))
        self.specialty_label.setText(self.tr("S&pecialty"))
        self.specialty_combo.setAccessibleName(self.tr("Specialty"))
        self.specialty_combo.setItemText(0, self.tr("All specialties"))
        for i, value in enumerate(SPECIALTIES, 1):
            self.specialty_combo.setItemText(i, label(SPECIALTY_LABELS, value, lang))
        self.role_label.setText(self.tr("R&ole"))
        self.role_combo.setAccessibleName(self.tr("Role in the networks"))
        role_texts = {
            None: self.tr("All roles"),
            "reference": self.tr("Reference centre (CRMR)"),
            "ccmr": self.tr("Competence centre"),
            "cri_imidiate": self.tr("CRI-IMIDIATE research network"),
            "cart_trial_site": self.tr("CAR-T trial site"),
            "ern_member": self.tr("European Reference Network member"),
        }
        for i in range(self.role_combo.count()):
            self.role_combo.setItemText(i, role_texts[self.role_combo.itemData(i)])
        self.region_label.setText(self.tr("Re&gion"))
        self.region_combo.setAccessibleName(self.tr("Region"))
        self.region_combo.setItemText(0, self.tr("All regions"))
        self.favourites_check.setText(self.tr("★ Favourites only"))
        self.favourites_check.setAccessibleName(self.tr("Show only my favourite centres"))
        self.export_csv_action.setText(self.tr("&Export the list as CSV…"))
        self.print_list_action.setText(self.tr("&Print the list…"))
        self.pdf_list_action.setText(self.tr("Save the list as P&DF…"))
        self.export_user_action.setText(self.tr("Export favourites and notes…"))
        self.import_user_action.setText(self.tr("Import favourites and notes…"))
        self.orphans_action.setText(self.tr("Notes on centres no longer listed…"))
        self.doctor_action.setText(self.tr("Referring &doctor…"))
        self.update_action.setText(self.tr("&Update the data…"))
        self.rollback_action.setText(self.tr("Go back to the previous &data"))
        self.reset_button.setText(self.tr("Reset filters"))
        self.reset_button.setAccessibleName(self.tr("Reset filters"))
        self.table.setAccessibleName(self.tr("Results: centres found"))
        self.map.setAccessibleName(self.tr("Map of the centres found (the results table lists the same centres)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_menu.setTitle(self.tr("S&ettings"))
        self.practice_action.setText(self.tr("Practice &location…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_data_action.setText(self.tr("About the &data…"))
        self.about_action.setText(self.tr("&About Centre Finder…"))
        self.model.set_language(lang)
        self.detail.set_language(lang)
        self._show_data_age()
        self.map.set_layer_names(self.tr("Offline map"), self.tr("OpenStreetMap (online)"))
        self.map.set_legend(legend(lang))
        if self.outcome is not None:
            self._show_outcome(self.outcome)

    def data_age_months(self) -> float:
        text = self.data.metadata.get("data_date") or self.data.metadata.get("built_at", "")[:10]
        try:
            when = date.fromisoformat(text[:10])
        except ValueError:
            return float("inf")
        return (date.today() - when).days / 30.44

    def _show_data_age(self) -> None:
        limit = DEFAULT_MAX_AGE_MONTHS
        if self.settings is not None:
            try:
                limit = float(self.settings.value("data/max_age_months", DEFAULT_MAX_AGE_MONTHS))
            except (TypeError, ValueError):
                limit = DEFAULT_MAX_AGE_MONTHS
        age = self.data_age_months()
        if age > limit:
            self.age_label.setText(self.tr(
                "These data were last checked on {date}, more than {months} months ago: labels, coordinators and "
                "phone numbers change. Check with the centre before referring, or update the data "
                "(File → Update the data).").format(date=self.data.metadata.get("data_date", "?"),
                                                    months=f"{limit:g}"))
        self.age_label.setVisible(age > limit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.lang = self.translations.set_language(lang)
        self.language_actions[self.lang].setChecked(True)
        if self.settings is not None:
            self.settings.setValue("ui/language", self.lang)
        self.retranslate()

    # -- search -----------------------------------------------------------------------------------
    def current_query(self) -> Query:
        role = self.role_combo.currentData()
        specialty = self.specialty_combo.currentData()
        return Query(
            text=self.search_edit.text(),
            location=self.location_edit.text().strip() or None,
            radius_km=RADII[self.radius_combo.currentIndex()],
            population=self.population_combo.currentData(),
            specialties=(specialty,) if specialty else (),
            roles=ROLE_FILTERS[role] if role else (),
            region=self.region_combo.currentData(),
            centre_ids=frozenset(self.userdata.favourites()) if self.userdata is not None
            and self.favourites_check.isChecked() else None,
        )

    def _schedule_search(self) -> None:
        self.search_timer.start()

    def _search_now(self) -> None:
        self.search_timer.stop()
        if self._restoring:
            return
        query = self.current_query()
        self.location_problem = ""
        try:
            outcome = self.searcher.run(query)
        except LocationError:
            self.location_problem = query.location or ""
            outcome = self.searcher.run(replace(query, location=None, radius_km=None))
        self.outcome = outcome
        selected = self.selected_centre_id()
        if self.userdata is not None:
            self.model.favourites = self.userdata.favourites()
        self.model.set_results(outcome.results)
        self._show_outcome(outcome)
        self.map.set_location(location_for(outcome.location, query.radius_km))
        shown = outcome.results[:MAX_MAP_MARKERS]  # a large directory: the best-ranked only, and the notice says so
        self.map.set_markers(self.marker_json(shown, self.lang), fit=False)
        self.map.fit_bounds(view_bounds(shown, outcome.location, query.radius_km))
        if selected and self.model.row_of(selected) >= 0:
            self.select_centre(selected)
        else:
            self.detail.show_result(None, outcome.diseases)
        self._save_filters()
        self.searchFinished.emit()

    def _show_outcome(self, outcome: SearchOutcome) -> None:
        lang = self.lang
        count = len(outcome.results)
        parts = [self.tr("{count} centre(s)").format(count=count)]
        parts += [disease_label(d, lang) for d in outcome.diseases[:3]]
        parts += [(g.name_en if lang == "en" else g.name_fr) for g in outcome.groups]
        if outcome.trials:
            parts.append(", ".join(trial_label(t) for t in outcome.trials))
        if outcome.location:
            parts.append(self.tr("location: {place}").format(place=outcome.location.label))
        if outcome.population_from_text and self.population_combo.currentData() is None:
            parts.append(label(POPULATION_LABELS, outcome.population_from_text, lang))  # "lupus enfant"
        self.summary_label.setText(" · ".join(parts))
        notices = []
        if self.location_problem:
            notices.append(self.tr("Unknown location “{place}”: type a postal code or a town (e.g. 62400, "
                                   "Béthune, Saint-Denis 93). Distances are not computed.").format(
                place=self.location_problem))
        if outcome.common:
            notices.append(outcome.common.advice_en if lang == "en" else outcome.common.advice_fr)
        if outcome.location_from_text:
            notices.append(self.tr("“{words}” is used as the location: {place}.").format(
                words=outcome.location_from_text, place=outcome.location.label if outcome.location else ""))
        if outcome.location and outcome.location.alternatives:
            notices.append(ambiguity_message(outcome.location, self.location_edit.text(), lang))
        if count > MAX_MAP_MARKERS:
            notices.append(self.tr("The map shows the first {shown} of {count} centres: narrow the search to see "
                                   "the others.").format(shown=f"{MAX_MAP_MARKERS:,}".replace(",", " "),
                                                         count=f"{count:,}".replace(",", " ")))
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))
        if count:
            self.results_stack.setCurrentWidget(self.table)
        else:
            text = empty_message(outcome, self.search_edit.text(), lang)
            self.empty_label.setText(text)
            self.empty_label.setAccessibleName(text)
            self.results_stack.setCurrentWidget(self.empty_label)

    def _update_completions(self, text: str) -> None:
        suggestions = []
        for hit in self.searcher.matcher.suggest(text, limit=10):
            if hit.target == "disease":
                suggestions.append(disease_label(self.data.diseases[hit.target_id], self.lang))
            else:
                group = self.data.groups[hit.target_id]
                suggestions.append(group.name_en if self.lang == "en" else group.name_fr)
        if suggestions == [text]:
            suggestions = []
        self.completer_model.setStringList(suggestions)

    def _update_location_completions(self, text: str) -> None:
        self.location_model.setStringList(self.searcher.gazetteer.suggest(text, limit=10))

    # -- selection --------------------------------------------------------------------------------
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

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.show_result(None, self.outcome.diseases if self.outcome else [])
            return
        source = self.proxy.mapToSource(current)
        result = self.model.result_at(source.row())
        self.detail.show_result(result, self.outcome.diseases if self.outcome else [])
        if result is not None:
            self.map.select(result.centre.id)

    # -- actions ----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_search(self) -> None:
        popup = self.completer.popup()
        if popup.isVisible():
            popup.hide()
            return
        self.search_edit.clear()
        self.search_edit.setFocus()

    def reset_filters(self) -> None:
        self._restoring = True
        for combo in (self.radius_combo, self.population_combo, self.specialty_combo, self.role_combo,
                      self.region_combo):
            combo.setCurrentIndex(0)
        self._restoring = False
        self._search_now()

    def edit_practice_location(self) -> None:
        current = get_str(self.settings, "practice/location") if self.settings is not None else ""
        text, ok = QInputDialog.getText(self, self.tr("Practice location"), self.tr(
            "Postal code or town of your practice (used as the default location):"), text=current)
        if not ok:
            return
        text = text.strip()
        if text:
            try:
                place = self.searcher.gazetteer.resolve(text)
            except LocationError:
                plaintext.warning(self, self.tr("Practice location"),
                                    self.tr("Unknown location “{place}”.").format(place=text))
                return
            text = place.label if place.precision == "commune" else text
        if self.settings is not None:
            self.settings.setValue("practice/location", text)
        if text:
            self.location_edit.setText(text)

    def prepare_referral(self, centre_id: str) -> ReferralDialog:
        dialog = ReferralDialog(self.data, centre_id, self.outcome.diseases if self.outcome else [], self.settings,
                                self.lang, self)
        dialog.open()
        return dialog

    def edit_doctor(self) -> None:
        DoctorDialog(self.settings, self).exec()

    def _on_favourite_toggled(self, centre_id: str, favourite: bool) -> None:
        if self.userdata is not None:
            self.model.favourites = self.userdata.favourites()
        row = self.model.row_of(centre_id)
        if row >= 0:
            self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, 0))
        if self.favourites_check.isChecked() and not favourite:
            self._search_now()

    def update_data(self) -> bool:
        dialog = UpdateDialog(self.data.path, self)
        if dialog.exec() != UpdateDialog.DialogCode.Accepted or dialog.applied_to is None:
            return False
        if not self.reload_data(dialog.applied_to):
            return False
        self.statusBar().showMessage(self.tr("Data updated; the previous version is kept."), 6000)
        return True

    def rollback_data(self) -> bool:
        # on the shipped data, "previous" is the user's own updated copy, kept in its backups
        bundled = self.data.path.resolve() == paths.bundled_database().resolve()
        target = paths.user_database() if bundled else self.data.path
        try:
            rollback(target)
        except (UpdateError, OSError) as exc:
            plaintext.information(self, self.tr("Go back to the previous data"), str(exc))
            return False
        # the user's copy back to the data it was copied from gives way to the shipped data
        if not self.reload_data(paths.active_database() if target == paths.user_database() else target):
            return False
        self.statusBar().showMessage(self.tr("The previous data are back."), 6000)
        return True

    def reload_data(self, path: Path) -> bool:
        """Switch to another reference database (after an update or a rollback) without restarting."""
        try:
            new = load_reference(path)
        except DatabaseError as exc:
            plaintext.critical(self, self.tr("Update the data"), str(exc))
            return False
        old = self.data
        self.detail.save_note()
        self.data = new
        self.searcher = Searcher(new, self.searcher.gazetteer)
        self.marker_json = MarkerJson()
        self.model.reference = new
        self.detail.reference = new
        current = self.region_combo.currentData()
        self._restoring = True
        self._fill_regions()
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(current)))
        self._restoring = False
        old.close()
        self._show_data_age()
        self._search_now()
        return True

    def _list_title(self) -> str:
        return f"Centre Finder — {self.summary_label.text()}"

    def export_csv(self, path: str | None = None) -> Path | None:
        results = self.outcome.results if self.outcome else []
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the list as CSV"), "centres.csv",
                                                  "CSV (*.csv)")
            if not path:
                return None
        try:
            write_csv(Path(path), self.data, results, self.lang)
        except OSError as exc:
            plaintext.critical(self, self.tr("Export"), self.tr("The file could not be written: {error}").format(
                error=exc.strerror or exc))
            return None
        self.statusBar().showMessage(self.tr("{count} centre(s) exported to {path}").format(
            count=len(results), path=path), 5000)
        return Path(path)

    def print_list(self) -> None:
        results = self.outcome.results if self.outcome else []
        print_html(results_html(self.data, results, self._list_title(), self.lang), self, title=self._list_title())

    def save_list_pdf(self, path: str | None = None) -> Path | None:
        results = self.outcome.results if self.outcome else []
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the list as PDF"), "centres.pdf", "PDF (*.pdf)")
            if not path:
                return None
        try:
            write_pdf(results_html(self.data, results, self._list_title(), self.lang), Path(path),
                      title=self._list_title())
        except OSError as exc:
            plaintext.critical(self, self.tr("Export"), self.tr("The file could not be written: {error}").format(
                error=exc.strerror or exc))
            return None
        return Path(path)

    def export_user_data(self, path: str | None = None) -> Path | None:
        if self.userdata is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export favourites and notes"),
                                                  "centre-finder-favoris.json", "JSON (*.json)")
            if not path:
                return None
        try:
            count = self.userdata.export_json(Path(path))
        except OSError as exc:
            plaintext.critical(self, self.tr("Export"), self.tr("The file could not be written: {error}").format(
                error=exc.strerror or exc))
            return None
        self.statusBar().showMessage(self.tr("{count} favourite(s) and note(s) exported").format(count=count), 5000)
        return Path(path)

    def import_user_data(self, path: str | None = None) -> bool:
        if self.userdata is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import favourites and notes"), "", "JSON (*.json)")
            if not path:
                return False
        try:
            added, updated = self.userdata.import_json(Path(path))
        except UserDataError as exc:
            plaintext.warning(self, self.tr("Import"), str(exc))
            return False
        plaintext.information(self, self.tr("Import"), self.tr(
            "{added} favourite(s) added, {updated} note(s) added or updated.").format(added=added, updated=updated))
        self._search_now()
        return True

    def orphans_text(self) -> str:
        if self.userdata is None:
            return ""
        notes, favourites = self.userdata.orphans(set(self.data.centres))
        if not notes and not favourites:
            return self.tr("Every favourite and note refers to a centre of the current data.")
        lines = [self.tr("These centres are no longer in the reference data; your notes are kept:"), ""]
        for note in notes:
            lines.append(f"{note.centre_id} ({note.updated_at[:10]}) : {note.body}")
        for centre_id in favourites:
            lines.append(f"★ {centre_id}")
        return "\n".join(lines)

    def show_orphans(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Notes on centres no longer listed"),
                          self.orphans_text(), QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_about_data(self) -> None:
        counts = self.data.counts
        meta = self.data.metadata
        lines = [
            self.tr("Data version: {version}").format(version=meta.get("data_version", "?")),
            self.tr("Built on: {date}").format(date=meta.get("built_at", "?")),
            self.tr("{n} centres, {d} diseases, {s} synonyms, {p} PNDS, {t} trials").format(
                n=counts.get("centres", 0), d=counts.get("diseases", 0), s=counts.get("synonyms", 0),
                p=counts.get("pnds", 0), t=counts.get("trials", 0)),
            self.tr("Database file: {path}").format(path=self.data.path),
            self.tr("Centres re-checked against their sources: {n} of {total} (latest: {date})").format(
                n=sum(1 for c in self.data.centres.values() if c.verified), total=len(self.data.centres),
                date=meta.get("data_date", "?")),
            "",
            self.tr("Centres by role:"),
            *[f"  {label(ROLE_LABELS, role, self.lang)} : {counts.get(f'role:{role}', 0)}" for role in ROLES],
            "",
            *coverage_lines(coverage(self.data, self.lang), self.lang),  # as db/tools/coverage.py prints them
            "",
            self.tr("Sources: public pages cited for every row (see each centre's provenance). Map © OpenStreetMap "
                    "contributors (ODbL); communes © INSEE, La Poste, IGN (Licence Ouverte)."),
        ]
        plaintext.information(self, self.tr("About the data"), "\n".join(lines))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Centre Finder"), self.tr(
            "Centre Finder {version}\nFinds the French expert centre for a rare autoimmune or autoinflammatory "
            "disease. Works offline.").format(version=__version__))

    # -- settings ---------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        if s is None:
            return
        self._restoring = True
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for key, splitter in (("window/main_splitter", self.main_splitter), ("window/left_splitter",
                                                                             self.left_splitter)):
            state = s.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        practice = get_str(s, "practice/location")
        self.location_edit.setText(practice or get_str(s, "filters/location"))
        self.search_edit.setText(get_str(s, "filters/text"))
        for key, combo in (("filters/radius", self.radius_combo), ("filters/population", self.population_combo),
                           ("filters/specialty", self.specialty_combo), ("filters/role", self.role_combo),
                           ("filters/region", self.region_combo)):
            wanted = get_str(s, key)
            for i in range(combo.count()):
                data = combo.itemData(i) if combo is not self.radius_combo else RADII[i]
                if str(data) == wanted:
                    combo.setCurrentIndex(i)
        self._restoring = False

    def _save_filters(self) -> None:
        s = self.settings
        if s is None:
            return
        s.setValue("filters/text", self.search_edit.text())
        s.setValue("filters/location", self.location_edit.text())
        s.setValue("filters/radius", str(RADII[self.radius_combo.currentIndex()]))
        for key, combo in (("filters/population", self.population_combo), ("filters/specialty",
                                                                           self.specialty_combo),
                           ("filters/role", self.role_combo), ("filters/region", self.region_combo)):
            s.setValue(key, str(combo.currentData()))

    def save_settings(self) -> None:
        s = self.settings
        if s is None:
            return
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/main_splitter", self.main_splitter.saveState())
        s.setValue("window/left_splitter", self.left_splitter.saveState())
        self._save_filters()
        s.sync()

    def closeEvent(self, event) -> None:
        self.save_settings()
        self.map.dispose()
        super().closeEvent(event)
