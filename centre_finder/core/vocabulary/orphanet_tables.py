"""The Orphanet vocabulary in the reference database: its source files, their checks, and the tables the
build writes from them (entities, names, classification links, ICD-10, onset, prevalence, routes, word index).

Everything a query needs is computed here, at build time, so that the app loads nothing large at start-up:
`disease_routes` says, for every disease, which diseases carrying centre expertise are above or below it in the
Orphanet classification (with the path), and `vocab_words` holds, for every word of every disease name, the
names it occurs in (a numpy int32 array), so recognising a disease is a few dictionary and array operations.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from centre_finder.core.text import fold

if TYPE_CHECKING:
    import sqlite_utils

    from centre_finder.core.reference.sources import Row

ORPHANET_FILES = (
    "orphanet/version.csv",
    "orphanet/entities.csv",
    "orphanet/synonyms.csv",
    "orphanet/redirections.csv",
    "orphanet/classifications.csv",
    "orphanet/links.csv",
    "orphanet/icd10.csv",
    "orphanet/onset.csv",
    "orphanet/prevalence.csv",
    "orphanet/definitions_en.csv",
)
ORPHANET_COLUMNS = {
    "orphanet/version.csv": ("key", "value"),
    "orphanet/entities.csv": ("orpha_code", "name_fr", "name_en", "level", "type", "status"),
    "orphanet/synonyms.csv": ("orpha_code", "lang", "synonym"),
    "orphanet/redirections.csv": ("from_code", "to_code", "kind"),
    "orphanet/classifications.csv": ("classification", "root_code", "name_fr", "name_en", "fai2r_ground"),
    "orphanet/links.csv": ("classification", "parent", "child"),
    "orphanet/icd10.csv": ("orpha_code", "icd10"),
    "orphanet/onset.csv": ("orpha_code", "onset"),
    "orphanet/prevalence.csv": ("orpha_code", "kind", "class", "geography"),
    "orphanet/definitions_en.csv": ("orpha_code", "definition"),
}
ORPHA_REF_RE = re.compile(r"^ORPHA:(\d{1,7})$")
ICD10_RE = re.compile(r"^[A-Z]\d\d(?:\.\d{1,2})?[+*]?$")
LEVELS = ("disorder", "group", "subtype")
STATUSES = ("active", "obsolete", "deprecated", "non_rare")
ONSETS = ("antenatal", "neonatal", "infancy", "childhood", "adolescent", "adult", "elderly", "all_ages")
# static order of names among equally good matches: curated first, then diseases the networks cover, then the rest
PRIORITY_CURATED, PRIORITY_COVERED, PRIORITY_OTHER = 0, 1, 2


def orpha_id(code: str) -> str:
    """The disease id of an Orphanet entity that no curated row names ("orpha-611")."""
    return f"orpha-{code}"


def validate(tables: dict[str, list[Row]], fail: Callable[[Row, str], None]) -> set[str]:
    """Check the Orphanet files; returns the active ORPHA codes (empty when the files are absent)."""
    entities = tables.get("orphanet/entities.csv", [])
    codes: dict[str, str] = {}
    for row in entities:
        code = row["orpha_code"]
        if not code.isdigit():
            fail(row, f"bad ORPHA code {code!r}: expected digits only")
        elif code in codes:
            fail(row, f"duplicate ORPHA code {code}")
        else:
            codes[code] = row["status"]
        if row["status"] not in STATUSES:
            fail(row, f"unknown status {row['status']!r} (expected one of: {', '.join(STATUSES)})")
        if row["level"] and row["level"] not in LEVELS:
            fail(row, f"unknown level {row['level']!r} (expected one of: {', '.join(LEVELS)})")
        if row["status"] == "active" and not (row["name_fr"] or row["name_en"]):
            fail(row, "an active entity needs a name")

    def known(row: Row, key: str) -> None:
        if row[key] not in codes:
            fail(row, f"unknown ORPHA code {row[key]!r} in {key}")

    for row in tables.get("orphanet/synonyms.csv", []):
        known(row, "orpha_code")
        if row["lang"] not in ("fr", "en") or not row["synonym"]:
            fail(row, "a synonym needs lang fr or en and a text")
    for row in tables.get("orphanet/redirections.csv", []):
        known(row, "from_code")
        known(row, "to_code")
    for row in tables.get("orphanet/links.csv", []):
        known(row, "parent")
        known(row, "child")
        if row["parent"] == row["child"]:
            fail(row, "an entity cannot be its own parent")
    for row in tables.get("orphanet/icd10.csv", []):
        known(row, "orpha_code")
        if not ICD10_RE.match(row["icd10"]):
            fail(row, f"bad ICD-10 code {row['icd10']!r}")
    for row in tables.get("orphanet/onset.csv", []):
        for onset in row["onset"].split(";"):
            if onset not in ONSETS:
                fail(row, f"unknown onset {onset!r} (expected one of: {', '.join(ONSETS)})")
    for name in ("orphanet/classifications.csv",):
        for row in tables.get(name, []):
            known(row, "root_code")
    return {code for code, status in codes.items() if status == "active"}


@dataclass
class Graph:
    """The union of Orphanet's classifications as parent and child maps (a disease may have several parents)."""

    parents: dict[str, list[str]]
    children: dict[str, list[str]]

    @classmethod
    def from_links(cls, links: Iterable[tuple[str, str]]) -> Graph:
        parents: dict[str, list[str]] = defaultdict(list)
        children: dict[str, list[str]] = defaultdict(list)
        for parent, child in sorted(set(links)):
            parents[child].append(parent)
            children[parent].append(child)
        return cls(dict(parents), dict(children))

    def paths(self, start: str, *, up: bool) -> dict[str, list[str]]:
        """Every entity above (or below) `start`, with the shortest path from `start` to it (breadth first)."""
        step = self.parents if up else self.children
        found: dict[str, list[str]] = {start: [start]}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for nxt in step.get(node, ()):
                if nxt not in found:
                    found[nxt] = [*found[node], nxt]
                    queue.append(nxt)
        del found[start]
        return found


def disease_routes(nodes: dict[str, str], canonical: Callable[[str], str], graph: Graph) -> list[dict[str, object]]:
    """Rows of `disease_routes`: for each disease node (disease id -> ORPHA code) that carries expertise, every
    Orphanet entity below it ("ancestor": the node is above the disease asked) or above it ("descendant").

    `path` runs from the upper entity down to the lower one, as disease ids, so the reason shown to a user
    can read "Myopathie inflammatoire idiopathique → Myosite à inclusions"."""
    rows: list[dict[str, object]] = []
    for node_id, code in sorted(nodes.items()):
        for other, path in graph.paths(code, up=False).items():
            rows.append({"disease_id": canonical(other), "node_id": node_id, "relation": "ancestor",
                         "distance": len(path) - 1, "path": " ".join(canonical(c) for c in path)})
        for other, path in graph.paths(code, up=True).items():
            rows.append({"disease_id": canonical(other), "node_id": node_id, "relation": "descendant",
                         "distance": len(path) - 1, "path": " ".join(canonical(c) for c in reversed(path))})
    return rows


@dataclass(frozen=True)
class NameRow:
    target: str  # "disease" | "group" | "common"
    target_id: str
    name: str
    kind: str  # "name_fr" | "name_en" | "synonym"
    lang: str
    priority: int  # PRIORITY_* * 10 + the entity's level (disorder 0, group 1, subtype 2)


def bulk_insert(db: sqlite_utils.Database, table: str, rows: list[dict[str, object]]) -> None:
    """Insert many rows with one prepared statement (sqlite-utils' insert_all costs seconds at this size)."""
    if not rows:
        return
    columns = list(rows[0])
    sql = f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))})"
    db.conn.executemany(sql, [tuple(r[c] for c in columns) for r in rows])


def write_vocabulary(db: sqlite_utils.Database, names: list[NameRow]) -> None:
    """The names a user may type (`vocab_entries`) and, for each word, the names holding it (`vocab_words`)."""
    entries, postings = [], defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    for row in names:
        folded = fold(row.name)
        key = (row.target, row.target_id, folded)
        if not folded or key in seen:
            continue
        seen.add(key)
        entry = len(entries)
        entries.append({"id": entry, "target": row.target, "target_id": row.target_id, "name": row.name,
                        "folded": folded, "kind": row.kind, "lang": row.lang, "priority": row.priority})
        for word in dict.fromkeys(folded.split()):
            postings[word].append(entry)
    db["vocab_entries"].create({"id": int, "target": str, "target_id": str, "name": str, "folded": str,
                                "kind": str, "lang": str, "priority": int}, pk="id")
    bulk_insert(db, "vocab_entries", entries)
    db["vocab_words"].create({"word": str, "entries": bytes}, pk="word")
    bulk_insert(db, "vocab_words", [{"word": w, "entries": np.array(ids, dtype="<i4").tobytes()}
                                    for w, ids in sorted(postings.items())])
    db["vocab_entries"].create_index(["folded"])
    db["vocab_entries"].create_index(["target_id"])
    # per-entry arrays, so the app loads three blobs rather than every name
    targets: dict[str, int] = {}
    target_of = [targets.setdefault(f"{e['target']}:{e['target_id']}", len(targets)) for e in entries]
    arrays = {
        "priority": np.array([e["priority"] for e in entries], dtype="<i2").tobytes(),
        "n_words": np.array([len(e["folded"].split()) for e in entries], dtype="<i2").tobytes(),
        "target": np.array(target_of, dtype="<i4").tobytes(),
        "targets": "\n".join(targets).encode("utf-8"),
    }
    db["vocab_arrays"].create({"name": str, "data": bytes}, pk="name")
    db["vocab_arrays"].insert_all({"name": k, "data": v} for k, v in arrays.items())
