"""CSV export for French Excel, contact text, printable list; hostile cells neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from centre_finder.core.models import Query, Result
from centre_finder.core.referral.exports import (
    TEXT_MARK,
    as_text,
    contact_text,
    csv_text,
    file_name,
    neutralise,
    with_extension,
    write_csv,
)


def test_csv_round_trips_with_accents(tmp_path: Path, searcher, reference) -> None:
    results = searcher.search(Query("sclérodermie", location="Béthune"))
    out = tmp_path / "list.csv"
    write_csv(out, reference, results, "fr")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM for Excel"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Identifiant", "Nom", "Établissement"]
    assert len(rows) == len(results) + 1
    lille = next(r for r in rows if r[0] == "lille-huriez-mi-crmr-ceraino")
    assert lille[2] == "CHU de Lille – Hôpital Claude Huriez"
    assert lille[13] == "03 20 44 59 62" and lille[14] == "Standard de l'hôpital"
    assert lille[16] == "29"
    assert lille[10] == TEXT_MARK + "59037", "postal codes are text for Excel"


def test_formula_cells_are_neutralised(reference) -> None:
    assert neutralise("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert neutralise("-x") == "'-x" and neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("+1+1") == "'+1+1" and neutralise("-2*3") == "'-2*3" and neutralise("+A1") == "'+A1"
    assert neutralise("-1+cmd|' /C calc'!A0") == "'-1+cmd|' /C calc'!A0" and neutralise("\t=1") == "'\t=1"
    assert neutralise("+") == "'+"
    assert neutralise("Lille") == "Lille"
    centre = reference.centres["amiens-chu-mi"]
    evil = Result(centre.__class__(**{**centre.__dict__, "name": "=cmd|' /C calc'!A0"}), 1, ())
    text = csv_text(reference, [evil])
    assert ";'=cmd|" in text


def test_phone_numbers_and_numbers_are_kept_as_they_are(tmp_path: Path, reference) -> None:
    """Issue 14: exported phones "+33 …" came out as "'+33 …"; only real formulas are neutralised."""
    for kept in ("+33 1 42 16 00 00", "+33 (0)1 42 16 00 00", "+590 590 89 10 10", "-12,5", "+3314216000"):
        assert neutralise(kept) == kept
    assert neutralise("-") == "'-"  # a lone sign has no digit: left neutralised (harmless either way)
    centre = reference.centres["amiens-chu-mi"]
    abroad = Result(centre.__class__(**{**centre.__dict__, "phone": "+33 3 22 08 80 00"}), 1, ())
    out = tmp_path / "list.csv"
    write_csv(out, reference, [abroad], "fr")
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[1][13] == "+33 3 22 08 80 00"


def test_contact_text(reference) -> None:
    text = contact_text(reference.centres["lille-huriez-mi-crmr-ceraino"])
    assert "CHU de Lille – Hôpital Claude Huriez" in text
    assert "03 20 44 59 62 (Standard de l'hôpital)" in text
    assert "Pr Éric Hachulla" in text
    assert "non renseigné" in contact_text(reference.centres["tours-chu-rhumatologie"])


def test_postal_codes_stay_text_and_favourites_and_notes_are_columns(reference, searcher) -> None:
    results = searcher.search(Query("Nice"))
    text = csv_text(reference, results, "fr", favourites={"nice-pasteur2-rhumatologie"},
                    notes={"nice-pasteur2-rhumatologie": "demander Mme X"})
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][-2:] == ["Favori", "Note personnelle"]
    nice = next(r for r in rows if r[0] == "nice-pasteur2-rhumatologie")
    assert nice[10] == TEXT_MARK + reference.centres["nice-pasteur2-rhumatologie"].postal_code
    assert nice[10].lstrip(TEXT_MARK).startswith("06") and not nice[10].startswith(("=", "'"))
    assert nice[-2:] == ["oui", "demander Mme X"]
    other = next(r for r in rows if r[0] != "nice-pasteur2-rhumatologie" and r[0] != "Identifiant")
    assert other[-2:] == ["", ""]
    assert as_text("Lille") == "Lille" and as_text("") == ""


def test_file_names_say_what_the_list_is() -> None:
    assert file_name("lupus", "33000", "csv") == "centres-lupus-33000.csv"
    assert file_name("Sclérodermie systémique", "Béthune (62)", "pdf") == \
        "centres-sclerodermie-systemique-bethune-62.pdf"
    assert file_name("", "", "csv") == "centres.csv"
    assert file_name("../../etc/passwd", "", "csv") == "centres-etc-passwd.csv"
    assert with_extension(Path("/tmp/liste"), "csv") == Path("/tmp/liste.csv")
    assert with_extension(Path("/tmp/liste.CSV"), "csv") == Path("/tmp/liste.CSV")
    assert with_extension(Path("/tmp/moving"), "json") == Path("/tmp/moving.json")
