"""Contact text, CSV export (opens cleanly in French Excel) and the printable list's rows."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from centre_finder.core.labels import (
    CONFIDENCE_LABELS,
    PHONE_TYPE_LABELS,
    POPULATION_LABELS,
    ROLE_LABELS,
    SPECIALTY_LABELS,
    WARNING_LABELS,
    label,
    phone_text,
)
from centre_finder.core.models import Centre, Result
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.explain import explain_match
from centre_finder.core.text import fold
from centre_finder.core.writable import check_writable, write_problem

# Spreadsheets run cells that start with these as formulas (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# ...but "+33 1 42 16 00 00" or "-12,5" is a phone number or a number, not a formula: a sign followed only by
# digits, spaces, dots, commas and brackets computes nothing (no operator, no function, no reference)
_SIGNED_NUMBER = re.compile(r"^[+-][0-9 .,()]*[0-9][0-9 .,()]*$")


def neutralise(cell: object) -> str:
    """The cell as text, prefixed with ' when a spreadsheet would run it as a formula."""
    text = "" if cell is None else str(cell)
    if not text.startswith(FORMULA_STARTS) or _SIGNED_NUMBER.match(text):
        return text
    return "'" + text


def contact_text(centre: Centre, lang: str = "fr") -> str:
    """A centre's contact block, ready to paste into a letter or an e-mail."""
    en = lang == "en"
    unknown = "not known" if en else "non renseigné"
    lines = [centre.name]
    if centre.department:
        lines.append(centre.department)
    if centre.hospital:
        lines.append(centre.hospital)
    if centre.coordinator:
        lines.append(("Coordinator: " if en else "Coordonnateur : ") + centre.coordinator)
    lines.append(centre.full_address)
    phone_word = "Phone" if en else "Tél."
    if centre.phone:
        lines.append(f"{phone_word} : {phone_text(centre.phone, centre.phone_type, lang)}")
    else:
        lines.append(f"{phone_word} : {unknown}")
    if centre.website:
        lines.append(centre.website)
    if centre.reference_centre_name:
        lines.append(("Reference centre: " if en else "Centre de référence : ") + centre.reference_centre_name)
    return "\n".join(lines)


CSV_COLUMNS = ("id", "name", "hospital", "department", "roles", "reference_centre", "specialty", "population",
               "coordinator", "address", "postal_code", "city", "region", "phone", "phone_type", "website",
               "distance_km", "why", "confidence", "warnings", "verified", "sources", "favourite", "note")
CSV_HEADERS = {
    "fr": ("Identifiant", "Nom", "Établissement", "Service", "Rôles", "Centre de référence", "Spécialité", "Patients",
           "Coordonnateur", "Adresse", "Code postal", "Ville", "Région", "Téléphone", "Type de numéro", "Site web",
           "Distance (km)", "Pourquoi", "Fiabilité de l'établissement", "Avertissements", "Vérifié le", "Sources",
           "Favori", "Note personnelle"),
    "en": ("Id", "Name", "Establishment", "Department", "Roles", "Reference centre", "Specialty", "Patients",
           "Coordinator", "Address", "Postal code", "Town", "Region", "Phone", "Number type", "Website",
           "Distance (km)", "Why", "Establishment confidence", "Warnings", "Checked on", "Sources",
           "Favourite", "Private note"),
}
# Excel reads a cell of digits as a number: "06000" would lose its zero. A WORD JOINER (U+2060) before the digits
# is invisible and has no width, and makes the cell text; unlike ="06000" it is not a formula (which spreadsheets
# may refuse or flag, and which the CSV-injection guard would neutralise), and unlike a leading apostrophe it does
# not show in the cell when the file is opened.
TEXT_MARK = "\u2060"


def as_text(digits: str) -> str:
    """A code made of digits (postal code) kept as text when a spreadsheet opens the CSV."""
    return TEXT_MARK + digits if digits.isdigit() else digits


def result_row(data: ReferenceData, result: Result, lang: str = "fr", *, favourite: bool = False,
               note: str = "") -> list[str]:
    c = result.centre
    distance = "" if result.distance_km is None else f"{result.distance_km:.0f}"
    return [
        c.id, c.name, c.hospital, c.department, ", ".join(label(ROLE_LABELS, r, lang) for r in c.roles),
        c.reference_centre_name, label(SPECIALTY_LABELS, c.specialty, lang), label(POPULATION_LABELS, c.population,
                                                                                     lang),
        c.coordinator, c.address, as_text(c.postal_code), c.city, c.region, c.phone,
        label(PHONE_TYPE_LABELS, c.phone_type, lang) if c.phone else "", c.website, distance,
        " ; ".join(explain_match(data, m, lang) for m in result.matches if m.kind != "all"),
        label(CONFIDENCE_LABELS, c.confidence, lang),
        " ; ".join(label(WARNING_LABELS, w, lang) for w in result.warnings),
        c.verified, " ".join(c.source_urls),
        ("yes" if lang == "en" else "oui") if favourite else "", note,
    ]


def csv_text(data: ReferenceData, results: Sequence[Result], lang: str = "fr", *,
             favourites: Collection[str] = (), notes: Mapping[str, str] | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS["en" if lang == "en" else "fr"])
    notes = notes or {}
    for result in results:
        cid = result.centre.id
        row = result_row(data, result, lang, favourite=cid in favourites, note=notes.get(cid, ""))
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()


def write_csv(path: Path, data: ReferenceData, results: Sequence[Result], lang: str = "fr", *,
              favourites: Collection[str] = (), notes: Mapping[str, str] | None = None) -> None:
    """UTF-8 with BOM and `;`: what French Excel expects. Written to a temporary file, then moved.

    Raises WriteError, whose message names the path and the reason.
    """
    path = Path(path)
    check_writable(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(csv_text(data, results, lang, favourites=favourites, notes=notes).encode("utf-8-sig"))
        tmp.replace(path)
    except OSError as exc:
        raise write_problem(path, exc) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def file_name(query: str, place: str, extension: str, lang: str = "fr") -> str:
    """A file name that says what the list is: 'centres-lupus-33000.csv'."""
    words = [w for w in re.split(r"[^a-z0-9]+", fold(" ".join((query, place)))) if w]
    stem = "-".join(["centres", *words])[:80].rstrip("-")
    return f"{stem}.{extension.lstrip('.')}"


def with_extension(path: Path, extension: str) -> Path:
    """The path with the extension added when the user typed a name without it ('liste' → 'liste.csv')."""
    suffix = "." + extension.lstrip(".")
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def results_html(data: ReferenceData, results: list[Result], title: str, lang: str = "fr") -> str:
    """A printable list of the results (every value escaped)."""
    from html import escape as e

    en = lang == "en"
    head = ["Establishment", "Department / centre", "Town", "Roles", "Phone", "km"] if en else [
        "Établissement", "Service / centre", "Ville", "Rôles", "Téléphone", "km"]
    rows = []
    for r in results:
        c = r.centre
        cells = [c.hospital or c.name, c.department or c.name, c.place,
                 ", ".join(label(ROLE_LABELS, x, lang) for x in c.roles),
                 phone_text(c.phone, c.phone_type, lang),
                 "" if r.distance_km is None else f"{r.distance_km:.0f}"]
        rows.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in cells) + "</tr>")
    source = data.metadata.get("data_version", "?")
    return (
        "<html><body style='font-family: DejaVu Sans, Arial, sans-serif'>"
        f"<h3>{e(title)}</h3>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse: collapse'>"
        "<tr>" + "".join(f"<th align='left' nowrap>{e(h)}</th>" for h in head) + "</tr>"
        + "".join(rows) + "</table>"
        f"<p style='color:#6b7280; font-size:7.5pt'>Centre Finder — {e('data' if en else 'données')} {e(source)}</p>"
        "</body></html>"
    )
