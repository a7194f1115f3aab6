"""The user database: favourites and private notes, separate from the reference data.

It lives in the user's data folder (platformdirs), is never touched by a reference-data rebuild or
update, and keeps notes on centres that have left the reference data (shown as orphaned, never
dropped). Migrations are versioned (PRAGMA user_version) and the file is backed up before each one.
WAL mode and a busy timeout let two app instances (two desks, one clinic account) share it; two instances
starting at once on a new file create its tables in one transaction, and retry while the other holds it.

A file that cannot be written (a read-only data folder) is opened read-only: notes and favourites are shown,
not editable (`read_only_reason` says why). A file at the right version whose tables are not the expected
ones is moved aside (kept, with a timestamped name) and favourites and notes are unavailable until the next
start, which begins a new file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from centre_finder.core.json_input import JsonInputError, read_json
from centre_finder.paths import user_data_dir

USER_DB_NAME = "user.db"
EXPORT_FORMAT = "centre-finder-user-data"
EXPORT_VERSION = 1

# Each migration takes the database from version i to i + 1. Never edit a released one: append.
MIGRATIONS: list[str] = [
    """
    create table if not exists favourites (
        centre_id text primary key,
        added_at text not null
    );
    create table if not exists notes (
        centre_id text primary key,
        body text not null,
        updated_at text not null
    );
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
EXPECTED_COLUMNS = {"favourites": {"centre_id", "added_at"}, "notes": {"centre_id", "body", "updated_at"}}
OPEN_ATTEMPTS = 8  # "database is locked" while another instance creates the file: wait and try again
MAX_IMPORT_BYTES = 20_000_000  # an export of thousands of notes is a few MB
MAX_ID_CHARS = 200
MAX_NOTE_CHARS = 100_000


class UserDataError(Exception):
    """The user database cannot be opened or an import file is not valid."""


class SchemaError(UserDataError):
    """The file's tables are not the expected ones; it was moved aside to `kept_as` (when it could be)."""

    def __init__(self, message: str, kept_as: Path | None):
        super().__init__(message)
        self.kept_as = kept_as


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
    def __init__(self, path: Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path else default_path()
        self.read_only_reason = ""
        if read_only:
            self._open_read_only("ouvert en lecture seule / opened read-only")
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserDataError(f"cannot create the user data folder {self.path.parent}: {exc.strerror}") from exc
        try:
            self._open_writable()
        except sqlite3.OperationalError as exc:
            if not (self.path.is_file() and _is_unwritable(exc)):
                raise UserDataError(f"cannot open the user database {self.path}: {exc}") from exc
            self._open_read_only(f"le dossier {self.path.parent} n'est pas modifiable / the folder cannot be written")
        except sqlite3.DatabaseError as exc:
            raise UserDataError(f"cannot open the user database {self.path}: {exc}") from exc
        except OSError as exc:  # the backup before a migration could not be written
            raise UserDataError(f"cannot prepare the user database {self.path}: {exc.strerror or exc}") from exc
        self._check_schema(move_aside=True)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    # -- opening ----------------------------------------------------------------------------------
    def _open_writable(self) -> None:
        for attempt in range(OPEN_ATTEMPTS):
            self.conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
            try:
                self.conn.execute("PRAGMA busy_timeout = 10000")
                self._refuse_newer()
                if self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
                    raise sqlite3.OperationalError("attempt to write a readonly database (WAL mode refused)")
                self.conn.execute("PRAGMA foreign_keys = ON")
                self._migrate()
                return
            except sqlite3.OperationalError as exc:
                self.conn.close()
                if not _is_busy(exc) or attempt == OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * 2 ** attempt)  # the other instance is creating the tables
            except BaseException:
                self.conn.close()
                raise

    def _open_read_only(self, reason: str) -> None:
        """Open for reading only (notes shown, not editable); `immutable` when even a lock file cannot be made."""
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        problem: Exception | None = None
        for suffix in ("", "&immutable=1"):
            try:
                self.conn = sqlite3.connect(uri + suffix, uri=True, check_same_thread=False)
                version = self.version
                break
            except sqlite3.DatabaseError as exc:
                problem = exc
                self.conn.close()
        else:
            raise UserDataError(f"cannot read the user database {self.path}: {problem}")
        if version != SCHEMA_VERSION:
            self.conn.close()
            raise UserDataError(f"{self.path} cannot be written and is at version {version} (this Centre Finder "
                                f"uses {SCHEMA_VERSION}): favourites and notes are unavailable")
        self.read_only_reason = reason
        self._check_schema(move_aside=False)

    def _refuse_newer(self) -> None:
        if self.version > SCHEMA_VERSION:  # checked before anything can change the file
            raise UserDataError(
                f"{self.path} was written by a newer Centre Finder (version {self.version} > "
                f"{SCHEMA_VERSION}); it is left untouched"
            )

    def _check_schema(self, *, move_aside: bool) -> None:
        """The expected tables and columns, or the file is kept aside and favourites and notes are unavailable."""
        problems = []
        for table, wanted in EXPECTED_COLUMNS.items():
            columns = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
            if not columns:
                problems.append(f"no table {table}")
            elif wanted - columns:
                problems.append(f"table {table} without column(s) {', '.join(sorted(wanted - columns))}")
        if not problems:
            return
        self.conn.close()
        kept_as = self._move_aside() if move_aside else None
        where = f"; it is kept as {kept_as} and the next start begins a new file" if kept_as else ""
        raise SchemaError(f"{self.path} is not a usable favourites and notes file ({'; '.join(problems)}){where}",
                          kept_as)

    def _move_aside(self) -> Path | None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}-unusable-{stamp}{self.path.suffix}")
        try:
            os.replace(self.path, aside)
            for extra in ("-wal", "-shm"):  # a WAL not yet folded in goes with its file
                companion = Path(f"{self.path}{extra}")
                if companion.exists():
                    os.replace(companion, Path(f"{aside}{extra}"))
        except OSError:
            return None
        return aside

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
        if self.version == SCHEMA_VERSION:
            return
        if self.version > 0:
            self.backup(f"before-migration-{self.version}-to-{SCHEMA_VERSION}")
        self.conn.execute("begin immediate")
        try:
            # read again under the write lock: another instance may have migrated the file meanwhile
            for target in range(self.version + 1, SCHEMA_VERSION + 1):
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

        Returns (favourites added, notes added or updated). Nothing is changed if the file is invalid: its size
        is bounded before it is parsed, then its shape, its depth and every text are checked.
        """
        if self.read_only:
            raise UserDataError(f"favourites and notes are read-only: {self.read_only_reason}")
        favourites, notes = _import_entries(Path(path))
        added = updated = 0
        self.conn.execute("begin immediate")
        try:
            for f in favourites:
                cur = self.conn.execute("insert or ignore into favourites (centre_id, added_at) values (?, ?)",
                                        (f["centre_id"], f.get("added_at") or _now()))
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


def _import_entries(path: Path) -> tuple[list[dict], list[dict]]:
    """The favourites and notes of an export file, checked; UserDataError saying what is wrong and where."""
    try:
        payload = read_json(path, max_bytes=MAX_IMPORT_BYTES, max_depth=4)
    except JsonInputError as exc:
        raise UserDataError(f"not a readable Centre Finder export: {exc}") from exc
    if not isinstance(payload, dict) or payload.get("format") != EXPORT_FORMAT:
        raise UserDataError(f"{path}: not a Centre Finder favourites/notes export")
    version = payload.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= EXPORT_VERSION:
        raise UserDataError(f"{path}: export version {str(version)[:20]!r} is not supported")
    lists = {}
    for key, fields in (("favourites", {"added_at": 64}), ("notes", {"body": MAX_NOTE_CHARS, "updated_at": 64})):
        items = payload.get(key, [])
        if not isinstance(items, list):
            raise UserDataError(f"{path}: {key!r} is not a list")
        for i, item in enumerate(items):
            where = f"{path}: {key}[{i}]"
            if not isinstance(item, dict):
                raise UserDataError(f"{where} is not an object")
            centre = item.get("centre_id")
            if not isinstance(centre, str) or not centre or len(centre) > MAX_ID_CHARS:
                raise UserDataError(f"{where}: centre_id must be a centre id (text, at most {MAX_ID_CHARS} "
                                    "characters)")
            for name, limit in fields.items():  # dates may be missing (then: now); a note's body may not
                value = item.get(name)
                if not isinstance(value, str) and (value is not None or name == "body"):
                    raise UserDataError(f"{where} ({centre[:40]!r}): {name} must be text")
                if value is not None and len(value) > limit:
                    raise UserDataError(f"{where} ({centre[:40]!r}): {name} longer than {limit} characters")
        lists[key] = items
    return lists["favourites"], lists["notes"]


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _is_unwritable(exc: sqlite3.OperationalError) -> bool:
    """The error of opening a file for writing in a read-only place (not a damaged file, not a lock)."""
    text = str(exc)
    return "readonly" in text or "read-only" in text or "unable to open" in text
