"""The reference database's rows read with their types checked.

A damaged or hand-edited database (a NULL where the build never writes one, a number stored as text, bytes,
an unknown basis or role) must be refused when it is loaded, with the table, row and column named — not
surface later as a TypeError in the search or the window. The column types are those `build.py` writes.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator

ID = "id"  # non-empty text
TEXT = "text"  # text, possibly empty
OPTIONAL = "optional"  # text or NULL (read as "")
NUMBER = "number"  # a finite number or NULL (read as None)
INTEGER = "integer"  # an integer

CENTRES = {
    "id": ID, "name": TEXT, "roles": TEXT, "reference_centre_id": OPTIONAL, "reference_centre_name": TEXT,
    "hospital": TEXT, "confidence": TEXT, "department": TEXT, "specialty": TEXT, "population": TEXT,
    "coordinator": TEXT, "address": TEXT, "postal_code": TEXT, "city": TEXT, "department_code": TEXT,
    "region": TEXT, "latitude": NUMBER, "longitude": NUMBER, "coord_precision": TEXT, "phone": TEXT,
    "phone_type": TEXT, "website": TEXT, "finess_id": OPTIONAL, "verified": TEXT, "notes": TEXT,
}
DISEASES = {"id": ID, "orpha_code": OPTIONAL, "name_fr": TEXT, "name_en": TEXT, "group_id": OPTIONAL,
            "parent_id": OPTIONAL, "population": OPTIONAL}
GROUPS = {"id": ID, "name_fr": TEXT, "name_en": TEXT}
COMMON = {"id": ID, "name_fr": TEXT, "name_en": TEXT, "specialty": TEXT, "advice_fr": TEXT, "advice_en": TEXT}
REFERENCE_CENTRES = {"id": ID, "name": TEXT, "short_name": TEXT, "acronym": TEXT, "network": TEXT}
EXPERTISE = {"centre_id": ID, "disease_id": ID, "basis": TEXT, "evidence": TEXT, "source_url": TEXT}
PNDS = {"id": ID, "title": TEXT, "year": INTEGER, "url": TEXT}
TRIALS = {"id": ID, "registry_id": TEXT, "title": TEXT, "product": TEXT, "target": TEXT, "kind": TEXT,
          "status": TEXT, "url": TEXT, "recruitment": TEXT, "common_conditions": TEXT, "diseases_as_published": TEXT,
          "phase": TEXT, "sponsor": TEXT, "sponsor_class": TEXT, "ages": TEXT, "min_age": TEXT, "max_age": TEXT,
          "enrollment": TEXT, "enrollment_type": TEXT, "start_date": TEXT, "last_update": TEXT,
          "registry_read": TEXT}
TRIAL_SITES = {"trial_id": ID, "centre_id": ID, "site_status": TEXT, "registry_status": TEXT, "facility": TEXT,
               "city": TEXT, "postal_code": TEXT, "joined_by": TEXT, "named_by": TEXT}
PROVENANCE = {"table_name": ID, "row_id": ID, "source_file": TEXT, "source_line": INTEGER, "source_urls": TEXT,
              "verified": TEXT}


class BadRow(ValueError):
    """A row the application cannot use; the message names the table, the row and the column."""


_BAD = {  # SQL that is true when a value does not fit its kind (checked by SQLite, at C speed)
    ID: "typeof({c}) != 'text' or {c} = ''",
    TEXT: "typeof({c}) != 'text'",
    OPTIONAL: "typeof({c}) not in ('text', 'null')",
    NUMBER: "typeof({c}) not in ('real', 'integer', 'null') or abs({c}) > 1e308",
    INTEGER: "typeof({c}) != 'integer'",
}


def check(conn: sqlite3.Connection, table: str, spec: dict[str, str], *, where: str = "") -> None:
    """Raise BadRow, naming the row and the column, when a row of `table` does not fit `spec` (one SQL query; a
    large table is then read as plain tuples by its caller)."""
    columns = [d[1] for d in conn.execute(f"pragma table_info({table})")]
    missing = [c for c in spec if c not in columns]
    if missing:
        raise BadRow(f"{table}: missing column(s) {', '.join(missing)}")
    quoted = {c: f'"{c}"' for c in spec}
    names = ", ".join(quoted.values())
    bad = " or ".join("(" + _BAD[kind].format(c=quoted[c]) + ")" for c, kind in spec.items())
    filter_ = f"({where}) and " if where else ""
    found = conn.execute(f"select {names} from {table} where {filter_}({bad}) limit 1").fetchone()
    if found is not None:
        label = next(iter(found))
        for (column, kind), value in zip(spec.items(), found, strict=True):
            _value(value, kind, f"{table} row {str(label)[:60]!r}: {column}")
        raise BadRow(f"{table}: row {str(label)[:60]!r} is not valid")  # not reached: _value raised


def checked(conn: sqlite3.Connection, table: str, spec: dict[str, str], *, where: str = "",
            order: str = "rowid") -> Iterator[dict[str, object]]:
    """The rows of `table` as dicts of the columns in `spec` (NULLs read as "" or None), after checking them all.

    The check is one SQL query; only when it finds a bad row is that row looked at in Python, to say what is
    wrong with it.
    """
    check(conn, table, spec, where=where)
    names = ", ".join(f'"{c}"' for c in spec)
    optional = [c for c, kind in spec.items() if kind == OPTIONAL]
    for raw in conn.execute(f"select {names} from {table} {'where ' + where if where else ''} order by {order}"):
        row = dict(zip(spec, raw, strict=True))
        for column in optional:
            if row[column] is None:
                row[column] = ""
        yield row


def pairs(conn: sqlite3.Connection, table: str, first: str, second: str, *, where: str = "",
          order: str = "rowid") -> Iterator[tuple[str, str]]:
    """(id, text) rows of a link or names table."""
    for row in checked(conn, table, {first: ID, second: TEXT}, where=where, order=order):
        yield row[first], row[second]  # type: ignore[misc]


def _value(value: object, kind: str, where: str) -> None:
    """Raise BadRow saying how `value` does not fit `kind` (returns when it fits)."""
    expected = {ID: "non-empty text", TEXT: "text", OPTIONAL: "text", NUMBER: "a number", INTEGER: "an integer"}
    fits = {
        ID: isinstance(value, str) and bool(value),
        TEXT: isinstance(value, str),
        OPTIONAL: value is None or isinstance(value, str),
        NUMBER: value is None or (isinstance(value, int | float) and math.isfinite(value)),
        INTEGER: isinstance(value, int),
    }[kind]
    if not fits:
        raise BadRow(f"{where} is {describe(value)}, expected {expected[kind]}")


def describe(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return "binary data"
    if isinstance(value, str) and not value:
        return "empty"
    return f"{type(value).__name__} {str(value)[:40]!r}"
