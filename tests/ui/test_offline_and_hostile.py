"""Offline by construction, and centre data shown as text wherever it appears."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from centre_finder.core.reference.build import build_database
from centre_finder.ui.app import wait_until
from tests.ui.conftest import map_info, run_js

HOSTILE_NAME = ('<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
                "<b>Bold</b> & \"quoted\" 'single' \\ backslash")


def test_map_page_requests_nothing_outside_the_application(qtbot, make_window) -> None:
    window = make_window()
    window.search_edit.setText("lupus")
    window.location_edit.setText("Évreux")
    window._search_now()
    window.select_centre(window.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2))
    assert wait_until(lambda: map_info(window)["popupOpen"], 10)
    qtbot.wait(300)
    guard = window.map.guard
    assert any(u.startswith("cf://tiles/") for u in guard.seen)
    assert any(u.startswith("cf://app/leaflet/") for u in guard.seen)
    assert guard.outside_requests() == [], guard.outside_requests()
    assert window.map.console == []


def test_outside_requests_are_caught_and_blocked(qtbot, make_window) -> None:
    window = make_window()
    run_js(window, "var i = new Image(); i.src = 'https://tile.openstreetmap.org/6/32/22.png';"
                   "fetch('http://example.org/probe').catch(function () {}); 'ok'")
    guard = window.map.guard
    assert wait_until(lambda: len(guard.blocked) >= 2, 5), guard.blocked
    assert "https://tile.openstreetmap.org/6/32/22.png" in guard.blocked
    assert "http://example.org/probe" in guard.blocked


def test_online_layer_only_when_the_user_picks_it(qtbot, make_window) -> None:
    window = make_window()
    guard = window.map.guard
    assert guard.online_allowed is False
    # the user opens the layer control and picks the online layer
    run_js(window, "document.querySelectorAll('.leaflet-control-layers-base input')[1].click(); 'ok'")
    assert wait_until(lambda: guard.online_allowed, 5)
    assert map_info(window)["onlineLayer"] is True
    run_js(window, "document.querySelectorAll('.leaflet-control-layers-base input')[0].click(); 'ok'")
    assert wait_until(lambda: not guard.online_allowed, 5)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    from centre_finder import paths

    sources = tmp_path_factory.mktemp("hostile") / "sources"
    shutil.copytree(paths.sources_dir(), sources)
    path = sources / "centres.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0])
    for row in rows:
        if row["id"] == "paris-cochin-mi-crmr-idf":
            row["name"] = HOSTILE_NAME
            row["department"] = "<iframe src='javascript:alert(1)'></iframe>"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    out = sources.parent / "hostile.db"
    build_database(sources, out)
    return out


def test_hostile_centre_data_is_text_in_table_detail_and_popup(qtbot, make_window, hostile_db: Path) -> None:
    window = make_window(hostile_db)
    window.search_edit.setText("sclérodermie")
    window._search_now()
    centre_id = "paris-cochin-mi-crmr-idf"
    row = window.model.row_of(centre_id)
    assert window.model.index(row, 0).data().split("\n")[1].startswith("<iframe src='javascript:alert(1)'></iframe>")
    assert window.model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith(HOSTILE_NAME)
    tooltip = window.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert escape(HOSTILE_NAME) in tooltip and "<script>" not in tooltip  # Qt would read it as rich text
    assert window.select_centre(centre_id)
    title = window.detail.findChild(QLabel, "detailTitle")
    assert title.text() == HOSTILE_NAME and title.textFormat() == Qt.TextFormat.PlainText
    labels = [w for w in window.detail.findChildren(QLabel) if "iframe" in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert wait_until(lambda: map_info(window)["popupOpen"], 10)
    popup = run_js(window, f"cf.popupText({centre_id!r})")
    assert HOSTILE_NAME in popup["text"]
    assert "&lt;script&gt;" in popup["html"] and "<script>" not in popup["html"]
    assert run_js(window, "String(window.pwned)") == "undefined"
    assert window.map.guard.outside_requests() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="network namespaces are Linux")
def test_app_starts_and_paints_with_no_network_at_all(tmp_path: Path, built_db: Path) -> None:
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("unshare -n not permitted here")
    out = tmp_path / "offline.png"
    proc = subprocess.run(
        ["unshare", "-n", sys.executable, "-m", "centre_finder", "screenshot", "--out", str(out), "--query", "lupus",
         "--near", "Pessac", "--db", str(built_db)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.stat().st_size > 50_000
    assert "0 request(s) outside the application" in proc.stderr


def test_website_links_open_only_http_urls_in_the_system_browser(qapp, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from centre_finder.ui.detail_pane import open_website

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    for hostile in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,<script>x</script>", "cf://app/",
                    "ftp://example.org", "http://", " javascript:alert(1)"):
        assert open_website(hostile) is False, hostile
    assert opened == []
    assert open_website("https://www.chu-lille.fr/") is True
    assert opened == ["https://www.chu-lille.fr/"]
