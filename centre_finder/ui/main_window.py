"""The main window assembles the panels and keeps them in step: search panel → results list, detail, map.

The pieces live in their own modules: `search_panel` (query, location, filters), `banners` (notices, summary),
`results_view` (the table), `detail_pane`, `map_view`, `search_controller` (runs the searches),
`window_menus` and `window_actions` (what the menus do).
"""

from __future__ import annotations

import threading
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from centre_finder.core.models import Query, SearchOutcome
from centre_finder.core.reference.database import DatabaseError, ExpertiseByCentre, ReferenceData
from centre_finder.core.reference.database import load as load_reference
from centre_finder.core.referral.userdb import UserData
from centre_finder.core.search.explain import empty_message, ranking_notices
from centre_finder.core.search.searcher import Searcher
from centre_finder.mapping.markers import location_for, map_texts, shown_centres, view_bounds
from centre_finder.ui import plaintext
from centre_finder.ui.banners import SearchBanners
from centre_finder.ui.detail_pane import DetailPane
from centre_finder.ui.i18n import Translations
from centre_finder.ui.location_completion import LocationCompletion
from centre_finder.ui.map_view import take_map_view
from centre_finder.ui.referral_dialog import ReferralDialog
from centre_finder.ui.results_view import ResultsView
from centre_finder.ui.search_controller import SearchController
from centre_finder.ui.search_panel import SearchPanel
from centre_finder.ui.style import FOCUS_RING
from centre_finder.ui.symptom_panel import SymptomPanel
from centre_finder.ui.window_actions import WindowActions
from centre_finder.ui.window_menus import WindowMenus

# markers on the map at once: the page stays fluid (see benchmarks/RESULTS.md), the table shows every result
MAX_MAP_MARKERS = 10_000
# an unknown location is said once the user stops typing it (or picks or confirms it), not at "Bord"
LOCATION_PAUSE_MS = 1200
# the places load once the first results are on the map, or after this long at the latest
PLACES_AT_THE_LATEST_MS = 3000


class MainWindow(QMainWindow):
    searchFinished = Signal()

    def __init__(self, data: ReferenceData, translations: Translations, settings: QSettings | None,
                 userdata: UserData | None = None, searcher: Searcher | None = None):
        super().__init__()
        self.data = data
        self.userdata = userdata
        self.controller = SearchController(data, self, searcher)  # app.py builds it while the map page loads
        self.translations = translations
        self.settings = settings
        self.lang = translations.lang
        self.outcome: SearchOutcome | None = None
        self._restoring = False
        self._asked: tuple[str, str | None] | None = None  # the text and location of the last search
        self.setObjectName("mainWindow")
        self.setStyleSheet(FOCUS_RING)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self._build_widgets()
        self.window_actions = WindowActions(self)
        self.menus = WindowMenus(self)
        self.file_menu = self.menus.file_menu
        self.language_actions = self.menus.language_actions
        self._connect()
        self.retranslate()
        self._set_tab_order()
        self._restore_settings()
        self.map.start()
        self.search_timer.stop()  # restoring the fields scheduled a search: the first search comes below
        QTimer.singleShot(0, self._first_search)  # from the event loop: the window is built and shown first
        # The places (gazetteer and completion index: 0.4 s of Python in a thread) load once the first results are
        # on the map: loaded alongside, they would hold the interpreter that the page's requests wait for (each
        # one is checked and served in Python), and the first paint would come 0.7 s later. A location to
        # resolve, a keystroke in the location field or this timer loads them sooner. The expertise of each centre
        # is grouped then too (0.1 s with 100,000 centres, which the first selection would otherwise pay).
        self._prepared_expertise: ExpertiseByCentre | None = None
        self.map.tilesLoaded.connect(self._prepare_once_shown)
        QTimer.singleShot(PLACES_AT_THE_LATEST_MS, self.prepare_after_first_paint)

    def load_places(self) -> None:
        """Load the gazetteer, then the location completion index, in a thread (once)."""
        self.location_completion.prepare_in_background()

    def prepare_after_first_paint(self) -> None:
        """What the first paint need not wait for, in threads: the places, the expertise grouped by centre."""
        self.load_places()
        expertise = self.data.expertise
        if self._prepared_expertise is not expertise:  # once for these data
            self._prepared_expertise = expertise
            threading.Thread(target=expertise.prepare, name="expertise-by-centre", daemon=True).start()

    def _prepare_once_shown(self) -> None:
        if self.outcome is not None and self.map.markers_shown:
            self.prepare_after_first_paint()

    def _first_search(self) -> None:
        if self.outcome is not None:  # a search ran meanwhile (fields set by whoever opened the window)
            return
        if self.controller.gazetteer_ready or not self.location_edit.text().strip():
            self._search_now()
        else:  # the location needs the gazetteer: it loads in a thread while the event loop serves the page
            self.load_places()
            QTimer.singleShot(10, self._first_search)

    # -- construction -----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)
        self.search_panel = SearchPanel(self.data, with_favourites=self.userdata is not None)
        outer.addWidget(self.search_panel)
        self.banners = SearchBanners()
        outer.addWidget(self.banners)
        self.results_view = ResultsView(self.data, self.lang)
        self.detail = DetailPane(self.data, self.userdata)
        self.detail.lang = self.lang
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.results_view)
        self.left_splitter.addWidget(self.detail)
        self.left_splitter.setSizes([430, 370])
        self.map = take_map_view(offline_name=self.tr("Offline map"), online_name=self.tr("OpenStreetMap (online)"))
        self.map.setObjectName("mapView")
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.map)
        self.main_splitter.setSizes([760, 620])
        self.main_splitter.setChildrenCollapsible(False)
        outer.addWidget(self.main_splitter, 1)
        # two modes side by side: the centre search, and orientation by signs (which leads back to the search)
        self.symptom_panel = SymptomPanel(self.data)
        self.modes = QTabWidget()
        self.modes.setObjectName("modes")
        self.modes.setDocumentMode(True)
        self.modes.addTab(central, "")
        self.modes.addTab(self.symptom_panel, "")
        self.setCentralWidget(self.modes)
        self.statusBar()
        self.resize(1400, 900)

        # the parts tests and tools reach through the window
        panel = self.search_panel
        self.search_label, self.search_edit, self.location_edit = panel.search_label, panel.search_edit, \
            panel.location_edit
        self.completer, self.completer_model = panel.completer, panel.completer_model
        self.location_completer, self.location_model = panel.location_completer, panel.location_model
        self.radius_combo, self.population_combo = panel.radius_combo, panel.population_combo
        self.specialty_combo, self.role_combo, self.region_combo = panel.specialty_combo, panel.role_combo, \
            panel.region_combo
        self.favourites_check, self.reset_button = panel.favourites_check, panel.reset_button
        self.notice_label, self.age_label = self.banners.notice_label, self.banners.age_label
        self.summary_label = self.banners.summary_label
        self.results_stack = self.results_view.stack
        self.table, self.empty_label = self.results_view.table, self.results_view.empty_label
        self.model, self.proxy = self.results_view.model, self.results_view.proxy
        self.search_timer = self.controller.timer
        self.location_pause = QTimer(self)
        self.location_pause.setSingleShot(True)
        self.location_pause.setInterval(LOCATION_PAUSE_MS)

    @property
    def searcher(self) -> Searcher:
        return self.controller.searcher

    @property
    def location_problem(self) -> str:
        return self.controller.location_problem

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._schedule_search)
        self.search_edit.textEdited.connect(self._update_completions)
        self.search_edit.returnPressed.connect(self._search_now)
        self.completer.activated.connect(lambda _text: self._search_now())
        self.location_edit.textChanged.connect(self._schedule_search)
        self.location_completion = LocationCompletion(self.location_edit, self.location_model,
                                                      self.searcher.gazetteer, self)
        self.location_edit.textEdited.connect(lambda _text: self.location_pause.start())
        self.location_edit.returnPressed.connect(self._location_settled)
        self.location_completer.activated.connect(lambda _text: self._location_settled())
        self.location_pause.timeout.connect(self._location_settled)
        for combo in self.search_panel.combos:
            combo.currentIndexChanged.connect(self._search_now)
        self.reset_button.clicked.connect(self.reset_filters)
        for check in self.search_panel.checks:
            check.toggled.connect(self._search_now)
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
        self.detail.rendered.connect(self._set_tab_order)
        self.modes.currentChanged.connect(self._mode_changed)
        self.symptom_panel.searchCentres.connect(self.search_disease)

    # -- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.lang
        self.setWindowTitle(self.tr("Centre Finder — expert centres for rare autoimmune and "
                                    "autoinflammatory diseases"))
        self.search_panel.retranslate(lang)
        self.modes.setTabText(0, self.tr("&Centre search"))
        self.modes.setTabText(1, self.tr("&Orientation by signs"))
        self.symptom_panel.retranslate(lang)
        self.menus.retranslate()
        self.table.setAccessibleName(self.tr("Results: centres found"))
        self.map.setAccessibleName(self.tr("Map of the centres found (the results table lists the same centres)"))
        self.results_view.set_language(lang)
        self.detail.set_language(lang)
        self._show_data_age()
        self.map.set_layer_names(self.tr("Offline map"), self.tr("OpenStreetMap (online)"))
        self.map.set_texts(map_texts(lang))
        if self.outcome is not None:
            self._show_outcome(self.outcome)

    def _show_data_age(self) -> None:
        self.banners.show_data_age(self.data, self.settings)

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
        return self.search_panel.query(frozenset(self.userdata.favourites()) if self.userdata is not None else None)

    def _schedule_search(self) -> None:
        self.search_timer.start()

    def _search_now(self) -> None:
        self.search_timer.stop()
        if self._restoring:
            return
        query = self.current_query()
        asked = (query.text.strip(), query.location)
        fresh = asked != self._asked  # a new question starts at the top, in the search's order, nothing selected
        self._asked = asked
        outcome = self.outcome = self.controller.run(query)
        selected = None if fresh else self.selected_centre_id()
        if fresh:
            self.results_view.reset_sort()
        if self.userdata is not None:
            self.model.favourites = self.userdata.favourites()
        self.model.age_asked = bool(query.population or outcome.population_from_text
                                    or any(d.population for d in outcome.diseases))
        self.model.set_results(outcome.results)
        self._show_outcome(outcome)
        self.map.set_location(location_for(outcome.location, query.radius_km))
        shown = shown_centres(outcome.results, MAX_MAP_MARKERS)  # many results: the best-ranked, and a notice
        self.map.show_centres(shown, fit=False)
        self.map.fit_bounds(view_bounds(shown, outcome.location, query.radius_km))
        if selected and self.model.row_of(selected) >= 0:
            self.select_centre(selected)
        else:
            self.results_view.start_at_top()
            self.detail.show_result(None, outcome.diseases)
        self._save_filters()
        self.searchFinished.emit()

    def _mode_changed(self, index: int) -> None:
        if self.modes.widget(index) is self.symptom_panel:
            self.symptom_panel.load_in_background()
            self.symptom_panel.sign_edit.setFocus()

    def search_disease(self, text: str) -> None:
        """From a candidate of the orientation by signs: the centre search for that disease near the patient."""
        self.modes.setCurrentIndex(0)
        self.search_edit.setText(text)
        self._search_now()
        self.table.setFocus()

    def _location_settled(self) -> None:
        """The user paused, picked or confirmed the location: an unknown one can now be said."""
        self.location_pause.stop()
        if self.outcome is not None:
            self._show_outcome(self.outcome)

    def _show_outcome(self, outcome: SearchOutcome) -> None:
        typing = self.location_pause.isActive()
        self.banners.show_outcome(outcome, self.lang, location_problem="" if typing else self.location_problem,
                                  typed_location=self.location_edit.text(),
                                  population_filtered=self.population_combo.currentData() is not None,
                                  map_limit=MAX_MAP_MARKERS, notes=ranking_notices(self.data, outcome, self.lang))
        if outcome.results:
            self.results_view.show_table()
        else:
            self.results_view.show_empty(empty_message(outcome, self.search_edit.text(), self.lang))

    def _update_completions(self, text: str) -> None:
        self.completer_model.set_suggestions(self.controller.disease_suggestions(text, self.lang))

    # -- selection --------------------------------------------------------------------------------
    def selected_centre_id(self) -> str | None:
        return self.results_view.selected_centre_id()

    def select_centre(self, centre_id: str) -> bool:
        return self.results_view.select_centre(centre_id)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        diseases = self.outcome.diseases if self.outcome else []
        result = self.results_view.result_at(current) if current.isValid() else None
        self.detail.show_result(result, diseases)
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
        """Every filter, the sort and the selection back to how a search starts."""
        self._restoring = True
        self.search_panel.reset_filters()
        self._restoring = False
        self._asked = None
        self._search_now()

    def _set_tab_order(self) -> None:
        """Search → location → filters → list → the detail's actions → map (the detail's widgets are rebuilt
        with each centre, so the chain is set again each time)."""
        chain = [self.search_edit, self.location_edit, *self.search_panel.combos, *self.search_panel.checks,
                 self.reset_button, self.table, *self.detail.focus_chain(), self.map]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_favourite_toggled(self, centre_id: str, favourite: bool) -> None:
        if self.userdata is not None:
            self.model.favourites = self.userdata.favourites()
        row = self.model.row_of(centre_id)
        if row >= 0:
            self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, 0))
        if self.favourites_check.isChecked() and not favourite:
            self._search_now()

    def prepare_referral(self, centre_id: str) -> ReferralDialog:
        return self.window_actions.prepare_referral(centre_id)

    # the menus' actions, reachable from the window as before
    def export_csv(self, path: str | None = None) -> Path | None:
        return self.window_actions.export_csv(path)

    def save_list_pdf(self, path: str | None = None) -> Path | None:
        return self.window_actions.save_list_pdf(path)

    def export_user_data(self, path: str | None = None) -> Path | None:
        return self.window_actions.export_user_data(path)

    def import_user_data(self, path: str | None = None) -> bool:
        return self.window_actions.import_user_data(path)

    def orphans_text(self) -> str:
        return self.window_actions.orphans_text()

    def show_about_data(self) -> None:
        self.window_actions.show_about_data()

    def update_data(self) -> bool:
        return self.window_actions.update_data()

    def rollback_data(self) -> bool:
        return self.window_actions.rollback_data()

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
        self.controller.set_data(new)
        self.map.forget_markers()
        self.symptom_panel.set_data(new)
        self.model.reference = new
        self.detail.reference = new
        current = self.region_combo.currentData()
        self._restoring = True
        self.search_panel.fill_regions(new)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(current)))
        self._restoring = False
        old.close()
        self._show_data_age()
        self._search_now()
        return True

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
        self.search_panel.restore(s)
        self._restoring = False

    def _save_filters(self) -> None:
        if self.settings is not None:
            self.search_panel.save(self.settings)

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
