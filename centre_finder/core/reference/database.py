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
    EXPERTISE_BASES,
    ROLES,
    Centre,
    CommonCondition,
    Disease,
    DiseaseGroup,
    Expertise,
    Pnds,
    ReferenceCentre,
    Trial,
    TrialSite,
)
from centre_finder.core.reference import rows
from centre_finder.core.vocabulary.orphanet import Orphanet

SCHEMA_VERSION = 5  # 2: diseases.population, trials.recruitment; 3: the Orphanet vocabulary; 4: registry trials;
# 5: the HPO (signs)
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
    conn = None
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("select count(*) from sqlite_master").fetchone()
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # a damaged schema can make even the error message undecodable
        if conn is not None:
            conn.close()
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
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise DatabaseError("corrupt", path, f"damaged database ({exc})") from exc
        if status != ["ok"]:
            raise DatabaseError("corrupt", path, f"integrity check failed: {'; '.join(map(str, status[:3]))}")
        if "metadata" not in tables:
            raise DatabaseError("incomplete", path, "not a Centre Finder database (no metadata table)")
        meta = _metadata(conn, path)
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


def read_metadata(path: Path) -> dict[str, str]:
    """The metadata of a database without the other checks (DatabaseError when it cannot be read)."""
    conn = connect_readonly(path)
    try:
        return _metadata(conn, path)
    finally:
        conn.close()


def _metadata(conn: sqlite3.Connection, path: Path) -> dict[str, str]:
    """The metadata table as text keys and values; anything else there is a damaged database."""
    try:
        pairs = conn.execute("select key, value from metadata").fetchall()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise DatabaseError("corrupt", path, f"unreadable metadata ({exc})") from exc
    for key, value in pairs:
        if not (isinstance(key, str) and isinstance(value, str)):
            raise DatabaseError("corrupt", path, f"metadata {rows.describe(key)}: value is {rows.describe(value)}, "
                                                 "expected text")
    return dict(pairs)


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

    def provenance(self, table_name: str, row_id: str) -> dict[str, str] | None:
        """Where a row of the data comes from (its provenance record), read when asked: 100,000 centres have
        100,000 records, which the start-up need not hold."""
        if self.conn is None:
            return None
        found = self.query("select * from provenance where table_name = ? and row_id = ?", (table_name, row_id))
        return dict(found[0]) if found else None

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
    for owner, name in rows.pairs(conn, table, key, "name", where="kind = 'synonym'"):
        out.setdefault(owner, []).append(name)
    return out


def _links(conn: sqlite3.Connection, table: str, key: str, value: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for owner, item in rows.pairs(conn, table, key, value):
        out.setdefault(owner, []).append(item)
    return out


CENTRE_COLUMNS = ("id, name, roles, reference_centre_id, reference_centre_name, hospital, confidence, department, "
                  "specialty, population, coordinator, address, postal_code, city, department_code, region, latitude, "
                  "longitude, coord_precision, phone, phone_type, website, finess_id, verified, notes")


def _centres(conn: sqlite3.Connection, sources: dict[str, list[str]]) -> dict[str, Centre]:
    """Every centre, by id, in the database's order.

    A directory may hold 100,000 centres: rows come as tuples (their types checked beforehand, `rows.check`), and
    each frozen Centre is made by filling its fields at once (what its generated __init__ does one
    `object.__setattr__` at a time, 14 times slower). Unknown roles and impossible coordinates are refused."""
    centres: dict[str, Centre] = {}
    cursor = conn.cursor()
    cursor.row_factory = None
    for (cid, name, roles, reference_centre_id, reference_centre_name, hospital, confidence, department, specialty,
         population, coordinator, address, postal_code, city, department_code, region, latitude, longitude,
         coord_precision, phone, phone_type, website, finess_id, verified, notes) in cursor.execute(
            f"select {CENTRE_COLUMNS} from centres order by rowid"):
        role_list = tuple(x for x in roles.split(";") if x)
        unknown = [x for x in role_list if x not in ROLES]
        if unknown:
            raise rows.BadRow(f"centres row {cid!r}: unknown role {unknown[0][:40]!r}")
        for axis, value, bound in (("latitude", latitude, 90), ("longitude", longitude, 180)):
            if value is not None and not -bound <= value <= bound:
                raise rows.BadRow(f"centres row {cid!r}: {axis} {value} out of range")
        centre = object.__new__(Centre)
        centre.__dict__.update(
            id=cid, name=name, roles=role_list,
            reference_centre_id=reference_centre_id or "", reference_centre_name=reference_centre_name,
            hospital=hospital, confidence=confidence, department=department, specialty=specialty,
            population=population, coordinator=coordinator, address=address, postal_code=postal_code, city=city,
            department_code=department_code, region=region, latitude=latitude, longitude=longitude,
            coord_precision=coord_precision, phone=phone, phone_type=phone_type, website=website,
            finess_id=finess_id or "", verified=verified, notes=notes, source_urls=tuple(sources.get(cid, ())))
        centres[cid] = centre
    return centres


def load(path: Path) -> ReferenceData:
    """Check and load the reference database; raises DatabaseError with a `kind` on failure.

    Whatever is wrong with the file — unreadable pages, text that is not UTF-8, a NULL or a wrong type in a
    row, an unknown basis or role, a link to a missing disease — it is a DatabaseError (the start-up's
    recovery path) with a readable reason, never another exception.
    """
    meta = verify(path)
    conn = connect_readonly(path)
    try:
        data = _read(conn, Path(path), meta)
    except rows.BadRow as exc:
        conn.close()
        raise DatabaseError("corrupt", path, f"inconsistent data: {exc}") from exc
    except Exception as exc:  # sqlite3.DatabaseError, UnicodeDecodeError, MemoryError on a huge value…
        conn.close()
        raise DatabaseError("corrupt", path, f"cannot read the database ({type(exc).__name__}: {exc})") from exc
    return data


def _read(conn: sqlite3.Connection, path: Path, meta: dict[str, str]) -> ReferenceData:
    counts = json.loads(meta.get("counts", "{}"))
    if not (isinstance(counts, dict) and all(isinstance(v, int) for v in counts.values())):
        raise rows.BadRow("metadata: counts is not a JSON object of numbers")
    synonyms = _names(conn, "disease_names", "disease_id")
    diseases = {
        r["id"]: Disease(r["id"], r["orpha_code"], r["name_fr"], r["name_en"], tuple(synonyms.get(r["id"], [])),
                         r["group_id"], r["parent_id"], r["population"])
        for r in rows.checked(conn, "diseases", rows.DISEASES)
    }
    group_syn = _names(conn, "disease_group_names", "group_id")
    groups = {
        r["id"]: DiseaseGroup(r["id"], r["name_fr"], r["name_en"], tuple(group_syn.get(r["id"], [])))
        for r in rows.checked(conn, "disease_groups", rows.GROUPS)
    }
    common_syn = _names(conn, "common_condition_names", "condition_id")
    common = {
        r["id"]: CommonCondition(r["id"], r["name_fr"], r["name_en"], tuple(common_syn.get(r["id"], [])),
                                 r["specialty"], r["advice_fr"], r["advice_en"])
        for r in rows.checked(conn, "common_conditions", rows.COMMON)
    }
    scope = _links(conn, "reference_centre_scope", "reference_centre_id", "disease_id")
    references = {
        r["id"]: ReferenceCentre(r["id"], r["name"], r["short_name"], r["acronym"], r["network"],
                                 tuple(scope.get(r["id"], [])))
        for r in rows.checked(conn, "reference_centres", rows.REFERENCE_CENTRES)
    }
    sources: dict[str, list[str]] = {}
    for centre_id, url in rows.pairs(conn, "centre_sources", "centre_id", "url", order="centre_id, position"):
        sources.setdefault(centre_id, []).append(url)
    rows.check(conn, "centres", rows.CENTRES)
    centres = _centres(conn, sources)
    rows.check(conn, "expertise", rows.EXPERTISE)
    expertise: dict[str, list[Expertise]] = {}
    cursor = conn.cursor()
    cursor.row_factory = None  # ~250,000 rows for 100,000 centres: tuples, in Expertise's field order
    for r in cursor.execute("select centre_id, disease_id, basis, evidence, source_url from expertise order by rowid"):
        if r[2] not in EXPERTISE_BASES:
            raise rows.BadRow(f"expertise row ({r[0]!r}, {r[1]!r}): unknown basis {str(r[2])[:40]!r}")
        if r[1] not in diseases:
            raise rows.BadRow(f"expertise row ({r[0]!r}, {r[1]!r}): unknown disease")
        expertise.setdefault(r[0], []).append(Expertise(*r))
    pnds_diseases = _links(conn, "pnds_diseases", "pnds_id", "disease_id")
    pnds = [Pnds(r["id"], r["title"], r["year"], r["url"], tuple(pnds_diseases.get(r["id"], [])))
            for r in rows.checked(conn, "pnds", rows.PNDS)]
    trial_diseases = _links(conn, "trial_diseases", "trial_id", "disease_id")
    trial_sites: dict[str, list[TrialSite]] = {}
    for r in rows.checked(conn, "trial_sites", rows.TRIAL_SITES):
        trial_sites.setdefault(r["trial_id"], []).append(TrialSite(
            r["centre_id"], r["site_status"], r["registry_status"], r["facility"], r["city"], r["postal_code"],
            r["joined_by"], r["named_by"]))
    trials = {}
    for r in rows.checked(conn, "trials", rows.TRIALS):
        sites = tuple(trial_sites.get(r["id"], []))
        trials[r["id"]] = Trial(
            r["id"], r["registry_id"], r["title"], r["product"], r["target"], r["kind"], r["status"], r["url"],
            tuple(trial_diseases.get(r["id"], [])), tuple(s.centre_id for s in sites),
            tuple(s.site_status for s in sites), r["recruitment"], sites,
            common_ids=tuple(x.strip() for x in r["common_conditions"].split(";") if x.strip()),
            conditions=r["diseases_as_published"], phase=r["phase"], sponsor=r["sponsor"],
            sponsor_class=r["sponsor_class"], ages=tuple(x.strip() for x in r["ages"].split(";") if x.strip()),
            min_age=r["min_age"], max_age=r["max_age"], enrollment=r["enrollment"],
            enrollment_type=r["enrollment_type"], start_date=r["start_date"], last_update=r["last_update"],
            registry_read=r["registry_read"])
    return ReferenceData(path, meta, centres, diseases, groups, common, references, pnds, trials, expertise, conn)
