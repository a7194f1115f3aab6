"""Opening, checking and loading the reference database (read-only for the app)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from centre_finder.core.models import (
    Centre,
    CommonCondition,
    Disease,
    DiseaseGroup,
    Expertise,
    Pnds,
    ReferenceCentre,
    Trial,
)

SCHEMA_VERSION = 2  # 2: diseases.population, trials.recruitment
EXPECTED_TABLES = frozenset({
    "metadata", "centres", "centre_roles", "centre_sources", "reference_centres", "reference_centre_scope",
    "diseases", "disease_names", "disease_groups", "disease_group_names", "common_conditions",
    "common_condition_names", "expertise", "pnds", "pnds_diseases", "trials", "trial_diseases",
    "trial_sites", "provenance", "centres_fts", "trials_fts", "source_files",
})


class DatabaseError(Exception):
    """The reference database cannot be used. `kind` tells the UI which way out to offer."""

    def __init__(self, kind: str, path: Path, detail: str):
        self.kind = kind  # "missing" | "corrupt" | "newer_schema" | "older_schema" | "incomplete"
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{path}: {detail}")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open an existing database read-only (never creates a file)."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError("missing", path, "database file not found")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("corrupt", path, f"not a readable SQLite database ({exc})") from exc
    conn.row_factory = sqlite3.Row
    return conn


def verify(path: Path, *, full: bool = False) -> dict[str, str]:
    """Quick (or full) integrity check, schema version and expected tables; returns the metadata."""
    conn = connect_readonly(path)
    try:
        try:
            pragma = "integrity_check" if full else "quick_check"
            status = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
            tables = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
        except sqlite3.DatabaseError as exc:
            raise DatabaseError("corrupt", path, f"damaged database ({exc})") from exc
        if status != ["ok"]:
            raise DatabaseError("corrupt", path, f"integrity check failed: {'; '.join(status[:3])}")
        if "metadata" not in tables:
            raise DatabaseError("incomplete", path, "not a Centre Finder database (no metadata table)")
        meta = {r["key"]: r["value"] for r in conn.execute("select key, value from metadata")}
        try:
            version = int(meta.get("schema_version", "0"))
        except ValueError:
            version = 0
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                "newer_schema", path,
                f"schema version {version} is newer than this application understands ({SCHEMA_VERSION}); "
                "update Centre Finder or restore the bundled database",
            )
        if version < SCHEMA_VERSION:
            raise DatabaseError("older_schema", path, f"schema version {version} is older than {SCHEMA_VERSION}")
        missing = EXPECTED_TABLES - tables
        if missing:
            raise DatabaseError("incomplete", path, f"missing tables: {', '.join(sorted(missing))}")
        return meta
    finally:
        conn.close()


@dataclass
class ReferenceData:
    """Everything the search needs, loaded once into memory (a few hundred rows)."""

    path: Path
    metadata: dict[str, str]
    centres: dict[str, Centre]
    diseases: dict[str, Disease]
    groups: dict[str, DiseaseGroup]
    common_conditions: dict[str, CommonCondition]
    reference_centres: dict[str, ReferenceCentre]
    pnds: list[Pnds]
    trials: dict[str, Trial]
    expertise: dict[str, list[Expertise]]  # by centre id
    conn: sqlite3.Connection | None = None

    @property
    def counts(self) -> dict[str, int]:
        return json.loads(self.metadata.get("counts", "{}"))

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def provenance(self, table_name: str, row_id: str) -> dict[str, str] | None:
        """Where a row of the data comes from (its provenance record), read when asked: 100,000 centres have
        100,000 records, which the start-up need not hold."""
        if self.conn is None:
            return None
        row = self.conn.execute("select * from provenance where table_name = ? and row_id = ?",
                                (table_name, row_id)).fetchone()
        return dict(row) if row is not None else None

    def children(self, disease_id: str) -> list[str]:
        return [d.id for d in self.diseases.values() if d.parent_id == disease_id]

    def ancestors(self, disease_id: str) -> list[str]:
        out, node = [], self.diseases[disease_id].parent_id if disease_id in self.diseases else ""
        while node and node not in out:
            out.append(node)
            node = self.diseases[node].parent_id if node in self.diseases else ""
        return out

    def descendants(self, disease_id: str) -> list[str]:
        out, todo = [], [disease_id]
        while todo:
            for child in self.children(todo.pop()):
                if child not in out:
                    out.append(child)
                    todo.append(child)
        return out

    def pnds_for(self, disease_id: str) -> list[Pnds]:
        """The PNDS of a disease, or of the group it belongs to, newest first."""
        wanted = {disease_id, *self.ancestors(disease_id)}
        found = [p for p in self.pnds if wanted.intersection(p.disease_ids)]
        return sorted(found, key=lambda p: (disease_id not in p.disease_ids, -p.year))

    def trials_for_centre(self, centre_id: str) -> list[Trial]:
        return [t for t in self.trials.values() if centre_id in t.site_ids]


def _names(conn: sqlite3.Connection, table: str, key: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in conn.execute(f"select {key}, name from {table} where kind = 'synonym' order by rowid"):
        out.setdefault(row[0], []).append(row[1])
    return out


CENTRE_COLUMNS = ("id, name, roles, reference_centre_id, reference_centre_name, hospital, confidence, department, "
                  "specialty, population, coordinator, address, postal_code, city, department_code, region, latitude, "
                  "longitude, coord_precision, phone, phone_type, website, finess_id, verified, notes")


def _centres(conn: sqlite3.Connection, sources: dict[str, list[str]]) -> dict[str, Centre]:
    """Every centre, by id, in the database's order.

    A directory may hold 100,000 centres: rows come as tuples, and each frozen Centre is made by filling its
    fields at once (what its generated __init__ does one `object.__setattr__` at a time, 14 times slower)."""
    centres: dict[str, Centre] = {}
    cursor = conn.cursor()
    cursor.row_factory = None
    for (cid, name, roles, reference_centre_id, reference_centre_name, hospital, confidence, department, specialty,
         population, coordinator, address, postal_code, city, department_code, region, latitude, longitude,
         coord_precision, phone, phone_type, website, finess_id, verified, notes) in cursor.execute(
            f"select {CENTRE_COLUMNS} from centres order by rowid"):
        centre = object.__new__(Centre)
        centre.__dict__.update(
            id=cid, name=name, roles=tuple(x for x in roles.split(";") if x),
            reference_centre_id=reference_centre_id or "", reference_centre_name=reference_centre_name,
            hospital=hospital, confidence=confidence, department=department, specialty=specialty,
            population=population, coordinator=coordinator, address=address, postal_code=postal_code, city=city,
            department_code=department_code, region=region, latitude=latitude, longitude=longitude,
            coord_precision=coord_precision, phone=phone, phone_type=phone_type, website=website,
            finess_id=finess_id or "", verified=verified, notes=notes, source_urls=tuple(sources.get(cid, ())))
        centres[cid] = centre
    return centres


def load(path: Path) -> ReferenceData:
    """Check and load the reference database; raises DatabaseError with a `kind` on failure."""
    meta = verify(path)
    conn = connect_readonly(path)
    try:
        synonyms = _names(conn, "disease_names", "disease_id")
        diseases = {
            r["id"]: Disease(r["id"], r["orpha_code"] or "", r["name_fr"], r["name_en"],
                             tuple(synonyms.get(r["id"], [])), r["group_id"] or "", r["parent_id"] or "",
                             r["population"] or "")
            for r in conn.execute("select * from diseases order by rowid")
        }
        group_syn = _names(conn, "disease_group_names", "group_id")
        groups = {
            r["id"]: DiseaseGroup(r["id"], r["name_fr"], r["name_en"], tuple(group_syn.get(r["id"], [])))
            for r in conn.execute("select * from disease_groups order by rowid")
        }
        common_syn = _names(conn, "common_condition_names", "condition_id")
        common = {
            r["id"]: CommonCondition(r["id"], r["name_fr"], r["name_en"], tuple(common_syn.get(r["id"], [])),
                                     r["specialty"], r["advice_fr"], r["advice_en"])
            for r in conn.execute("select * from common_conditions order by rowid")
        }
        scope: dict[str, list[str]] = {}
        for r in conn.execute("select reference_centre_id, disease_id from reference_centre_scope order by rowid"):
            scope.setdefault(r[0], []).append(r[1])
        references = {
            r["id"]: ReferenceCentre(r["id"], r["name"], r["short_name"], r["acronym"], r["network"],
                                     tuple(scope.get(r["id"], [])))
            for r in conn.execute("select * from reference_centres order by rowid")
        }
        sources: dict[str, list[str]] = {}
        for r in conn.execute("select centre_id, url from centre_sources order by centre_id, position"):
            sources.setdefault(r[0], []).append(r[1])
        centres = _centres(conn, sources)
        expertise: dict[str, list[Expertise]] = {}
        rows = conn.cursor()
        rows.row_factory = None  # ~250,000 rows for 100,000 centres: tuples, in Expertise's field order
        for r in rows.execute("select centre_id, disease_id, basis, evidence, source_url from expertise "
                              "order by rowid"):
            expertise.setdefault(r[0], []).append(Expertise(*r))
        pnds_diseases: dict[str, list[str]] = {}
        for r in conn.execute("select pnds_id, disease_id from pnds_diseases order by rowid"):
            pnds_diseases.setdefault(r[0], []).append(r[1])
        pnds = [Pnds(r["id"], r["title"], r["year"], r["url"], tuple(pnds_diseases.get(r["id"], [])))
                for r in conn.execute("select * from pnds order by rowid")]
        trial_diseases: dict[str, list[str]] = {}
        for r in conn.execute("select trial_id, disease_id from trial_diseases order by rowid"):
            trial_diseases.setdefault(r[0], []).append(r[1])
        trial_sites: dict[str, list[tuple[str, str]]] = {}
        for r in conn.execute("select trial_id, centre_id, site_status from trial_sites order by rowid"):
            trial_sites.setdefault(r[0], []).append((r[1], r[2]))
        trials = {
            r["id"]: Trial(r["id"], r["registry_id"], r["title"], r["product"], r["target"], r["kind"],
                           r["status"], r["url"], tuple(trial_diseases.get(r["id"], [])),
                           tuple(s for s, _ in trial_sites.get(r["id"], [])),
                           tuple(st for _, st in trial_sites.get(r["id"], [])), r["recruitment"])
            for r in conn.execute("select * from trials order by rowid")
        }
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError("corrupt", path, f"cannot read the database ({exc})") from exc
    return ReferenceData(Path(path), meta, centres, diseases, groups, common, references, pnds, trials,
                         expertise, conn)
