"""CSV export for French Excel, contact text, printable list; hostile cells neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from centre_finder.core.models import Query, Result
from centre_finder.core.referral.exports import contact_text, csv_text, neutralise, results_html, write_csv
from centre_finder.core.referral.letter import Doctor, Patient, build_referral, referral_html


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


def test_printable_list_escapes(reference, searcher) -> None:
    centre = reference.centres["amiens-chu-mi"]
    evil = Result(centre.__class__(**{**centre.__dict__, "hospital": "<script>x()</script>"}), 1, ())
    html = results_html(reference, [evil], "T <b>", "fr")
    assert "<script>" not in html and "&lt;script&gt;" in html and "T &lt;b&gt;" in html


def test_referral_html_escapes_data_and_user_input(reference) -> None:
    sheet = build_referral(reference, "paris-pitie-mi2-crmr-lupus", disease_id="lupus-systemique",
                           doctor=Doctor("<b>Dr</b>", "123", "", ""), patient=Patient("<i>AB</i>", ""))
    html = referral_html(sheet)
    assert "&lt;b&gt;Dr&lt;/b&gt;" in html and "&lt;i&gt;AB&lt;/i&gt;" in html
    assert "PNDS Lupus systémique de l'adulte et de l'enfant" in html.replace("&#x27;", "'")
