"""Opening, checking and loading the reference database (read-only for the app)."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass, field
from functools import cached_property
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
from centre_finder.core.vocabulary.orphanet import Orphanet

SCHEMA_VERSION = 4  # 2: diseases.population, trials.recruitment; 3: the Orphanet vocabulary; 4: the HPO (signs)
EXPECTED_TABLES = frozenset({
    "metadata", "centres", "centre_roles", "centre_sources", "reference_centres", "reference_centre_scope",
    "diseases", "disease_names", "disease_groups", "disease_group_names", "common_conditions",
    "common_condition_names", "expertise", "pnds", "pnds_diseases", "trials", "trial_diseases",
    "trial_sites", "provenance", "centres_fts", "trials_fts", "source_files",
    "orpha_entities", "orpha_synonyms", "orpha_redirections", "orpha_classifications", "orpha_links", "orpha_icd10",
    "orpha_onset", "orpha_prevalence", "orpha_definitions", "disease_routes", "vocab_entries", "vocab_words",
    "vocab_arrays", "hpo_terms", "hpo_names", "phenotype_arrays",
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
    provenance: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    conn: sqlite3.Connection | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Rows of a read-only query on the open database (thread-safe: one query at a time)."""
        assert self.conn is not None, "reference data was closed"
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    @cached_property
    def orphanet(self) -> Orphanet:
        """The Orphanet nomenclature, classification and codes, read on demand."""
        return Orphanet(self.query)

    def disease(self, disease_id: str) -> Disease | None:
        """A curated disease, or any Orphanet entity by its id ("orpha-611")."""
        return self.diseases.get(disease_id) or self.orphanet.disease(disease_id)

    @property
    def counts(self) -> dict[str, int]:
        return json.loads(self.metadata.get("counts", "{}"))

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

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
        centres = {}
        for r in conn.execute("select * from centres order by rowid"):
            centres[r["id"]] = Centre(
                id=r["id"], name=r["name"], roles=tuple(x for x in r["roles"].split(";") if x),
                reference_centre_id=r["reference_centre_id"] or "", reference_centre_name=r["reference_centre_name"],
                hospital=r["hospital"], confidence=r["confidence"], department=r["department"],
                specialty=r["specialty"], population=r["population"], coordinator=r["coordinator"],
                address=r["address"], postal_code=r["postal_code"], city=r["city"],
                department_code=r["department_code"], region=r["region"], latitude=r["latitude"],
                longitude=r["longitude"], coord_precision=r["coord_precision"], phone=r["phone"],
                phone_type=r["phone_type"], website=r["website"], finess_id=r["finess_id"] or "",
                verified=r["verified"], notes=r["notes"],
                source_urls=tuple(sources.get(r["id"], [])),
            )
        expertise: dict[str, list[Expertise]] = {}
        for r in conn.execute("select * from expertise order by rowid"):
            expertise.setdefault(r["centre_id"], []).append(
                Expertise(r["centre_id"], r["disease_id"], r["basis"], r["evidence"], r["source_url"])
            )
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
        provenance = {
            (r["table_name"], r["row_id"]): dict(r)
            for r in conn.execute("select * from provenance where table_name in ('centres', 'trials', 'pnds')")
        }
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError("corrupt", path, f"cannot read the database ({exc})") from exc
    return ReferenceData(Path(path), meta, centres, diseases, groups, common, references, pnds, trials,
                         expertise, provenance, conn)
