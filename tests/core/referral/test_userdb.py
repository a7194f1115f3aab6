"""Favourites and private notes: separate from the reference data, migrated, portable, shared safely."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from centre_finder.core.reference import database
from centre_finder.core.reference.build import build_database
from centre_finder.core.referral import userdb
from centre_finder.core.referral.userdb import UserData, UserDataError


def test_favourites_and_notes(tmp_path: Path) -> None:
    u = UserData(tmp_path / "user.db")
    u.set_favourite("paris-cochin-mi-crmr-idf", True)
    u.set_note("paris-cochin-mi-crmr-idf", "Demander Mme X ; faxer avant d'appeler")
    assert u.favourites() == {"paris-cochin-mi-crmr-idf"}
    assert u.note("paris-cochin-mi-crmr-idf").startswith("Demander Mme X")
    u.set_favourite("paris-cochin-mi-crmr-idf", False)
    u.set_note("paris-cochin-mi-crmr-idf", "   ")
    assert u.favourites() == set() and u.notes() == []
    u.close()


def test_notes_survive_a_rebuild_and_orphans_are_kept(tmp_path: Path, sources_copy: Path) -> None:
    ref = tmp_path / "centres.db"
    build_database(sources_copy, ref)
    u = UserData(tmp_path / "user.db")
    u.set_note("angers-chu-pediatrie", "Secrétariat le matin")
    u.set_favourite("angers-chu-pediatrie", True)
    # the centre disappears from the sources; the reference database is rebuilt
    centres = sources_copy / "centres.csv"
    centres.write_text("\n".join(line for line in centres.read_text(encoding="utf-8").splitlines()
                                 if not line.startswith("angers-chu-pediatrie,")) + "\n", encoding="utf-8")
    build_database(sources_copy, ref)
    data = database.load(ref)
    assert "angers-chu-pediatrie" not in data.centres
    notes, favourites = u.orphans(set(data.centres))
    assert [n.body for n in notes] == ["Secrétariat le matin"] and favourites == ["angers-chu-pediatrie"]
    data.close()
    u.close()


def test_export_import_round_trip_merges(tmp_path: Path) -> None:
    a = UserData(tmp_path / "a.db")
    a.set_favourite("c1", True)
    a.set_note("c1", "note é à ü — « guillemets »")
    out = tmp_path / "export.json"
    assert a.export_json(out) == 2
    b = UserData(tmp_path / "b.db")
    b.set_note("c2", "kept")
    assert b.import_json(out) == (1, 1)
    assert b.note("c1") == "note é à ü — « guillemets »" and b.note("c2") == "kept"
    assert b.import_json(out) == (0, 0), "importing twice changes nothing"
    a.close()
    b.close()


@pytest.mark.parametrize("content", ["not json", "[]", '{"format": "other"}',
                                     '{"format": "centre-finder-user-data", "version": 99}',
                                     '{"format": "centre-finder-user-data", "version": 1, "notes": [{"x": 1}]}'])
def test_bad_import_files_change_nothing(tmp_path: Path, content: str) -> None:
    u = UserData(tmp_path / "u.db")
    u.set_note("c1", "mine")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(UserDataError):
        u.import_json(bad)
    assert [n.body for n in u.notes()] == ["mine"]
    u.close()


def test_migration_backs_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "user.db"
    u = UserData(path)
    u.set_note("c1", "before the upgrade")
    u.close()
    monkeypatch.setattr(userdb, "MIGRATIONS", [*userdb.MIGRATIONS, "alter table notes add column colour text"])
    monkeypatch.setattr(userdb, "SCHEMA_VERSION", len(userdb.MIGRATIONS))
    u = UserData(path)
    assert u.version == 2
    assert u.note("c1") == "before the upgrade"
    (backup,) = (tmp_path / "backups").glob("user-*-before-migration-1-to-2.db")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("select body from notes").fetchall() == [("before the upgrade",)]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    u.close()


def test_newer_user_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 42")
    before = path.read_bytes()
    with pytest.raises(UserDataError, match="newer"):
        UserData(path)
    assert path.read_bytes() == before


def test_two_instances_share_the_file_without_losing_notes(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    desk1, desk2 = UserData(path), UserData(path)
    for i in range(50):
        desk1.set_note(f"centre-{i}", f"desk 1 note {i}")
        desk2.set_note(f"other-{i}", f"desk 2 note {i}")
    assert len(desk1.notes()) == len(desk2.notes()) == 100
    assert desk1.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    desk1.close()
    desk2.close()


def test_unwritable_folder_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserDataError, match="cannot"):
        UserData(blocker / "sub" / "user.db")


def test_export_is_json_with_accents(tmp_path: Path) -> None:
    u = UserData(tmp_path / "u.db")
    u.set_note("c", "Évreux")
    u.export_json(tmp_path / "e.json")
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["notes"][0]["body"] == "Évreux"
    u.close()
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
