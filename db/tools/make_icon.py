"""Draw the application icon (resources/icons/centre-finder.png and .ico) with Qt. Run once; outputs are committed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parents[2] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#7f1d1d"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    pin = QPainterPath()
    pin.moveTo(128 * s, 222 * s)
    pin.cubicTo(QPointF(70 * s, 150 * s), QPointF(60 * s, 128 * s), QPointF(60 * s, 104 * s))
    pin.arcTo(QRectF(60 * s, 36 * s, 136 * s, 136 * s), 180, -180)
    pin.cubicTo(QPointF(196 * s, 128 * s), QPointF(186 * s, 150 * s), QPointF(128 * s, 222 * s))
    p.setBrush(QColor("#ffffff"))
    p.drawPath(pin)
    p.setPen(QPen(QColor("#7f1d1d"), 16 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(128 * s, 76 * s), QPointF(128 * s, 132 * s))
    p.drawLine(QPointF(100 * s, 104 * s), QPointF(156 * s, 104 * s))
    p.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "centre-finder.png"))
    draw(256).save(str(OUT / "centre-finder.ico"))
    print(sorted(p.name for p in OUT.iterdir()))
