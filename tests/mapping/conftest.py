"""The real map page in a real QWebEngineView (offscreen), with the app's scheme, guard and bridge."""

from __future__ import annotations

import csv
import gzip
import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from centre_finder.ui import qtargs

qtargs.configure()

import pytest  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from benchmarks.directories import HOSPITALS  # noqa: E402
from centre_finder.mapping.markers import map_texts  # noqa: E402
from centre_finder.ui.app import wait_until  # noqa: E402
from centre_finder.ui.map_view import MapView  # noqa: E402


def run_js(view: MapView, script: str, timeout_ms: int = 20000):
    """Run JavaScript in the page; JSON results come back decoded."""
    box: dict = {}
    loop = QEventLoop()
    view.page().runJavaScript(script, 0, lambda value: (box.setdefault("v", value), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    value = box.get("v")
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def info(view: MapView) -> dict:
    return run_js(view, "cf.info()")


@pytest.fixture
def map_view(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("CENTRE_FINDER_HOME", str(tmp_path / "home"))
    view = MapView(offline_name="Carte hors ligne", online_name="OpenStreetMap (en ligne)")
    view.resize(1000, 700)
    view.show()
    view.start()
    view.set_texts(map_texts("fr"))
    assert wait_until(lambda: view.is_ready and view.is_painted, 30), view.console
    yield view
    view.dispose()
    view.close()
    qapp.processEvents()


@pytest.fixture(scope="session")
def register_markers() -> list[dict]:
    """The 15,181 hospitals of the Eurostat/GISCO register (real names and positions) as map markers."""
    markers = []
    with gzip.open(HOSPITALS, "rt", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, ValueError):
                continue
            markers.append({"id": f"h{i}", "lat": lat, "lon": lon, "name": row.get("hospital_name", ""),
                            "hospital": "", "roles": [], "phone": "", "phoneType": "", "kind": "department",
                            "referral": True, "approximate": False})
    return markers
