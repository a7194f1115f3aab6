"""The disease card in the detail pane: Orphanet names and codes, classification, onset, prevalence, the reference
centres that cover the disease (and through which group), the PNDS, with links a doctor can cite."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.reference.links import pnds_link
from centre_finder.core.search.explain import route_text
from centre_finder.core.vocabulary.card import DiseaseCard, orphanet_credit
from centre_finder.ui.text_widgets import open_website, plain


def _link_button(text: str, url: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(f"{text} — {url}")
    button.setToolTip(url)
    button.clicked.connect(lambda: open_website(url))
    return button


def _header(layout: QVBoxLayout, title: str) -> None:
    header = plain(title, bold=True)
    header.setStyleSheet("font-weight: bold; margin-top: 8px; border-bottom: 1px solid #d1d5db;")
    layout.addWidget(header)


def _row(text: str, button: QPushButton, *, muted: bool = False) -> QWidget:
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(plain(text, muted=muted), 1)
    line.addWidget(button)
    return row


class DiseaseCardView(QObject):
    """Adds a card's widgets to a layout (a QObject for its translations)."""

    def add_card(self, layout: QVBoxLayout, data: ReferenceData, card: DiseaseCard, lang: str) -> None:
        """The whole card: the pane shows it while no centre is selected."""
        en = lang == "en"
        title = plain(card.name(lang), bold=True, size=13)
        title.setObjectName("diseaseTitle")
        layout.addWidget(title)
        layout.addWidget(plain(f"ORPHA {card.orpha_code}" if card.orpha_code else self.tr("ORPHA code unknown"),
                               bold=True))
        if not card.in_networks:
            banner = plain(self.tr(
                "Outside the networks Centre Finder covers (FAI²R and CRI-IMIDIATE): this disease belongs to another "
                "French rare-disease network (filière de santé maladies rares). Its Orphanet page lists its expert "
                "centres."))
            banner.setObjectName("outOfNetwork")
            banner.setStyleSheet("background: #fef3c7; color: #78350f; padding: 4px 6px; border-radius: 4px;")
            layout.addWidget(banner)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(5)
        other = card.name_fr if en else card.name_en
        if other and other != card.name(lang):
            form.addRow(self.tr("French name") if en else self.tr("English name"), plain(other))
        synonyms = card.synonyms_en if en else card.synonyms_fr
        if synonyms:
            form.addRow(self.tr("Synonyms"), plain(", ".join(synonyms[:10])))
        form.addRow(self.tr("ICD-10"), plain(", ".join(card.icd10) or self.tr("no link in the Orphanet master file")))
        if card.parents:
            form.addRow(self.tr("Orphanet groups"), plain("\n".join(
                f"{name_en if en else name_fr} (ORPHA {code})" for code, name_fr, name_en in card.parents)))
        if card.onset:
            form.addRow(self.tr("Age of onset"), plain(card.onset_text(lang)))
        if card.prevalence:
            form.addRow(self.tr("Prevalence"), plain(card.prevalence_text(lang)))
        layout.addLayout(form)
        if card.definition_en:
            prefix = "" if en else self.tr("Orphanet definition (in English): ")
            layout.addWidget(plain(prefix + card.definition_en, muted=True))
        _header(layout, self.tr("Reference centres covering this disease"))
        if card.reference_centres:
            for rc in card.reference_centres:
                route = "\n" + self.tr("through {route}").format(route=route_text(data, rc.route, lang)) \
                    if rc.route else ""
                layout.addWidget(plain(rc.name + route))
        else:
            layout.addWidget(plain(self.tr(
                "None: no FAI²R reference centre's scope names this disease or a group above it.")))
        self._add_pnds(layout, card, lang)
        if card.orpha_code:
            layout.addWidget(_row(card.url(lang), _link_button(self.tr("Orphanet page"), card.url(lang),
                                                               "openOrphanet"), muted=True))
        layout.addWidget(plain(orphanet_credit(data.metadata, lang), muted=True))  # CC BY 4.0: source and version

    def add_summary(self, layout: QVBoxLayout, card: DiseaseCard, lang: str) -> None:
        """A few lines on the disease searched, under a selected centre: name, codes, Orphanet page, PNDS."""
        _header(layout, self.tr("Disease searched"))
        icd = f" · {self.tr('ICD-10')} {', '.join(card.icd10)}" if card.icd10 else ""
        layout.addWidget(plain(f"{card.name(lang)} (ORPHA {card.orpha_code or '?'}){icd}"))
        if card.orpha_code:
            layout.addWidget(_row(card.url(lang), _link_button(self.tr("Orphanet page"), card.url(lang),
                                                               "openOrphanetSummary"), muted=True))
        self._add_pnds(layout, card, lang)

    def _add_pnds(self, layout: QVBoxLayout, card: DiseaseCard, lang: str) -> None:
        _header(layout, self.tr("National care protocols (PNDS)"))
        if not card.pnds:
            layout.addWidget(plain(self.tr("No PNDS in the database for this disease.")))
            return
        for pnds in card.pnds:
            note = "" if pnds.url else "\n" + self.tr("Official address not found: the button opens the HAS list "
                                                      "of all PNDS.")
            layout.addWidget(_row(f"{pnds.title} ({pnds.year}){note}",
                                  _link_button(self.tr("Open"), pnds_link(pnds.url), "openPnds")))
