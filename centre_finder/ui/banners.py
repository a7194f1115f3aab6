"""The lines above the results: notices about the search, the data-age warning and the one-line summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from centre_finder.core.labels import POPULATION_LABELS, label
from centre_finder.core.models import SearchOutcome
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.explain import ambiguity_message, disease_label, trial_label
from centre_finder.core.search.gazetteer import MAX_LOCATION_CHARS

DEFAULT_MAX_AGE_MONTHS = 12


def _banner(name: str, style: str) -> QLabel:
    widget = QLabel()
    widget.setObjectName(name)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setStyleSheet(style)
    return widget


def data_age_months(data: ReferenceData) -> float:
    text = data.metadata.get("data_date") or data.metadata.get("built_at", "")[:10]
    try:
        when = date.fromisoformat(text[:10])
    except ValueError:
        return float("inf")
    return (date.today() - when).days / 30.44


class SearchBanners(QWidget):
    """Notices (yellow), the old-data warning (red) and the summary (bold), top to bottom."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.notice_label = _banner(
            "notice", "background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; border-radius: 4px; "
            "padding: 4px 8px;")
        self.notice_label.hide()
        self.age_label = _banner(
            "dataAgeBanner", "background: #fee2e2; color: #7f1d1d; border: 1px solid #ef4444; border-radius: 4px; "
            "padding: 4px 8px;")
        self.age_label.hide()
        self.summary_label = _banner("resultSummary", "font-weight: bold;")
        for widget in (self.notice_label, self.age_label, self.summary_label):
            layout.addWidget(widget)

    def show_data_age(self, data: ReferenceData, settings: QSettings | None) -> None:
        limit = DEFAULT_MAX_AGE_MONTHS
        if settings is not None:
            try:
                limit = float(settings.value("data/max_age_months", DEFAULT_MAX_AGE_MONTHS))
            except (TypeError, ValueError):
                limit = DEFAULT_MAX_AGE_MONTHS
        age = data_age_months(data)
        if age > limit:
            self.age_label.setText(self.tr(
                "These data were last checked on {date}, more than {months} months ago: labels, coordinators and "
                "phone numbers change. Check with the centre before referring, or update the data "
                "(File → Update the data).").format(date=data.metadata.get("data_date", "?"),
                                                    months=f"{limit:g}"))
        self.age_label.setVisible(age > limit)

    def show_outcome(self, outcome: SearchOutcome, lang: str, *, location_problem: str, typed_location: str,
                     population_filtered: bool, map_limit: int, notes: Sequence[str] = ()) -> None:
        """The summary line, and the notices: the location, a common disease, then `notes` on the order."""
        count = len(outcome.results)
        parts = [self.tr("{count} centre(s)").format(count=count)]
        parts += [disease_label(d, lang) for d in outcome.diseases[:3]]
        parts += [(g.name_en if lang == "en" else g.name_fr) for g in outcome.groups]
        if outcome.trials:
            parts.append(", ".join(trial_label(t) for t in outcome.trials))
        if outcome.location:
            parts.append(self.tr("location: {place}").format(place=outcome.location.label))
        if outcome.population_from_text and not population_filtered:
            parts.append(label(POPULATION_LABELS, outcome.population_from_text, lang))  # "lupus enfant"
        self.summary_label.setText(" · ".join(parts))
        notices = []
        if len(location_problem) > MAX_LOCATION_CHARS:  # refused unread (LocationTooLong): not repeated here
            notices.append(self.tr("The location is too long ({count} characters, at most {limit}): type a postal "
                                   "code or a town.").format(count=len(location_problem), limit=MAX_LOCATION_CHARS))
        elif location_problem:
            notices.append(self.tr("Unknown location “{place}”: type a postal code or a town (e.g. 62400, "
                                   "Béthune, Saint-Denis 93). Distances are not computed.").format(
                place=location_problem))
        if outcome.common:
            notices.append(outcome.common.advice_en if lang == "en" else outcome.common.advice_fr)
        if outcome.location_from_text:
            notices.append(self.tr("“{words}” is used as the location: {place}.").format(
                words=outcome.location_from_text, place=outcome.location.label if outcome.location else ""))
        if outcome.location and outcome.location.alternatives:
            notices.append(ambiguity_message(outcome.location, typed_location, lang))
        if count > map_limit:
            notices.append(self.tr("The map shows the first {shown} of {count} centres: narrow the search to see "
                                   "the others.").format(shown=f"{map_limit:,}".replace(",", " "),
                                                         count=f"{count:,}".replace(",", " ")))
        notices += notes
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))
