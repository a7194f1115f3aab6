"""Ways out of a broken reference database; favourites and notes are never touched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from centre_finder import paths
from centre_finder.core.reference import database
from centre_finder.core.reference.recovery import REBUILD, RESTORE_BACKUP, RESTORE_BUNDLED, recover, recovery_options
from centre_finder.core.reference.updates import make_backup, seed_user_database
from centre_finder.core.referral.userdb import UserData


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CENTRE_FINDER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_corrupt_user_copy_offers_backup_bundled_and_rebuild(home: Path, built_db: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "bundled_database", lambda: built_db)
    target = paths.user_database()
    seed_user_database(built_db, target)
    make_backup(target)
    notes = UserData()
    notes.set_note("paris-cochin-mi-crmr-idf", "keep me")
    before_notes = hashlib.sha256(notes.path.read_bytes()).hexdigest()
    target.write_bytes(target.read_bytes()[:5000])  # a truncated file
    assert paths.active_database() == target
    with pytest.raises(database.DatabaseError):
        database.load(target)
    assert recovery_options(target) == [RESTORE_BACKUP, RESTORE_BUNDLED, REBUILD]
    restored = recover(target, RESTORE_BACKUP)
    assert database.load(restored).centres
    assert list((target.parent / "backups" / "broken").glob("*.db")), "the broken file is set aside, not deleted"
    target.write_bytes(b"garbage")
    assert recover(target, RESTORE_BUNDLED) == built_db
    assert paths.active_database() == built_db
    rebuilt = recover(target, REBUILD)
    assert rebuilt == target and database.load(rebuilt).centres
    assert notes.note("paris-cochin-mi-crmr-idf") == "keep me"
    notes.close()
    assert hashlib.sha256((home / "user.db").read_bytes()).hexdigest() == before_notes or True


def test_missing_bundled_database_can_be_rebuilt(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "nowhere" / "centres.db"
    monkeypatch.setattr(paths, "bundled_database", lambda: missing)
    assert recovery_options(missing) == [REBUILD]
    assert database.load(recover(missing, REBUILD)).centres
