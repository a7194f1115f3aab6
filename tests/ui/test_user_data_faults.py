"""Favourites and notes in the window when their file is read-only, unusable, or a hostile import is chosen."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from centre_finder.core.reference import database
from centre_finder.core.referral import userdb
from centre_finder.core.referral.userdb import SchemaError, UserData
from centre_finder.ui import plaintext
from centre_finder.ui.app import create_window, wait_until

CENTRE = "bordeaux-chu-reso"


@pytest.fixture
def open_window(qapp, user_home: Path, built_db: Path):
    opened = []

    def make(userdata: UserData | None, problem: str = "", lang: str = "en"):
        data = database.load(built_db)
        window = create_window(data, settings=None, lang=lang, userdata=userdata, userdata_problem=problem)
        window.show()
        assert wait_until(lambda: window.map.is_ready, 30)
        opened.append((window, data, userdata))
        return window

    yield make
    for window, data, userdata in opened:
        with contextlib.suppress(RuntimeError):
            window.close()
        qapp.processEvents()
        data.close()
        if userdata is not None:
            userdata.close()


def test_read_only_notes_are_shown_not_editable(open_window, user_home: Path) -> None:
    """Issue 14: with a read-only data folder the notes disappeared; now they show, read-only, with the reason
    (the file is opened the way `UserData` falls back to when it cannot write, see tests/core/referral)."""
    writer = UserData()
    writer.set_note(CENTRE, "Demander l'infirmière de recherche")
    writer.set_favourite(CENTRE, True)
    writer.close()
    window = open_window(UserData(read_only=True))
    window.search_edit.setText("")
    window._search_now()
    assert window.select_centre(CENTRE)
    note = window.detail.findChild(QPlainTextEdit, "noteEditor")
    assert note.toPlainText() == "Demander l'infirmière de recherche" and note.isReadOnly()
    star = window.detail.findChild(QPushButton, "toggleFavourite")
    assert star.text().startswith("★") and not star.isEnabled()
    status = window.statusBar().findChild(type(window.summary_label), "userDataStatus")
    assert "read-only" in status.text()
    assert not window.menus.import_user_action.isEnabled()
    window.favourites_check.setChecked(True)
    assert window.proxy.rowCount() == 1, "the favourites filter still works"


def test_an_unusable_user_file_is_said_in_the_window(open_window, user_home: Path) -> None:
    path = userdb.default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {userdb.SCHEMA_VERSION}")
    conn.close()
    with pytest.raises(SchemaError) as caught:
        UserData()
    window = open_window(None, str(caught.value), lang="fr")
    status = window.statusBar().findChild(type(window.summary_label), "userDataStatus")
    assert "indisponibles" in status.text() and "no table favourites" in status.toolTip()
    assert not window.favourites_check.isEnabled() and not window.menus.import_user_action.isEnabled()


@pytest.mark.parametrize("payload", ['{"format": "centre-finder-user-data", "version": 1, "favourites": 5}',
                                     '{"format": "centre-finder-user-data", "version": 1, "notes": '
                                     '[{"centre_id": "c1", "body": "\\ud800"}]}',
                                     '{"format": "centre-finder-user-data", "version": 1, "notes": '
                                     + "[" * 50_000 + "]" * 50_000 + "}"])
def test_a_hostile_import_shows_a_message(open_window, user_home: Path, tmp_path: Path, monkeypatch,
                                          payload: str) -> None:
    """Issue 14: the window showed nothing when such a file raised a TypeError/UnicodeEncodeError/RecursionError."""
    window = open_window(UserData())
    bad = tmp_path / "bad.json"
    bad.write_text(payload, encoding="utf-8")
    shown = []
    monkeypatch.setattr(plaintext, "message", lambda *args: shown.append(args))
    assert not window.import_user_data(str(bad))
    assert len(shown) == 1 and "bad.json" in shown[0][3]
    assert window.userdata.notes() == [] and window.userdata.favourites() == set()
    json.dumps(shown[0][3])  # the message itself is plain, storable text
