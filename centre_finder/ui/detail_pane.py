"""The detail pane: everything known about the selected centre, as plain text.

Every value is a QLabel in PlainText format: data holding HTML or script is shown as characters,
never interpreted. Unknown fields say so. Phone and address copy to the clipboard in one click.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from centre_finder.core.labels import (
    BASIS_LABELS,
    CONFIDENCE_LABELS,
    COORD_PRECISION_LABELS,
    PHONE_TYPE_LABELS,
    POPULATION_LABELS,
    ROLE_LABELS,
    SPECIALTY_LABELS,
    WARNING_LABELS,
    label,
)
from centre_finder.core.models import Disease, Result
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.referral.exports import contact_text
from centre_finder.core.referral.userdb import UserData
from centre_finder.core.search.explain import explain_match
from centre_finder.core.vocabulary.card import disease_card
from centre_finder.ui import plaintext
from centre_finder.ui.disease_card import DiseaseCardView
from centre_finder.ui.text_widgets import SAFE_SCHEMES, open_website, plain
from centre_finder.ui.trial_card import TrialCardView


class DetailPane(QScrollArea):
    prepareReferral = Signal(str)
    copied = Signal(str)
    favouriteToggled = Signal(str, bool)
    userDataError = Signal(str)
    rendered = Signal()  # new widgets: the window puts them in its Tab order

    def __init__(self, data: ReferenceData, userdata: UserData | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.reference = data
        self.userdata = userdata
        self.notes_edit: QPlainTextEdit | None = None
        self._note_centre = ""
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(500)
        self.note_timer.timeout.connect(self.save_note)
        self.lang = "fr"
        self.result: Result | None = None
        self.diseases: list[Disease] = []
        self.card_view = DiseaseCardView(self)
        self.trial_view = TrialCardView(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName("Détails du centre")
        self._render()

    def set_language(self, lang: str) -> None:
        self.save_note()
        self.lang = lang
        self.setAccessibleName(self.tr("Centre details"))
        self._render()

    def show_result(self, result: Result | None, diseases: list[Disease]) -> None:
        if result is None and self.result is None and [d.id for d in diseases[:1]] == [d.id for d in self.diseases[:1]]:
            self.diseases = diseases  # the empty pane shows the first disease's card: no rebuild on each keystroke
            return
        self.save_note()
        self.result = result
        self.diseases = diseases
        self._render()

    # -- rendering --------------------------------------------------------------------------------
    def _render(self) -> None:
        self.notes_edit = None
        self._note_centre = ""
        body = QWidget()
        body.setObjectName("detailBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)
        if self.result is None:
            card = disease_card(self.reference, self.diseases[0].id) if self.diseases else None
            if card is not None:
                self.card_view.add_card(layout, self.reference, card, self.lang)
            layout.addWidget(plain(self.tr(
                "Select a centre in the list or on the map to see its contact details, "
                "the diseases covered, the PNDS and where the data come from."), muted=True))
            layout.addStretch(1)
            self.setWidget(body)
            self.rendered.emit()
            return
        r = self.result
        c = r.centre
        lang = self.lang
        title = plain(c.name, bold=True, size=13)
        title.setObjectName("detailTitle")
        layout.addWidget(title)
        for w in r.warnings:
            if w == "not_referral_destination" and "registry_site_not_named" in r.warnings:
                continue  # the registry's masked site: the warning below says what to do
            if w in ("not_referral_destination", "registry_site_not_named", "establishment_unconfirmed",
                     "establishment_inferred", "population_unknown", "population_mismatch"):
                banner = plain("⚠ " + label(WARNING_LABELS, w, lang))
                banner.setStyleSheet("background: #fef3c7; color: #78350f; padding: 4px 6px; border-radius: 4px;")
                layout.addWidget(banner)
        if c.roles:
            layout.addWidget(plain(" · ".join(label(ROLE_LABELS, x, lang) for x in c.roles), bold=True))
        # the actions first: in view without scrolling, and first for the keyboard
        actions = QHBoxLayout()
        referral = QPushButton(self.tr("Prepare a referral…"))
        referral.setObjectName("prepareReferral")
        referral.setAccessibleName(referral.text())
        referral.clicked.connect(lambda: self.prepareReferral.emit(c.id))
        actions.addWidget(referral)
        actions.addWidget(self._copy_button(self.tr("Copy the contact"), contact_text(c, lang), "copyContact"))
        if self.userdata is not None:
            favourite = self.userdata.is_favourite(c.id)
            star = QPushButton(self.tr("★ Remove from favourites") if favourite else self.tr("☆ Add to favourites"))
            star.setObjectName("toggleFavourite")
            star.setAccessibleName(star.text())
            star.clicked.connect(lambda: self._toggle_favourite(c.id))
            if self.userdata.read_only:
                star.setEnabled(False)
                star.setToolTip(plaintext.tooltip(self.tr("Read-only: {reason}").format(
                    reason=self.userdata.read_only_reason)))
            actions.addWidget(star)
        actions.addStretch(1)
        layout.addLayout(actions)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(5)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        unknown = self.tr("Not known")

        def add(name: str, value: str, *, button: QPushButton | None = None, muted: bool = False) -> None:
            key = plain(name, muted=True)
            key.setWordWrap(False)
            value_widget = plain(value or unknown, muted=muted or not value)
            value_widget.setAccessibleName(f"{name} : {value or unknown}")
            if button is None:
                form.addRow(key, value_widget)
            else:
                field = QWidget()
                row = QHBoxLayout(field)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(value_widget, 1)
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                form.addRow(key, field)

        if c.reference_centre_name:
            reference = c.reference_centre_name
        elif "ccmr" in c.roles:
            reference = self.tr("Attachment to a reference centre not stated by the source")
        else:
            reference = self.tr("None known")
        add(self.tr("Reference centre"), reference)
        add(self.tr("Establishment"),
            f"{c.hospital}\n({label(CONFIDENCE_LABELS, c.confidence, lang)})" if c.hospital else "")
        add(self.tr("Department"), c.department)
        add(self.tr("Specialty"), label(SPECIALTY_LABELS, c.specialty, lang))
        add(self.tr("Patients"), label(POPULATION_LABELS, c.population, lang))
        add(self.tr("Coordinator"), c.coordinator)
        address = c.full_address
        copy_address = self._copy_button(self.tr("Copy address"), address, "copyAddress")
        if not c.address:
            address = self.tr("Street address not known — {place}").format(place=c.place)
        add(self.tr("Address"), address, button=copy_address)
        phone = f"{c.phone}\n{label(PHONE_TYPE_LABELS, c.phone_type, lang)}" if c.phone else ""
        add(self.tr("Phone"), phone,
            button=self._copy_button(self.tr("Copy number"), c.phone, "copyPhone") if c.phone
            else None)
        site_button = None
        if c.website:
            site_button = QPushButton(self.tr("Open"))
            site_button.setObjectName("openWebsite")
            site_button.setAccessibleName(self.tr("Open the website in the browser"))
            site_button.setEnabled(QUrl(c.website).scheme().lower() in SAFE_SCHEMES)
            site_button.clicked.connect(lambda: open_website(c.website))
        add(self.tr("Website"), c.website, button=site_button)
        add(self.tr("Position"), label(COORD_PRECISION_LABELS, c.coord_precision, lang))
        if c.finess_id:
            add(self.tr("FINESS number"), c.finess_id)
        if r.distance_km is not None:
            add(self.tr("Distance"), f"{r.distance_km:.0f} km " + self.tr("(straight line)"))
        layout.addLayout(form)

        if self.userdata is not None:
            header = plain(self.tr("Private note (kept on this computer only)"), bold=True)
            header.setStyleSheet("font-weight: bold; margin-top: 8px; border-bottom: 1px solid #d1d5db;")
            layout.addWidget(header)
            self.notes_edit = QPlainTextEdit()
            self.notes_edit.setObjectName("noteEditor")
            self.notes_edit.setAccessibleName(self.tr("Private note about this centre"))
            self.notes_edit.setPlaceholderText(self.tr("e.g. ask for Mme X, fax before calling…"))
            self.notes_edit.setPlainText(self.userdata.note(c.id))
            if self.userdata.read_only:  # shown, not editable, and the reason said where the note is
                self.notes_edit.setReadOnly(True)
                self.notes_edit.setPlaceholderText("")
                self.notes_edit.setToolTip(plaintext.tooltip(self.tr("Read-only: {reason}").format(
                    reason=self.userdata.read_only_reason)))
            self.notes_edit.setFixedHeight(70)
            self.notes_edit.setTabChangesFocus(True)  # Tab leaves the note (the pane is on the keyboard's way)
            self.notes_edit.textChanged.connect(self.note_timer.start)
            self._note_centre = c.id
            layout.addWidget(self.notes_edit)

        self._section(layout, self.tr("Why this centre"),
                      [explain_match(self.reference, m, lang) for m in r.matches if m.kind != "all"])
        self._section(layout, self.tr("Diseases covered"), self._covered())
        card = disease_card(self.reference, self.diseases[0].id) if self.diseases else None
        if card is not None:
            self.card_view.add_summary(layout, card, lang)
        self.trial_view.add_trials(layout, self.reference, c.id, lang,
                                   tuple(m.trial_id for m in r.matches if m.kind == "trial"))
        self._section(layout, self.tr("European Reference Network (ERN)"),
                      [label(ROLE_LABELS, "ern_member", lang) if "ern_member" in c.roles
                       else self.tr("Membership not documented.")])
        provenance = [
            self.tr("Checked on {date} in the cited sources").format(date=c.verified)
            if c.verified else self.tr("Never re-checked since the data were collected"),
            self.tr("Data: ") + self.reference.metadata.get("data_version", "?"),
        ]
        if c.notes:
            provenance.append(self.tr("Note: ") + c.notes)
        provenance += list(c.source_urls)
        self._section(layout, self.tr("Provenance"), provenance)
        layout.addStretch(1)
        self.setWidget(body)
        self.rendered.emit()

    ACTION_ORDER = ("prepareReferral", "copyContact", "toggleFavourite", "copyAddress", "copyPhone", "openWebsite",
                    "noteEditor", "openTrialRecord")

    def focus_chain(self) -> list[QWidget]:
        """The pane's controls in the order the keyboard should reach them: its actions first, then the pane."""
        widgets = [w for w in self.widget().findChildren(QWidget) if w.objectName() and w.isEnabled()]
        chain = [w for name in self.ACTION_ORDER for w in widgets if w.objectName() == name]
        return [*chain, self]

    def save_note(self) -> None:
        """Write the note being edited (called after a pause in typing, and before anything replaces it)."""
        self.note_timer.stop()
        if self.userdata is None or self.userdata.read_only or self.notes_edit is None or not self._note_centre:
            return
        text = self.notes_edit.toPlainText()
        try:
            if text != self.userdata.note(self._note_centre):
                self.userdata.set_note(self._note_centre, text)
        except sqlite3.Error as exc:  # locked by another instance for too long, disk full…
            self.note_timer.start(3000)  # the text stays in the editor; try again
            self.userDataError.emit(str(exc))

    def _toggle_favourite(self, centre_id: str) -> None:
        assert self.userdata is not None
        self.save_note()
        try:
            favourite = not self.userdata.is_favourite(centre_id)
            self.userdata.set_favourite(centre_id, favourite)
        except sqlite3.Error as exc:
            self.userDataError.emit(str(exc))
            return
        self.favouriteToggled.emit(centre_id, favourite)
        self._render()

    def _covered(self) -> list[str]:
        assert self.result is not None
        c = self.result.centre
        by_basis: dict[str, list[str]] = {}
        for e in self.reference.expertise.get(c.id, []):
            d = self.reference.diseases[e.disease_id]  # every disease with expertise has a row (curated or Orphanet)
            name = d.name_en if self.lang == "en" else d.name_fr
            by_basis.setdefault(e.basis, [])
            if e.basis == "ccmr_label":
                group = self.reference.groups.get(d.group)
                name = (group.name_en if self.lang == "en" else group.name_fr) if group else d.group
            if name not in by_basis[e.basis]:
                by_basis[e.basis].append(name)
        lines = []
        for basis in ("crmr_scope", "ccmr_label", "explicit"):
            if basis in by_basis:
                lines.append(f"{label(BASIS_LABELS, basis, self.lang).capitalize()} : {', '.join(by_basis[basis])}")
        return lines or [self.tr("No disease documented for this department.")]

    def _section(self, layout: QVBoxLayout, title: str, lines: list[str]) -> None:
        if not lines:
            return
        header = plain(title, bold=True)
        header.setStyleSheet("font-weight: bold; margin-top: 8px; border-bottom: 1px solid #d1d5db;")
        layout.addWidget(header)
        for line in lines:
            layout.addWidget(plain(line))

    def _copy_button(self, text: str, value: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setEnabled(bool(value))

        def copy() -> None:
            QGuiApplication.clipboard().setText(value)
            self.copied.emit(value)

        button.clicked.connect(copy)
        return button
