"""Printing and PDF output of HTML built by the core (referral sheet, result list)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMarginsF, QSizeF, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from centre_finder.core.writable import WriteError, check_writable, write_problem

BASE_POINT_SIZE = 9.5
MIN_POINT_SIZE = 6.5


def _document(html: str, point_size: float, page_size: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.setPageSize(page_size)
    return doc


def fit_document(html: str, page_size: QSizeF, *, one_page: bool) -> QTextDocument:
    """Lay the HTML out on the page; for a one-page document, shrink the font until it fits."""
    size = BASE_POINT_SIZE
    doc = _document(html, size, page_size)
    while one_page and doc.pageCount() > 1 and size > MIN_POINT_SIZE:
        size -= 0.5
        doc = _document(html, size, page_size)
    return doc


def _layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)


def pdf_file(path: Path, *, title: str, layout: QPageLayout, resolution: int,
             paint: Callable[[QPdfWriter], int]) -> int:
    """Paint a PDF with `paint` (which returns the page count); the file appears only when complete.

    Raises WriteError, whose message names the path and the reason, before Qt tries (and fails) to paint.
    """
    path = Path(path)
    check_writable(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("Centre Finder")
    writer.setPageLayout(layout)
    writer.setResolution(resolution)
    try:
        pages = paint(writer)
        shiboken6.delete(writer)  # flushes and closes the file now
        # QPdfWriter reports no write error (a full disk leaves a truncated file): check the PDF trailer
        if not tmp.is_file() or b"%%EOF" not in tmp.read_bytes()[-64:]:
            raise WriteError(f"cannot write {path}: the PDF came out incomplete (is the disk full?)")
        tmp.replace(path)
    except WriteError:
        raise
    except OSError as exc:
        raise write_problem(path, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return pages


def write_pdf(html: str, path: Path, *, title: str, one_page: bool = False) -> int:
    """Write the HTML as an A4 PDF. Returns the page count."""

    def paint(writer: QPdfWriter) -> int:
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        doc = fit_document(html, QSizeF(rect.width(), rect.height()), one_page=one_page)
        doc.print_(writer)
        return doc.pageCount()

    # the document lays out in screen points: keep one unit for both
    return pdf_file(path, title=title, layout=_layout(), resolution=96, paint=paint)


def preview_with(printer: QPrinter, paint: Callable[[QPrinter], object], parent: QWidget | None, *,
                 title: str) -> QPrintPreviewDialog:
    """Qt's print preview of what `paint` draws on a printer; the user prints from it."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    dialog.printer_ = printer  # the dialog does not own the printer: keep it alive with it
    return dialog


def print_html(html: str, parent: QWidget | None, *, title: str, one_page: bool = False) -> bool:
    """Print through the system dialog; returns False if the user cancelled."""
    printer = new_printer(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_on(printer, html, one_page=one_page)
    return True


def preview_dialog(html: str, parent: QWidget | None, *, title: str, one_page: bool = False) -> QPrintPreviewDialog:
    """The print preview of an HTML document (the referral letter)."""
    return preview_with(new_printer(title), lambda target: print_on(target, html, one_page=one_page), parent,
                        title=title)


def documents_folder() -> Path:
    """Where files are offered to be saved: the user's Documents folder (the home folder if there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def new_printer(title: str) -> QPrinter:
    # the document lays out in screen points: at printer resolution its text would print microscopic
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setDocName(title)
    printer.setPageLayout(_layout())
    return printer


def print_on(printer: QPrinter, html: str, *, one_page: bool = False) -> None:
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    fit_document(html, QSizeF(rect.width(), rect.height()), one_page=one_page).print_(printer)
