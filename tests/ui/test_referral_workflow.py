"""After finding the centre: referral sheet, contact, favourites, notes, exports."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from centre_finder.ui import plaintext
from centre_finder.ui.app import wait_until
from centre_finder.ui.referral_dialog import ReferralDialog

PATIENT_MARK = "QZXJ-7731"  # a patient value no real data contains


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def files_containing(root: Path, needle: str) -> list[Path]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file() and needle.encode() in path.read_bytes():
            hits.append(path)
    return hits


def test_referral_pdf_one_page_with_centre_disease_and_pnds(qtbot, make_window, tmp_path: Path,
                                                            user_home: Path) -> None:
    window = make_window(persist=True)
    window.search_edit.setText("sclérodermie")
    window.location_edit.setText("62400")
    window._search_now()
    window.select_centre("lille-huriez-mi-crmr-ceraino")
    window.detail.findChild(QPushButton, "prepareReferral").click()
    dialog = window.findChildren(ReferralDialog)[-1]
    assert dialog.disease_combo.currentData() == "sclerodermie-systemique"
    dialog.patient_name.setText(PATIENT_MARK)
    dialog.reason.setText("Suspicion de sclérodermie")
    dialog.summary.setPlainText("Raynaud, doigts boudinés")
    dialog.birth_date.setText("04/03/1982")
    dialog.checks[0].setChecked(True)
    dialog.doctor_fields.edits["name"].setText("Dr Claire Martin")
    dialog.doctor_fields.edits["rpps"].setText("10001234567")
    out = tmp_path / "sheet.pdf"
    assert dialog.save_pdf(str(out)) == out
    assert len(PdfReader(str(out)).pages) == 1
    text = pdf_text(out)
    for expected in ("Centre de référence des maladies auto-immunes systémiques rares du Nord",
                     "03 20 44 59 62", "Sclérodermie systémique", "90291",
                     "PNDS Sclérodermie systémique (actualisation 2022", "Dr Claire Martin", PATIENT_MARK,
                     "Suspicion de sclérodermie", "Raynaud, doigts boudinés", "04/03/1982"):
        assert expected in text, expected
    dialog.reject()
    assert dialog.patient_name.text() == "" and dialog.birth_date.text() == ""
    assert dialog.reason.text() == "" and dialog.summary.toPlainText() == ""
    window.close()
    # the doctor is remembered (settings), the patient is written nowhere but in the PDF the user saved
    assert files_containing(user_home, "Dr Claire Martin")
    assert files_containing(user_home, PATIENT_MARK) == []
    assert set(files_containing(tmp_path, PATIENT_MARK)) <= {out}  # (the PDF's text is compressed)


def test_referral_from_the_command_line(tmp_path: Path, built_db: Path, user_home: Path) -> None:
    out = tmp_path / "cli.pdf"
    proc = subprocess.run(
        [sys.executable, "-m", "centre_finder", "referral", "--centre", "paris-pitie-mi2-crmr-lupus", "--disease",
         "LES", "--out", str(out), "--doctor-name", "Dr Test", "--patient-initials", PATIENT_MARK, "--tick", "2",
         "--db", str(built_db)],
        capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "CENTRE_FINDER_HOME": str(user_home)},
    )
    assert proc.returncode == 0, proc.stderr
    text = pdf_text(out)
    assert "Pitié-Salpêtrière" in text and "Lupus systémique" in text and "PNDS Lupus systémique" in text
    assert len(PdfReader(str(out)).pages) == 1
    assert files_containing(user_home, PATIENT_MARK) == [] if user_home.exists() else True
    bad = subprocess.run([sys.executable, "-m", "centre_finder", "referral", "--centre", "nope", "--out",
                          str(tmp_path / "x.pdf"), "--db", str(built_db)], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "unknown centre" in bad.stderr


def test_copy_contact_in_one_click(qtbot, make_window) -> None:
    window = make_window()
    window.search_edit.setText("Hachulla")
    window._search_now()
    window.select_centre("lille-huriez-mi-crmr-ceraino")
    window.detail.findChild(QPushButton, "copyContact").click()
    clip = QGuiApplication.clipboard().text()
    assert "CHU de Lille – Hôpital Claude Huriez" in clip and "03 20 44 59 62 (Standard de l'hôpital)" in clip
    window.detail.findChild(QPushButton, "copyPhone").click()
    assert QGuiApplication.clipboard().text() == "03 20 44 59 62"


def test_star_note_and_favourites_filter_persist(qtbot, make_window) -> None:
    window = make_window()
    window.search_edit.setText("CAR-T lupus")
    window.location_edit.setText("33600")
    window._search_now()
    window.select_centre("bordeaux-chu-reso")
    window.detail.findChild(QPushButton, "toggleFavourite").click()
    assert window.proxy.index(window.proxy.mapFromSource(window.model.index(
        window.model.row_of("bordeaux-chu-reso"), 0)).row(), 0).data().startswith("★ ")
    note = window.detail.findChild(QPlainTextEdit, "noteEditor")
    note.setPlainText("Demander l'infirmière de recherche ; envoyer les 3 derniers CR")
    assert wait_until(lambda: window.userdata.note("bordeaux-chu-reso") != "", 3)
    window.favourites_check.setChecked(True)
    assert [window.proxy.index(r, 0).data(258) for r in range(window.proxy.rowCount())] == ["bordeaux-chu-reso"]
    window.close()
    again = make_window()
    assert again.userdata.note("bordeaux-chu-reso").startswith("Demander l'infirmière")
    assert "bordeaux-chu-reso" in again.userdata.favourites()


def test_export_csv_and_list_pdf_from_the_window(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    window.search_edit.setText("lupus")
    window.region_combo.setCurrentIndex(window.region_combo.findData("Île-de-France"))
    window._search_now()
    out = window.export_csv(str(tmp_path / "lupus-idf.csv"))
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == window.proxy.rowCount() + 1
    assert all(r[12] == "Île-de-France" for r in rows[1:])
    pdf = window.save_list_pdf(str(tmp_path / "list.pdf"))
    assert "Cochin" in pdf_text(pdf) and "Robert" in pdf_text(pdf)


def test_user_data_export_import_and_orphans(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    window.userdata.set_note("centre-that-left", "old note kept")
    window.userdata.set_favourite("paris-cochin-mi-crmr-idf", True)
    assert "old note kept" in window.orphans_text()
    exported = window.export_user_data(str(tmp_path / "moving.json"))
    window.userdata.set_note("centre-that-left", "")
    window.userdata.set_favourite("paris-cochin-mi-crmr-idf", False)
    shown = []
    monkeypatch.setattr(plaintext, "message", lambda *args: shown.append(args))
    assert window.import_user_data(str(exported))
    assert "1 favori(s) ajouté(s)" in shown[-1][3]
    assert window.userdata.note("centre-that-left") == "old note kept"
    assert "paris-cochin-mi-crmr-idf" in window.userdata.favourites()


def test_printing_keeps_a_readable_font_size(qapp, reference, tmp_path: Path) -> None:
    """Printing laid the sheet out at printer resolution: 0.8 pt text (found by review)."""
    from PySide6.QtPrintSupport import QPrinter

    from centre_finder.core.referral.letter import build_referral, referral_html
    from centre_finder.ui.printing import new_printer, print_on

    printer = new_printer("Adressage")  # the printer print_html hands to the system dialog
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_on(printer, referral_html(build_referral(reference, "paris-pitie-mi2-crmr-lupus")), one_page=True)
    del printer
    sizes = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            sizes.append(abs(font_size * tm[0] * cm[0]))

    page = PdfReader(str(tmp_path / "printed.pdf")).pages[0]
    page.extract_text(visitor_text=visit)
    sizes.sort()
    assert sizes and sizes[len(sizes) // 2] > 5, sizes[:5]


def open_referral(window, centre_id: str, query: str = "sclérodermie"):
    window.search_edit.setText(query)
    window._search_now()
    assert window.select_centre(centre_id)
    window.detail.findChild(QPushButton, "prepareReferral").click()
    return window.findChildren(ReferralDialog)[-1]


def test_the_letter_refuses_an_impossible_birth_date_and_a_short_rpps(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    dialog = open_referral(window, "lille-huriez-mi-crmr-ceraino")
    out = tmp_path / "letter.pdf"
    dialog.birth_date.setText("31/02/1985")
    assert dialog.save_pdf(str(out)) is None and not out.exists()
    assert dialog.problem.isVisible() or not dialog.isVisible()
    assert "31/02/1985" in dialog.problem.text() and "n'existe pas" in dialog.problem.text()
    assert dialog.birth_date.hasFocus() or not dialog.isActiveWindow()
    dialog.birth_date.setText("04/03/1982")
    dialog.doctor_fields.edits["rpps"].setText("1234")
    assert dialog.save_pdf(str(out)) is None and not out.exists()
    assert "11 chiffres" in dialog.problem.text()
    dialog.doctor_fields.edits["rpps"].setText("10001234567")
    assert dialog.save_pdf(str(out)) == out and out.exists()
    assert dialog.problem.isHidden()
    dialog.reject()


@pytest.fixture
def documents(tmp_path: Path, monkeypatch) -> Path:
    """A home folder with a Documents folder, where files are offered to be saved."""
    home = tmp_path / "userhome"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home / "Documents"


def test_print_preview_and_documents_folder(qtbot, make_window, documents: Path) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    window = make_window()
    dialog = open_referral(window, "lille-huriez-mi-crmr-ceraino")
    assert dialog.suggested_path() == documents / "adressage-lille-huriez-mi-crmr-ceraino.pdf"
    preview = dialog.preview()
    assert preview is not None
    widget = preview.findChild(QPrintPreviewWidget)
    assert wait_until(lambda: widget.pageCount() == 1, 5), "a one-page letter in the preview"
    preview.reject()
    dialog.reject()


def test_a_site_with_no_contact_says_so_in_the_dialog(qtbot, make_window) -> None:
    window = make_window()
    dialog = open_referral(window, "bordeaux-chu-reso", "lupus")
    warning = dialog.findChild(QLabel, "missingContact")
    assert warning is not None and "www.fai2r.org" in warning.text()
    assert warning.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()


def test_the_printed_list_has_headings_on_every_page_and_never_splits_a_row(qtbot, make_window,
                                                                             tmp_path: Path) -> None:
    window = make_window()
    window.location_edit.setText("33000")
    window.search_edit.setText("lupus")
    window._search_now()
    ids = [window.proxy.index(r, 0).data(258) for r in range(window.proxy.rowCount())]
    assert len(ids) >= 24
    pdf = window.save_list_pdf(str(tmp_path / "liste"))
    assert pdf == tmp_path / "liste.pdf"
    reader = PdfReader(str(pdf))
    assert len(reader.pages) <= 2, "24 rows on at most two pages"
    pages = [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]
    assert all("Centre (établissement, service)" in p and "Téléphone" in p for p in pages), "headings on every page"
    assert "Recherche : « lupus »" in pages[0] and "Lieu : Bordeaux" in pages[0] and "Imprimé le" in pages[0]
    assert "47-83 boulevard de l'Hôpital, 75013 Paris" in " ".join(pages), "addresses"
    for cid in ids:  # a row's establishment and its address or phone are on the same page
        centre = window.data.centres[cid]
        first = (centre.hospital or centre.name)[:25]
        last = centre.phone or (centre.address[:20] if centre.address else "")
        holding = [i for i, p in enumerate(pages) if first in p and last in p]
        assert holding, cid


def test_export_names_and_extensions(qtbot, make_window, tmp_path: Path, documents: Path) -> None:
    window = make_window()
    window.location_edit.setText("33000")
    window.search_edit.setText("lupus")
    window._search_now()
    assert window.window_actions.suggested_name("csv") == documents / "centres-lupus-33000.csv"
    window.userdata.set_favourite("bordeaux-chu-reso", True)
    window.userdata.set_note("bordeaux-chu-reso", "infirmière de recherche")
    out = window.export_csv(str(tmp_path / "liste"))
    assert out == tmp_path / "liste.csv"
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    bordeaux = next(r for r in rows if r[0] == "bordeaux-chu-reso")
    assert bordeaux[-2:] == ["oui", "infirmière de recherche"]
    saved = window.export_user_data(str(tmp_path / "moving"))
    assert saved == tmp_path / "moving.json" and saved.exists()
