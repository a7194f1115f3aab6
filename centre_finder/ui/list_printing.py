"""The printed list on pages: landscape A4, column headings on every page, no row cut across two pages.

QTextDocument splits a table row across pages and repeats no heading, so the list is laid out here: each row's
height is measured first, a row that does not fit starts the next page, under the headings again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from centre_finder.core.referral.printed_list import PrintedList
from centre_finder.ui.printing import pdf_file, preview_with

TEXT_PT = 8.0
TITLE_PT = 11.0
PAD = 3.0  # points, inside a cell


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                       QMarginsF(12, 10, 12, 10), QPageLayout.Unit.Millimeter)


@dataclass
class _Fonts:
    text: QFont
    bold: QFont
    title: QFont


def _fonts() -> _Fonts:
    text = QFont("DejaVu Sans")
    text.setPointSizeF(TEXT_PT)
    bold = QFont(text)
    bold.setBold(True)
    title = QFont(text)
    title.setPointSizeF(TITLE_PT)
    title.setBold(True)
    return _Fonts(text, bold, title)


def paint_list(device: QPagedPaintDevice, doc: PrintedList) -> int:
    """Paint the list on the device's pages (a printer or a PDF writer); returns the number of pages."""
    fonts = _fonts()
    painter = QPainter(device)
    try:
        return _paint(painter, device, doc, fonts)
    finally:
        painter.end()


def _paint(painter: QPainter, device: QPagedPaintDevice, doc: PrintedList, fonts: _Fonts) -> int:
    area = QRectF(device.pageLayout().paintRectPixels(device.resolution()))
    area.moveTo(0, 0)
    points = device.resolution() / 72.0  # device pixels per point
    pad = PAD * points
    lefts, x = [], 0.0
    for share in doc.widths:
        lefts.append(x)
        x += share * area.width()
    widths = [share * area.width() for share in doc.widths]
    flags = int(Qt.TextFlag.TextWordWrap)

    def height_of(cells: tuple[str, ...], font: QFont) -> float:
        metrics = QFontMetricsF(font, device)
        return max(metrics.boundingRect(QRectF(0, 0, w - 2 * pad, 1e6), flags, text).height()
                   for w, text in zip(widths, cells, strict=True)) + 2 * pad

    def block_height(text: str, font: QFont) -> float:
        return QFontMetricsF(font, device).boundingRect(QRectF(0, 0, area.width(), 1e6), flags, text).height()

    header_h = height_of(doc.headers, fonts.bold)
    footer_h = block_height(doc.footer, fonts.text) + pad
    bottom = area.height() - footer_h
    intro = [(doc.title, fonts.title)] + [(line, fonts.text) for line in doc.lines]
    intro_h = sum(block_height(t, f) + pad for t, f in intro) + pad
    # pagination first, to print "page n / N"
    pages: list[list[int]] = [[]]
    y = intro_h + header_h
    for i, row in enumerate(doc.rows):
        h = height_of(row, fonts.text)
        if y + h > bottom and pages[-1]:
            pages.append([])
            y = header_h
        pages[-1].append(i)
        y += h
    for number, rows in enumerate(pages, 1):
        if number > 1:
            device.newPage()
        y = 0.0
        if number == 1:
            for text, font in intro:
                painter.setFont(font)
                painter.setPen(QColor("#111827"))
                h = block_height(text, font)
                painter.drawText(QRectF(0, y, area.width(), h), flags, text)
                y += h + pad
            y += pad
        y = _row(painter, doc.headers, lefts, widths, y, header_h, fonts.bold, pad, heading=True)
        for i in rows:
            h = height_of(doc.rows[i], fonts.text)
            grey = bool(doc.warned[i]) if i < len(doc.warned) else False
            y = _row(painter, doc.rows[i], lefts, widths, y, h, fonts.text, pad, grey=grey)
        painter.setFont(fonts.text)
        painter.setPen(QColor("#6b7280"))
        painter.drawText(QRectF(0, area.height() - footer_h + pad, area.width(), footer_h), flags,
                         f"{doc.footer} — {number} / {len(pages)}")
    return len(pages)


def _row(painter: QPainter, cells: tuple[str, ...], lefts: list[float], widths: list[float], y: float, h: float,
         font: QFont, pad: float, *, heading: bool = False, grey: bool = False) -> float:
    if heading:
        painter.fillRect(QRectF(lefts[0], y, sum(widths), h), QColor("#e5e7eb"))
    painter.setFont(font)
    painter.setPen(QColor("#6b7280" if grey else "#111827"))
    for left, width, text in zip(lefts, widths, cells, strict=True):
        painter.drawText(QRectF(left + pad, y + pad, width - 2 * pad, h - 2 * pad), int(Qt.TextFlag.TextWordWrap),
                         text)
    painter.setPen(QPen(QColor("#9ca3af"), 0))
    box = QRectF(lefts[0], y, sum(widths), h)
    painter.drawLine(box.bottomLeft(), box.bottomRight())
    return y + h


def write_list_pdf(doc: PrintedList, path: Path, *, title: str) -> int:
    """The list as a PDF; the file appears only when complete. Returns the page count."""
    return pdf_file(path, title=title, layout=page_layout(), resolution=300, paint=lambda w: paint_list(w, doc))


def _printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(page_layout())
    return printer


def print_list(doc: PrintedList, parent: QWidget | None, *, title: str) -> bool:
    printer = _printer(title)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_list(printer, doc)
    return True


def preview_list(doc: PrintedList, parent: QWidget | None, *, title: str) -> QPrintPreviewDialog:
    return preview_with(_printer(title), lambda target: paint_list(target, doc), parent, title=title)
