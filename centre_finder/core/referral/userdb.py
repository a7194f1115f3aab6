"""The user database: favourites and private notes, separate from the reference data.

It lives in the user's data folder (platformdirs), is never touched by a reference-data rebuild or
update, and keeps notes on centres that have left the reference data (shown as orphaned, never
dropped). Migrations are versioned (PRAGMA user_version) and the file is backed up before each one.
WAL mode and a busy timeout let two app instances (two desks, one clinic account) share it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from centre_finder.paths import user_data_dir

USER_DB_NAME = "user.db"
EXPORT_FORMAT = "centre-finder-user-data"
EXPORT_VERSION = 1

# Each migration takes the database from version i to i + 1. Never edit a released one: append.
MIGRATIONS: list[str] = [
    """
    create table favourites (
        centre_id text primary key,
        added_at text not null
    );
    create table notes (
        centre_id text primary key,
        body text not null,
        updated_at text not null
    );
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class UserDataError(Exception):
    """The user database cannot be opened or an import file is not valid."""


@dataclass(frozen=True)
class Note:
    centre_id: str
    body: str
    updated_at: str


def default_path() -> Path:
    return user_data_dir() / USER_DB_NAME


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class UserData:
    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserDataError(f"cannot create the user data folder {self.path.parent}: {exc.strerror}") from exc
        try:
            self.conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if self.version > SCHEMA_VERSION:  # checked before anything can change the file
                self.conn.close()
                raise UserDataError(
                    f"{self.path} was written by a newer Centre Finder (version {self.version_on_disk()} > "
                    f"{SCHEMA_VERSION}); it is left untouched"
                )
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise UserDataError(f"cannot open the user database {self.path}: {exc}") from exc

    # -- schema -----------------------------------------------------------------------------------
    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def version_on_disk(self) -> int:
        conn = sqlite3.connect(self.path)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()

    def _migrate(self) -> None:
        version = self.version
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            self.backup(f"before-migration-{version}-to-{SCHEMA_VERSION}")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self.conn.execute("begin immediate")
            try:
                for statement in MIGRATIONS[target - 1].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {target}")
                self.conn.execute("commit")
            except BaseException:
                self.conn.execute("rollback")
                raise

    def backup(self, label: str) -> Path:
        """Copy the database (consistently, with SQLite's backup API) next to it; returns the copy."""
        folder = self.path.parent / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"user-{datetime.now().strftime('%Y%m%d-%H%M%S')}-{label}.db"
        copy = sqlite3.connect(target)
        try:
            self.conn.backup(copy)
        finally:
            copy.close()
        return target

    def close(self) -> None:
        self.conn.close()

    # -- favourites -------------------------------------------------------------------------------
    def favourites(self) -> set[str]:
        return {r[0] for r in self.conn.execute("select centre_id from favourites")}

    def is_favourite(self, centre_id: str) -> bool:
        return self.conn.execute("select 1 from favourites where centre_id = ?", (centre_id,)).fetchone() is not None

    def set_favourite(self, centre_id: str, favourite: bool) -> None:
        if favourite:
            self.conn.execute("insert or ignore into favourites (centre_id, added_at) values (?, ?)",
                              (centre_id, _now()))
        else:
            self.conn.execute("delete from favourites where centre_id = ?", (centre_id,))

    # -- notes ------------------------------------------------------------------------------------
    def note(self, centre_id: str) -> str:
        row = self.conn.execute("select body from notes where centre_id = ?", (centre_id,)).fetchone()
        return row[0] if row else ""

    def set_note(self, centre_id: str, body: str) -> None:
        """Save (or, when empty, delete) the note of a centre. Each save is one atomic statement."""
        if body.strip():
            self.conn.execute(
                "insert into notes (centre_id, body, updated_at) values (?, ?, ?) "
                "on conflict(centre_id) do update set body = excluded.body, updated_at = excluded.updated_at",
                (centre_id, body, _now()),
            )
        else:
            self.conn.execute("delete from notes where centre_id = ?", (centre_id,))

    def notes(self) -> list[Note]:
        return [Note(*r) for r in self.conn.execute("select centre_id, body, updated_at from notes order by 1")]

    def orphans(self, known_centre_ids: set[str]) -> tuple[list[Note], list[str]]:
        """Notes and favourites about centres that are no longer in the reference data (kept, not dropped)."""
        notes = [n for n in self.notes() if n.centre_id not in known_centre_ids]
        favourites = sorted(c for c in self.favourites() if c not in known_centre_ids)
        return notes, favourites

    # -- moving to a new PC -----------------------------------------------------------------------
    def export_json(self, path: Path) -> int:
        payload = {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": _now(),
            "favourites": [{"centre_id": c, "added_at": a} for c, a in
                           self.conn.execute("select centre_id, added_at from favourites order by 1")],
            "notes": [{"centre_id": n.centre_id, "body": n.body, "updated_at": n.updated_at} for n in self.notes()],
        }
        tmp = Path(path).with_suffix(Path(path).suffix + ".tmp")
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)
        return len(payload["favourites"]) + len(payload["notes"])

    def import_json(self, path: Path) -> tuple[int, int]:
        """Merge favourites and notes from an export. A note that exists on both sides keeps the newer one.

        Returns (favourites added, notes added or updated). Nothing is changed if the file is invalid.
        """
        try:
            payload = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UserDataError(f"{path}: not a readable Centre Finder export ({exc})") from exc
        if not isinstance(payload, dict) or payload.get("format") != EXPORT_FORMAT:
            raise UserDataError(f"{path}: not a Centre Finder favourites/notes export")
        if not isinstance(payload.get("version"), int) or payload["version"] > EXPORT_VERSION:
            raise UserDataError(f"{path}: export version {payload.get('version')!r} is not supported")
        favourites = payload.get("favourites", [])
        notes = payload.get("notes", [])
        for item in [*favourites, *notes]:
            if not isinstance(item, dict) or not isinstance(item.get("centre_id"), str) or not item["centre_id"]:
                raise UserDataError(f"{path}: malformed entry {str(item)[:80]!r}")
        for n in notes:
            if not isinstance(n.get("body"), str) or not isinstance(n.get("updated_at", ""), str):
                raise UserDataError(f"{path}: malformed note for {n['centre_id']!r}")
        added = updated = 0
        self.conn.execute("begin immediate")
        try:
            for f in favourites:
                cur = self.conn.execute("insert or ignore into favourites (centre_id, added_at) values (?, ?)",
                                        (f["centre_id"], str(f.get("added_at") or _now())))
                added += cur.rowcount
            for n in notes:
                cur = self.conn.execute(
                    "insert into notes (centre_id, body, updated_at) values (?, ?, ?) "
                    "on conflict(centre_id) do update set body = excluded.body, updated_at = excluded.updated_at "
                    "where excluded.updated_at > notes.updated_at",
                    (n["centre_id"], n["body"], n.get("updated_at") or _now()),
                )
                updated += cur.rowcount
            self.conn.execute("commit")
        except BaseException:
            self.conn.execute("rollback")
            raise
        return added, updated
