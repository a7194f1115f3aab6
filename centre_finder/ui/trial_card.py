"""The trial cards in the detail pane: for each trial run at the selected site, what the registry says of it (title,
NCT id and its ClinicalTrials.gov record, product and target, phase, sponsor, status, ages, enrolment, conditions,
dates, when the registry was read) and of each French site, this one first."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFormLayout, QPushButton, QVBoxLayout

from centre_finder.core.labels import TRIAL_RECRUITMENT_LABELS, label
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.trials.card import trial_card
from centre_finder.ui.text_widgets import open_website, plain

_HEADER_STYLE = "font-weight: bold; margin-top: 8px; border-bottom: 1px solid #d1d5db;"
_OPEN = "background: #dcfce7; color: #14532d; padding: 2px 6px; border-radius: 4px;"
_NOT_OPEN = "background: #f3f4f6; color: #374151; padding: 2px 6px; border-radius: 4px;"


class TrialCardView(QObject):
    """Adds the cards of a site's trials to a layout (a QObject for its translations)."""

    def add_trials(self, layout: QVBoxLayout, data: ReferenceData, centre_id: str, lang: str,
                   first: tuple[str, ...] = ()) -> list[QPushButton]:
        """The cards of the trials run at `centre_id`, those in `first` (the search's) first; returns the buttons
        that open a record, for the keyboard's order."""
        header = plain(self.tr("Trials"), bold=True)
        header.setStyleSheet(_HEADER_STYLE)
        layout.addWidget(header)
        trials = sorted(data.trials_for_centre(centre_id), key=lambda t: (t.id not in first, first.index(t.id)
                                                                           if t.id in first else 0))
        if not trials:
            layout.addWidget(plain(self.tr("No known trial."), muted=True))
            return []
        buttons = []
        for trial in trials:
            card = trial_card(data, trial.id, lang)
            if card is None:
                continue
            title = plain(f"{trial.registry_id or trial.kind} — {trial.title}", bold=True)
            title.setObjectName("trialTitle")
            layout.addWidget(title)
            here = trial.site_recruitment(centre_id)
            site = trial.site(centre_id)
            state = self.tr("At this site: {state}").format(state=label(TRIAL_RECRUITMENT_LABELS, here, lang))
            if site is not None and site.registry_status:
                state += f" ({site.registry_status})"
            elif trial.registry_id:
                state += " " + self.tr("(the trial's status: the registry gives none for this site)")
            badge = plain(state)
            badge.setObjectName("trialSiteState")
            badge.setStyleSheet(_OPEN if here == "recruiting" else _NOT_OPEN)
            layout.addWidget(badge)
            if card.url:
                button = QPushButton(self.tr("Open the ClinicalTrials.gov record") if trial.registry_id
                                     else self.tr("Open the trial's page"))
                button.setObjectName("openTrialRecord")
                button.setAccessibleName(f"{button.text()} — {card.url}")
                button.setToolTip(card.url)
                button.clicked.connect(lambda _checked=False, url=card.url: open_website(url))
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                buttons.append(button)
            form = QFormLayout()
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(3)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            for name, value in card.lines(lang)[1:]:  # the title is above
                key = plain(name, muted=True)
                key.setWordWrap(False)
                form.addRow(key, plain(value))
            layout.addLayout(form)
            sites = card.site_lines(lang, here=centre_id)
            if sites:
                layout.addWidget(plain(self.tr("Sites in France ({n})").format(n=len(sites)), bold=True))
                layout.addWidget(plain("\n".join(f"• {line}" for line in sites)))
        return buttons
