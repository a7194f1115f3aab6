"""Opening, checking and loading the reference database (read-only for the app)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypeVar
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
    """Everything the search needs, read once: the centres and their expertise as rows, the rest as objects."""

    path: Path
    metadata: dict[str, str]
    centres: Centres
    diseases: dict[str, Disease]
    groups: dict[str, DiseaseGroup]
    common_conditions: dict[str, CommonCondition]
    reference_centres: dict[str, ReferenceCentre]
    pnds: list[Pnds]
    trials: dict[str, Trial]
    expertise: ExpertiseByCentre  # by centre id
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

    def regions(self) -> list[str]:
        """The regions of the centres, sorted."""
        return sorted({region for region in self.centres.column("region") if region})

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
CENTRE_FIELDS = tuple(CENTRE_COLUMNS.split(", "))
_Value = TypeVar("_Value")


class _MadeWhenRead(Mapping[str, _Value]):
    """A read-only mapping over rows kept as read: a value is made the first time it is read, then kept.
    Subclasses say which keys there are (`_keys`) and how a value is made (`_make`)."""

    _made: dict[str, _Value]

    def _keys(self) -> Mapping[str, object]:
        raise NotImplementedError

    def _make(self, key: str) -> _Value:
        raise NotImplementedError

    def __getitem__(self, key: str) -> _Value:
        value = self._made.get(key)
        if value is None:
            value = self._made[key] = self._make(key)
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._keys()

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())


class Centres(_MadeWhenRead[Centre]):
    """Every centre by id, in the database's order.

    A directory may hold 100,000 centres and a search or the map reads a few of them: the rows are kept as the
    tuples SQLite returns (`CENTRE_FIELDS` order, checked when loaded) and a Centre is made the first time it is
    read. `column` gives one field of every row, for the search's arrays."""

    def __init__(self, rows: list[tuple], sources: dict[str, list[str]]):
        self.rows = rows
        self.position = {row[0]: i for i, row in enumerate(rows)}
        self._sources = sources
        self._roles = {text: tuple(x for x in text.split(";") if x) for text in {row[2] for row in rows}}
        self._made: dict[str, Centre] = {}

    def _keys(self) -> dict[str, int]:
        return self.position

    def at(self, i: int) -> Centre:
        """The centre at position `i` (the database's order)."""
        return self[self.rows[i][0]]

    def column(self, name: str) -> list:
        """One field of every centre, in order; `roles` as tuples."""
        k = CENTRE_FIELDS.index(name)
        if name == "roles":
            return [self._roles[row[k]] for row in self.rows]
        return [row[k] for row in self.rows]

    @cached_property
    def role_combinations(self) -> dict[tuple[str, ...], int]:
        """How many centres hold each combination of roles (a few dozen): a count by network without a pass over
        every centre each time."""
        counts: dict[tuple[str, ...], int] = {}
        for text, n in Counter(row[2] for row in self.rows).items():
            counts[self._roles[text]] = counts.get(self._roles[text], 0) + n
        return counts

    def _make(self, centre_id: str) -> Centre:
        """A frozen Centre with its fields filled at once (its generated __init__ sets them one
        `object.__setattr__` at a time, 14 times slower)."""
        row = self.rows[self.position[centre_id]]
        centre = object.__new__(Centre)
        fields = dict(zip(CENTRE_FIELDS, row, strict=True))
        fields.update(roles=self._roles[row[2]], reference_centre_id=row[3] or "", finess_id=row[22] or "",
                      source_urls=tuple(self._sources.get(row[0], ())))
        centre.__dict__.update(fields)
        return centre


class ExpertiseByCentre(_MadeWhenRead[list[Expertise]]):
    """The expertise entries of each centre (250,000 for 100,000 centres), made when a centre's are read;
    `rows` holds them all as (centre_id, disease_id, basis, evidence, source_url) in the database's order."""

    def __init__(self, rows: list[tuple]):
        self.rows = rows
        self._made: dict[str, list[Expertise]] = {}

    def prepare(self) -> None:
        """Group the rows by centre now (from a thread: the first centre read then costs nothing)."""
        self._of  # noqa: B018  (computes and keeps it)

    @cached_property
    def _of(self) -> dict[str, list[int]]:
        """The rows of each centre, worked out when first asked (the search needs only `rows`)."""
        of: dict[str, list[int]] = {}
        for k, row in enumerate(self.rows):
            of.setdefault(row[0], []).append(k)
        return of

    def _keys(self) -> dict[str, list[int]]:
        return self._of

    def _make(self, centre_id: str) -> list[Expertise]:
        return [Expertise(*self.rows[k]) for k in self._of[centre_id]]

    def disease_ids(self) -> set[str]:
        """Every disease some centre has expertise in."""
        return {row[1] for row in self.rows}


def _check_large_tables(conn: sqlite3.Connection) -> None:
    """Raise BadRow for a row of the centres, their sources or their expertise that the app cannot use: a wrong
    type, a NULL, coordinates out of range, an unknown basis or disease (in SQL; `load` reads them meanwhile)."""
    rows.check(conn, "centres", rows.CENTRES)
    bad = conn.execute("select id, latitude, longitude from centres where abs(latitude) > 90 or abs(longitude) > 180 "
                       "limit 1").fetchone()
    if bad is not None:
        axis, value = ("latitude", bad[1]) if abs(bad[1] or 0) > 90 else ("longitude", bad[2])
        raise rows.BadRow(f"centres row {bad[0]!r}: {axis} {value} out of range")
    rows.check(conn, "centre_sources", {"centre_id": rows.ID, "url": rows.TEXT})
    rows.check(conn, "expertise", rows.EXPERTISE)
    bases = ", ".join(f"'{b}'" for b in EXPERTISE_BASES)
    # compared exactly, whatever collation a damaged schema gives the column
    bad = conn.execute(f"select centre_id, disease_id, basis from expertise "
                       f"where basis collate binary not in ({bases}) limit 1").fetchone()
    if bad is not None:
        raise rows.BadRow(f"expertise row ({bad[0]!r}, {bad[1]!r}): unknown basis {str(bad[2])[:40]!r}")
    bad = conn.execute("select centre_id, disease_id from expertise "
                       "where disease_id collate binary not in (select id from diseases) limit 1").fetchone()
    if bad is not None:
        raise rows.BadRow(f"expertise row ({bad[0]!r}, {bad[1]!r}): unknown disease")


def _centres(conn: sqlite3.Connection) -> Centres:
    """Every centre (the types checked by `_check_large_tables`, the roles here)."""
    sources: dict[str, list[str]] = {}
    for centre_id, url in conn.execute("select centre_id, url from centre_sources order by centre_id, position"):
        sources.setdefault(centre_id, []).append(url)
    cursor = conn.cursor()
    cursor.row_factory = None
    found = cursor.execute(f"select {CENTRE_COLUMNS} from centres order by rowid").fetchall()
    centres = Centres(found, sources)
    for text, roles in centres._roles.items():
        unknown = [x for x in roles if x not in ROLES]
        if unknown:
            cid = next(row[0] for row in found if row[2] == text)
            raise rows.BadRow(f"centres row {cid!r}: unknown role {unknown[0][:40]!r}")
    return centres


def _expertise(conn: sqlite3.Connection) -> ExpertiseByCentre:
    """Every expertise entry (checked by `_check_large_tables`)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return ExpertiseByCentre(cursor.execute(
        "select centre_id, disease_id, basis, evidence, source_url from expertise order by rowid").fetchall())


def load(path: Path) -> ReferenceData:
    """Check and load the reference database; raises DatabaseError with a `kind` on failure.

    Whatever is wrong with the file — unreadable pages, text that is not UTF-8, a NULL or a wrong type in a
    row, an unknown basis or role, a link to a missing disease — it is a DatabaseError (the start-up's
    recovery path) with a readable reason, never another exception.
    """
    # the checks that only SQLite works on (the integrity check, the rows of the large tables) run on a connection
    # of their own in a thread, while this one reads: SQLite releases the GIL, and with 100,000 centres each half
    # takes about a second. A failed check explains the failure better than what the reading hit: it wins.
    checked: list[BaseException | None] = []
    checking = threading.Thread(target=_check_in_thread, args=(Path(path), checked), name="database-check",
                                daemon=True)  # quitting during a start-up need not wait for the check
    conn = None
    failure: Exception | None = None
    try:
        checking.start()
        conn = connect_readonly(path)
        data = _read(conn, Path(path), _metadata(conn, Path(path)))
    except Exception as exc:  # reported below, after the checks
        failure = exc
    except BaseException:  # KeyboardInterrupt: at once, the check left to end on its own
        if conn is not None:
            conn.close()
        raise
    if checking.ident is not None:  # it started
        checking.join()
    problem = (checked[0] if checked else None) or failure
    if problem is None:
        return data
    if conn is not None:
        conn.close()
    if isinstance(problem, DatabaseError):
        raise problem
    if isinstance(problem, rows.BadRow):
        raise DatabaseError("corrupt", path, f"inconsistent data: {problem}") from problem
    if not isinstance(problem, Exception):
        raise problem  # KeyboardInterrupt, SystemExit in the checking thread
    # sqlite3.DatabaseError, UnicodeDecodeError, MemoryError on a huge value…
    raise DatabaseError("corrupt", path, f"cannot read the database ({type(problem).__name__}: {problem})") \
        from problem


def _check_in_thread(path: Path, outcome: list[BaseException | None]) -> None:
    """`verify`, then the rows of the large tables (`_check_large_tables`); the exception raised, or None."""
    try:
        verify(path)
        conn = connect_readonly(path)
        try:
            _check_large_tables(conn)
        finally:
            conn.close()
    except BaseException as exc:  # handed to the loading thread
        outcome.append(exc)
    else:
        outcome.append(None)


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
    centres = _centres(conn)
    expertise = _expertise(conn)
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
