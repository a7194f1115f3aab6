"""Derived tables an update takes unchanged from the database it updates, when their inputs are the same.

An import or a trials refresh changes centres or trials; the Orphanet vocabulary and the HPO tables do not depend
on them, and deriving them again is most of a build (seconds). Each such set of tables records a fingerprint of
its inputs in the metadata; a build given the previous database copies the tables when the fingerprints agree.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from centre_finder.core.reference import database


def fingerprint(*parts: object) -> str:
    """A digest of the inputs: bytes as they are, anything else as canonical JSON."""
    digest = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else json.dumps(part, sort_keys=True, ensure_ascii=False).encode()
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def reusable(previous: Path | None, key: str, value: str, tables: tuple[str, ...]) -> dict[str, str] | None:
    """The metadata of `previous` when it records `key` = `value` and holds `tables`; else None."""
    if previous is None:
        return None
    try:
        conn = database.connect_readonly(previous)
    except (database.DatabaseError, sqlite3.Error, OSError):
        return None
    try:
        metadata = dict(conn.execute("select key, value from metadata").fetchall())
        present = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return metadata if metadata.get(key) == value and set(tables) <= present else None


def copy_tables(conn: sqlite3.Connection, previous: Path, tables: tuple[str, ...]) -> None:
    """Create `tables` (and their indexes) as `previous` has them and copy their rows."""
    conn.execute("attach database ? as previous", (str(previous),))
    try:
        marks = ",".join("?" * len(tables))
        schema = conn.execute(
            f"select sql from previous.sqlite_master where sql is not null and (name in ({marks}) "
            f"or tbl_name in ({marks})) order by type = 'index'", tables * 2).fetchall()
        for (sql,) in schema:
            conn.execute(sql)
        for table in tables:
            conn.execute(f"insert into main.[{table}] select * from previous.[{table}]")
        conn.commit()
    finally:
        conn.execute("detach database previous")
