"""Real QApplication (offscreen) with QtWebEngine configured before it exists."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from centre_finder.ui import qtargs

qtargs.configure()

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from centre_finder.core.reference import database  # noqa: E402
from centre_finder.core.referral.userdb import UserData  # noqa: E402
from centre_finder.ui.app import create_window, wait_until  # noqa: E402
from centre_finder.ui.settings import open_settings  # noqa: E402
from tests.mapping.conftest import run_js as run_page_js  # noqa: E402


def run_js(window, script: str, timeout_ms: int = 10000):
    """Run JavaScript in the window's map page and return its (JSON-decoded when possible) result."""
    return run_page_js(window.map, script, timeout_ms)


def type_text(widget, text: str) -> None:
    """Type like a keyboard would, accents included (QTest's keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def map_info(window) -> dict:
    return run_js(window, "cf.info()")


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("CENTRE_FINDER_HOME", str(home))
    return home



@pytest.fixture
def make_window(qapp, user_home: Path, built_db: Path):
    """Open real main windows on a real database; closes them afterwards."""
    opened = []

    def make(db: Path | None = None, *, lang: str = "fr", persist: bool = False, with_user_data: bool = True):
        data = database.load(db or built_db)
        userdata = UserData() if with_user_data else None
        window = create_window(data, settings=open_settings() if persist else None, lang=lang, userdata=userdata)
        if not persist:
            window.resize(1300, 850)
        window.show()
        assert wait_until(lambda: window.map.is_ready and window.map.is_painted, 30), window.map.console
        opened.append((window, data, userdata))
        return window

    yield make
    for window, data, userdata in opened:
        with contextlib.suppress(RuntimeError):  # already closed and deleted by the test
            window.close()
        qapp.processEvents()
        data.close()
        if userdata is not None:
            userdata.close()
    qapp.processEvents()


@pytest.fixture(scope="module")
def make_window_once(qapp, built_db: Path, tmp_path_factory: pytest.TempPathFactory):
    """One window for many examples (hypothesis runs the test body repeatedly)."""
    data = database.load(built_db)
    window = create_window(data, settings=None, lang="fr", userdata=None)
    window.resize(1300, 850)
    window.show()
    assert wait_until(lambda: window.map.is_ready and window.map.is_painted, 30)
    yield window
    window.close()
    qapp.processEvents()
    data.close()
