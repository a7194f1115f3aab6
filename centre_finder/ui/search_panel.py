"""The search panel: what the user asks (text, location, radius) and the filters, as a `Query`."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from centre_finder.core.labels import POPULATION_LABELS, SPECIALTY_LABELS, label
from centre_finder.core.models import REFERENCE_ROLES, SPECIALTIES, Query
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.explain import Suggestion
from centre_finder.ui.popup_clicks import ClickThrough
from centre_finder.ui.settings import get_str

RADII = (None, 25, 50, 100, 200, 500)
ROLE_FILTERS = {  # what the user picks → the data roles it stands for
    "reference": tuple(sorted(REFERENCE_ROLES)),
    "ccmr": ("ccmr",),
    "cri_imidiate": ("cri_imidiate",),
    "cart_trial_site": ("cart_trial_site",),
    "ern_member": ("ern_member",),
}


class CompletionModel(QStandardItemModel):
    """Completion lines that show a disease's name, code and the synonym typed, and insert its name and code."""

    TEXT_ROLE = Qt.ItemDataRole.UserRole + 1

    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.clear()
        for suggestion in suggestions:
            item = QStandardItem(suggestion.display)
            item.setData(suggestion.text, self.TEXT_ROLE)
            item.setEditable(False)
            self.appendRow(item)

    def texts(self) -> list[str]:
        return [self.item(row).data(self.TEXT_ROLE) for row in range(self.rowCount())]

    def displays(self) -> list[str]:
        return [self.item(row).text() for row in range(self.rowCount())]


class SearchPanel(QWidget):
    """Two rows: search text, location and radius; then patients, specialty, role, region, favourites, reset."""

    def __init__(self, data: ReferenceData, *, with_favourites: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        row1 = QHBoxLayout()
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchField")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.search_label.setBuddy(self.search_edit)
        self.completer_model = CompletionModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionRole(CompletionModel.TEXT_ROLE)  # the line shows more than it inserts
        self.search_edit.setCompleter(self.completer)
        ClickThrough(self.completer)
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
        ClickThrough(self.location_completer)
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
        self.fill_regions(data)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetFilters")
        self.favourites_check = QCheckBox()
        self.favourites_check.setObjectName("favouritesFilter")
        self.favourites_check.setEnabled(with_favourites)
        self.recruiting_check = QCheckBox()
        self.recruiting_check.setObjectName("recruitingFilter")
        for lab, combo in ((self.population_label, self.population_combo), (self.specialty_label, self.specialty_combo),
                           (self.role_label, self.role_combo), (self.region_label, self.region_combo)):
            lab.setBuddy(combo)
            row2.addWidget(lab)
            row2.addWidget(combo)
        row2.addWidget(self.favourites_check)
        row2.addWidget(self.recruiting_check)
        row2.addStretch(1)
        row2.addWidget(self.reset_button)
        for combo in self.combos:  # wide enough for their longest entry: a filter's label is never cut
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        outer.addLayout(row2)

    @property
    def combos(self) -> tuple[QComboBox, ...]:
        return (self.radius_combo, self.population_combo, self.specialty_combo, self.role_combo, self.region_combo)

    def fill_regions(self, data: ReferenceData) -> None:
        self.data = data
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("All regions"), None)
        for region in data.regions():
            self.region_combo.addItem(region, region)

    def query(self, favourites: frozenset[str] | None) -> Query:
        """The query the widgets describe; `favourites` restricts it when "Favourites only" is ticked."""
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
            centre_ids=favourites if favourites is not None and self.favourites_check.isChecked() else None,
            recruiting=self.recruiting_check.isChecked(),
        )

    def reset_filters(self) -> None:
        for combo in self.combos:
            combo.setCurrentIndex(0)
        self.favourites_check.setChecked(False)
        self.recruiting_check.setChecked(False)

    @property
    def checks(self) -> tuple[QCheckBox, ...]:
        return (self.favourites_check, self.recruiting_check)

    # -- settings ---------------------------------------------------------------------------------
    def restore(self, settings: QSettings) -> None:
        """At start: the practice location (or the last one used), never the last filters, which could open the
        app on an empty list without saying why."""
        self.location_edit.setText(get_str(settings, "practice/location") or get_str(settings, "filters/location"))

    def save(self, settings: QSettings) -> None:
        settings.setValue("filters/location", self.location_edit.text())

    # -- texts ------------------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
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
            "reference": self.tr("Reference centre"),
            "ccmr": self.tr("Competence centre"),
            "cri_imidiate": self.tr("CRI-IMIDIATE network"),
            "cart_trial_site": self.tr("CAR-T trial site"),
            "ern_member": self.tr("European network (ERN)"),
        }
        for i in range(self.role_combo.count()):
            self.role_combo.setItemText(i, role_texts[self.role_combo.itemData(i)])
        self.region_label.setText(self.tr("Re&gion"))
        self.region_combo.setAccessibleName(self.tr("Region"))
        self.region_combo.setItemText(0, self.tr("All regions"))
        self.favourites_check.setText(self.tr("★ Favourites only"))
        self.favourites_check.setAccessibleName(self.tr("Show only my favourite centres"))
        self.recruiting_check.setText(self.tr("Open recruitment"))
        self.recruiting_check.setAccessibleName(self.tr("Show only the sites of trials recruiting now"))
        self.recruiting_check.setToolTip(self.tr(
            "Only the sites of CAR-T trials that recruit now, as the registry said when it was last read"))
        self.reset_button.setText(self.tr("Reset filters"))
        self.reset_button.setAccessibleName(self.tr("Reset filters"))
