"""The printed list of results, as plain data: what was asked, where, when, and one row per centre.

The UI lays it out on pages (ui/list_printing.py): column headings on every page, never a row cut in two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from centre_finder.core.labels import PHONE_TYPE_LABELS, label
from centre_finder.core.models import Result
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.referral.letter import long_date
from centre_finder.core.search.explain import badges, distance_text

HEADERS = {
    "fr": ("Centre (établissement, service)", "Pourquoi", "Adresse", "Téléphone", "Distance"),
    "en": ("Centre (establishment, department)", "Why", "Address", "Phone", "Distance"),
}
WIDTHS = (0.31, 0.21, 0.22, 0.18, 0.08)  # shares of the page width


@dataclass
class PrintedList:
    title: str
    lines: list[str]  # what was asked, where, the print date; then notes on the list
    headers: tuple[str, ...]
    widths: tuple[float, ...]
    rows: list[tuple[str, ...]]
    footer: str
    warned: list[bool] = field(default_factory=list)  # rows printed in grey, as in the window


def printed_list(data: ReferenceData, results: Sequence[Result], *, query: str, place: str, summary: str,
                 notes: Sequence[str] = (), lang: str = "fr", today: date | None = None) -> PrintedList:
    en = lang == "en"
    printed = long_date(today or date.today(), lang)
    asked = (f"Search: “{query}”" if en else f"Recherche : « {query} »") if query.strip() else (
        "Search: every centre" if en else "Recherche : tous les centres")
    where = (f"Location: {place}" if en else f"Lieu : {place}") if place else (
        "No location (no distances)" if en else "Sans lieu (pas de distances)")
    when = f"Printed on {printed}" if en else f"Imprimé le {printed}"
    rows, warned = [], []
    for r in results:
        c = r.centre
        centre = "\n".join(x for x in (c.hospital or c.name, c.department or (c.name if c.hospital else "")) if x)
        why = "\n".join(b.text for b in badges(data, r, lang))
        address = c.full_address if c.address else (
            f"{'street address not known' if en else 'adresse non renseignée'} — {c.place}" if c.place else "")
        phone = f"{c.phone}\n{label(PHONE_TYPE_LABELS, c.phone_type, lang)}" if c.phone else (
            "not known" if en else "non renseigné")
        rows.append((centre, why, address, phone, distance_text(r.distance_km)))
        warned.append(any(w in r.warnings for w in ("not_referral_destination", "population_mismatch")))
    footer = (f"Centre Finder — {'data' if en else 'données'} {data.metadata.get('data_version', '?')} — "
              + ("check the details with the establishment before referring" if en
                 else "vérifiez les coordonnées auprès de l'établissement avant d'adresser"))
    return PrintedList(title=f"Centre Finder — {summary}", lines=[" · ".join((asked, where, when)), *notes],
                       headers=HEADERS["en" if en else "fr"], widths=WIDTHS, rows=rows, footer=footer, warned=warned)
