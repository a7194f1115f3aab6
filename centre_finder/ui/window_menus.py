"""The menu bar and the window's keyboard shortcuts; each action calls the window or its `WindowActions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut

from centre_finder.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from centre_finder.ui.main_window import MainWindow


class WindowMenus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        actions = window.window_actions
        bar = window.menuBar()

        def action(slot, *, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
            item = QAction(window)
            item.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                item.setShortcut(shortcut)
            return item

        self.file_menu = bar.addMenu("")
        self.export_csv_action = action(actions.export_csv)
        self.print_list_action = action(actions.print_list, shortcut=QKeySequence.StandardKey.Print)
        self.pdf_list_action = action(actions.save_list_pdf)
        self.export_user_action = action(actions.export_user_data)
        self.import_user_action = action(actions.import_user_data)
        self.orphans_action = action(actions.show_orphans)
        self.update_action = action(actions.update_data)
        self.trials_action = action(actions.refresh_trials)
        self.rollback_action = action(actions.rollback_data)
        for item in (self.export_csv_action, self.print_list_action, self.pdf_list_action):
            self.file_menu.addAction(item)
        self.file_menu.addSeparator()
        for item in (self.export_user_action, self.import_user_action, self.orphans_action):
            item.setEnabled(window.userdata is not None)
            self.file_menu.addAction(item)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.update_action)
        self.file_menu.addAction(self.trials_action)
        self.file_menu.addAction(self.rollback_action)
        self.file_menu.addSeparator()
        self.quit_action = action(window.close, shortcut=QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.quit_action)

        self.settings_menu = bar.addMenu("")
        self.practice_action = action(actions.edit_practice_location)
        self.settings_menu.addAction(self.practice_action)
        self.doctor_action = action(actions.edit_doctor)
        self.settings_menu.addAction(self.doctor_action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            item = QAction(name, window)
            item.setCheckable(True)
            item.setData(code)
            item.triggered.connect(lambda _checked=False, c=code: window.set_language(c))
            self.language_group.addAction(item)
            self.language_menu.addAction(item)
            self.language_actions[code] = item
        self.language_actions[window.lang].setChecked(True)

        self.help_menu = bar.addMenu("")
        self.about_data_action = action(actions.show_about_data)
        self.about_action = action(actions.show_about)
        self.help_menu.addAction(self.about_data_action)
        self.help_menu.addAction(self.about_action)

        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, window)
        self.find_shortcut.activated.connect(window.focus_search)
        # Escape clears the search field only when it is in the search field: Escape in the location's list of
        # places closes that list and nothing else
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window.search_edit)
        self.escape_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.escape_shortcut.activated.connect(window.clear_search)

    def retranslate(self) -> None:
        self.export_csv_action.setText(self.tr("&Export the list as CSV…"))
        self.print_list_action.setText(self.tr("&Print the list…"))
        self.pdf_list_action.setText(self.tr("Save the list as P&DF…"))
        self.export_user_action.setText(self.tr("Export favourites and notes…"))
        self.import_user_action.setText(self.tr("Import favourites and notes…"))
        self.orphans_action.setText(self.tr("Notes on centres no longer listed…"))
        self.doctor_action.setText(self.tr("Referring &doctor…"))
        self.update_action.setText(self.tr("&Update the data…"))
        self.trials_action.setText(self.tr("Update the &trials (ClinicalTrials.gov)…"))
        self.rollback_action.setText(self.tr("Go back to the previous &data"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_menu.setTitle(self.tr("S&ettings"))
        self.practice_action.setText(self.tr("Practice &location…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_data_action.setText(self.tr("About the &data…"))
        self.about_action.setText(self.tr("&About Centre Finder…"))
