"""The referral letter: what it holds, how it writes dates and phones, what it refuses, what it cites."""

from __future__ import annotations

from datetime import date

import pytest

from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.reference.links import MIRROR_HOSTS, citable
from centre_finder.core.referral.letter import (
    Doctor,
    LetterError,
    Patient,
    build_referral,
    check_rpps,
    long_date,
    missing_contact,
    parse_birth_date,
    phone_line,
    referral_html,
    short_date,
)

TODAY = date(2026, 12, 2)


def test_dates_are_written_as_people_write_them() -> None:
    assert long_date(TODAY, "fr") == "2 décembre 2026"
    assert long_date(date(2026, 5, 1), "fr") == "1er mai 2026"
    assert long_date(TODAY, "en") == "2 December 2026"
    assert short_date(TODAY) == "02/12/2026"


@pytest.mark.parametrize("typed", ["04/03/1982", "4/3/1982", "04.03.1982", "04-03-1982", "04031982", " 4 3 1982 "])
def test_birth_dates_as_typed(typed: str) -> None:
    assert parse_birth_date(typed, TODAY) == date(1982, 3, 4)


@pytest.mark.parametrize(("typed", "code"), [
    ("31/02/1985", "birth_date_invalid"), ("29/02/2023", "birth_date_invalid"), ("12/13/1990", "birth_date_invalid"),
    ("1985-02-31", "birth_date_format"), ("hier", "birth_date_format"), ("03/12/2026", "birth_date_future"),
    ("01/01/1850", "birth_date_old"),
])
def test_impossible_birth_dates_are_refused(typed: str, code: str) -> None:
    with pytest.raises(LetterError) as caught:
        parse_birth_date(typed, TODAY)
    assert caught.value.code == code and caught.value.field == "birth_date"
    assert typed.strip() in caught.value.message("fr") or code == "birth_date_format"
    assert parse_birth_date("", TODAY) is None


def test_rpps_has_eleven_digits() -> None:
    assert check_rpps("10001234567") == "10001234567"
    assert check_rpps("100 0123 4567") == "10001234567"
    assert check_rpps("") == ""
    for bad in ("1234", "1000123456a", "100012345678"):
        with pytest.raises(LetterError) as caught:
            check_rpps(bad)
        assert caught.value.field == "rpps"
    assert "11 chiffres" in LetterError("rpps", "rpps", text="1234", digits=4).message("fr")


def test_the_letter_refuses_a_bad_birth_date_or_rpps(reference: ReferenceData) -> None:
    with pytest.raises(LetterError):
        build_referral(reference, "lille-huriez-mi-crmr-ceraino", patient=Patient(birth_date="31/02/1985"))
    with pytest.raises(LetterError):
        build_referral(reference, "lille-huriez-mi-crmr-ceraino", doctor=Doctor("Dr X", "1234"))


def test_the_letter_holds_the_reason_question_patient_summary_date_and_signature(reference: ReferenceData) -> None:
    patient = Patient("Mme Jeanne Dupont", "4/3/1982", "Suspicion de sclérodermie systémique",
                      "Confirmer le diagnostic ; capillaroscopie ?", "Raynaud depuis 2 ans, doigts boudinés.")
    sheet = build_referral(reference, "lille-huriez-mi-crmr-ceraino", disease_id="sclerodermie-systemique",
                           doctor=Doctor("Dr Claire Martin", "10001234567", "1 rue X, 62400 Béthune", "03 21 00 00 00"),
                           patient=patient, ticked={0}, today=TODAY)
    html = referral_html(sheet).replace("&#x27;", "'")
    for expected in ("Mme Jeanne Dupont", "04/03/1982", "Suspicion de sclérodermie systémique",
                     "Confirmer le diagnostic ; capillaroscopie ?", "Raynaud depuis 2 ans", "Le 2 décembre 2026",
                     "Motif de l'adressage", "Question posée", "Résumé clinique", "Signature", "☒", "10001234567",
                     "03 20 44 59 62 — standard de l'hôpital (demandez : Service de médecine interne"):
        assert expected in html, expected
    assert "((" not in html and "2026-12-02" not in html.replace(sheet.data_version, "")
    english = referral_html(build_referral(reference, "lille-huriez-mi-crmr-ceraino", lang="en", today=TODAY))
    assert "2 December 2026" in english and "Reason for referral" in english and "Signature" in english


def test_empty_patient_fields_print_lines_to_fill_in(reference: ReferenceData) -> None:
    html = referral_html(build_referral(reference, "lille-huriez-mi-crmr-ceraino", today=TODAY))
    assert html.count("_" * 44) >= 6 and "____ / ____ / ________" in html


def test_registry_phone_reads_naturally(reference: ReferenceData) -> None:
    centre = reference.centres["mulhouse-emile-muller-ccmr-mai"]
    assert centre.phone_type == "registry"
    line = phone_line(centre, "fr")
    assert line.startswith("03 89 64 64 64 — numéro de l'établissement") and "((" not in line and "))" not in line


def test_a_site_with_no_address_and_no_phone_says_how_to_reach_it(reference: ReferenceData) -> None:
    centre = reference.centres["bordeaux-chu-reso"]
    assert not centre.address and not centre.phone
    text = missing_contact(centre, "fr")
    assert "ni l'adresse postale ni le téléphone" in text and "www.fai2r.org" in text and "CHU de Bordeaux" in text
    html = referral_html(build_referral(reference, "bordeaux-chu-reso", disease_id="lupus-systemique"))
    to = html.replace("&#x27;", "'").split(">Patient<")[0]  # the receiving centre's block
    assert "Adresse</td>" not in to and "Téléphone</td>" not in to and "ni l'adresse postale" in to
    assert missing_contact(reference.centres["lille-huriez-mi-crmr-ceraino"]) == ""
    # an unnamed establishment: no switchboard to name, the network and the website
    assert "standard" not in missing_contact(reference.centres["lyon-ceremaia"], "fr")


def test_the_footer_cites_what_supports_this_centre_for_this_disease(reference: ReferenceData) -> None:
    lupus = build_referral(reference, "paris-pitie-mi2-crmr-lupus", disease_id="lupus-systemique")
    assert "Centre de référence Lupus, SAPL" in lupus.support
    assert "pitiesalpetriere.aphp.fr/lupus" in lupus.support  # the scope's own source, not a mirror
    sclero = build_referral(reference, "lille-huriez-mi-crmr-ceraino", disease_id="sclerodermie-systemique")
    assert "CeRAINO" in sclero.support or "Sclérodermie" in sclero.support
    for sheet in (lupus, sclero):
        html = referral_html(sheet)
        assert not any(host in html for host in MIRROR_HOSTS), html[-600:]


def test_citable_links() -> None:
    assert citable("https://www.chu-lille.fr/x") and citable("http://pitiesalpetriere.aphp.fr/lupus/")
    for url in ("https://fr.scribd.com/document/1", "https://fdocuments.fr/x", "https://vdocuments.site/x",
                "https://github.com/rcarlier/datas.fun/blob/x/communes.csv", "javascript:alert(1)", ""):
        assert not citable(url), url


def test_referral_html_escapes_data_and_user_input(reference: ReferenceData) -> None:
    sheet = build_referral(reference, "paris-pitie-mi2-crmr-lupus", disease_id="lupus-systemique",
                           doctor=Doctor("<b>Dr</b>", "", "", ""),
                           patient=Patient("<i>AB</i>", "", "<script>x()</script>", "", ""))
    html = referral_html(sheet)
    assert "&lt;b&gt;Dr&lt;/b&gt;" in html and "&lt;i&gt;AB&lt;/i&gt;" in html and "<script>" not in html
    assert "PNDS Lupus systémique de l'adulte et de l'enfant" in html.replace("&#x27;", "'")
