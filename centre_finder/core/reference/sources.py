"""Reading and validating the curated source files in `db/sources/`.

Every problem is reported as `file:line: what is wrong`, all of them at once, so a curator can fix
a file in one pass. Text is kept exactly as written (HTML included): it is data, shown as text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from centre_finder.core.models import (
    CONFIDENCE,
    COORD_PRECISIONS,
    DISEASE_GROUPS,
    PHONE_TYPES,
    POPULATIONS,
    ROLES,
    SPECIALTIES,
    TRIAL_RECRUITMENT,
    TRIAL_SITE_STATUSES,
)
from centre_finder.core.phenotypes.tables import PHENOTYPE_COLUMNS, PHENOTYPE_FILES
from centre_finder.core.phenotypes.tables import validate as validate_phenotypes
from centre_finder.core.reference.areas import in_coverage
from centre_finder.core.reference.links import citable
from centre_finder.core.trials.registry import NCT_RE, STATUSES
from centre_finder.core.vocabulary.orphanet_tables import ORPHA_REF_RE, ORPHANET_COLUMNS, ORPHANET_FILES
from centre_finder.core.vocabulary.orphanet_tables import validate as validate_orphanet

SOURCE_FILES = (
    "centres.csv",
    "reference_centres.csv",
    "diseases.csv",
    "disease_groups.csv",
    "common_conditions.csv",
    "reference_centre_scope.csv",
    "centre_diseases.csv",
    "pnds.csv",
    "trials.csv",
    "trial_sites.csv",
    "registry_sites.csv",
    "trial_conditions.csv",
    "trial_site_names.csv",
    *ORPHANET_FILES,
    *PHENOTYPE_FILES,
)

CENTRE_COLUMNS = (
    "id", "name", "roles", "reference_centre", "hospital", "confidence", "department", "specialty",
    "population", "coordinator", "address", "postal_code", "city", "department_code", "region",
    "latitude", "longitude", "coord_precision", "phone", "phone_type", "website", "finess_id", "label_scope",
    "verified", "notes", "source_urls",
)
COLUMNS = {
    "centres.csv": CENTRE_COLUMNS,
    "reference_centres.csv": ("id", "name", "short_name", "acronym", "network", "source_urls"),
    "diseases.csv": ("id", "orpha_code", "name_fr", "name_en", "synonyms", "group", "parent", "population",
                     "source_urls"),
    "disease_groups.csv": ("id", "name_fr", "name_en", "synonyms", "orpha_codes", "source_urls"),
    "common_conditions.csv": ("id", "name_fr", "name_en", "synonyms", "specialty", "advice_fr", "advice_en"),
    "reference_centre_scope.csv": ("reference_centre", "disease", "evidence", "source_urls"),
    "centre_diseases.csv": ("centre", "disease", "evidence", "source_url"),
    "pnds.csv": ("id", "title", "diseases", "year", "url", "source_urls"),
    "trials.csv": (
        "id", "registry_id", "title", "product", "target", "kind", "keywords", "diseases", "common_conditions",
        "diseases_as_published", "french_sites_as_published", "status", "recruitment", "phase", "sponsor",
        "sponsor_class", "ages", "min_age", "max_age", "enrollment", "enrollment_type", "start_date", "last_update",
        "registry_read", "url",
    ),
    "trial_sites.csv": ("trial", "centre", "site_status", "registry_status", "facility", "city", "postal_code",
                        "joined_by", "named_by", "source_url"),
    # trial sites the registry lists that are no known centre: centres of their own (same columns as centres.csv)
    "registry_sites.csv": CENTRE_COLUMNS,
    # a registry's conditions as published, mapped to diseases (reviewed by a curator)
    "trial_conditions.csv": ("condition", "trial", "mapped_to", "scope", "matched_by", "reviewed", "note"),
    # sourced facts naming the establishment behind a site the registry masks
    "trial_site_names.csv": ("registry_id", "facility", "postal_code", "city", "named_as", "source_url",
                             "source_date", "quote"),
    **ORPHANET_COLUMNS,
    **PHENOTYPE_COLUMNS,
}

ID_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
POSTAL_RE = re.compile(r"^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$")
PHONE_RE = re.compile(r"^(?:0\d(?:[ .]?\d\d){4}|\+\d{2,3}(?:[ .]?\d){8,10})$")
URL_RE = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)
SOURCE_REF_RE = re.compile(r"^(?:https?://[^\s<>\"]+|pypi:\S+)$", re.IGNORECASE)
ORPHA_RE = re.compile(r"^\d{1,7}$")
FINESS_RE = re.compile(r"^\d{2}[0-9AB]\d{6}$")

TRIAL_CONDITION_SCOPES = ("fai2r", "common", "neurology", "oncology", "other", "generic")



@dataclass(frozen=True)
class SourceProblem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class SourceError(Exception):
    """One or more rows of the sources are wrong; nothing was built or applied."""

    def __init__(self, problems: list[SourceProblem]):
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:50])
        more = f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s) in the sources:\n{shown}{more}")


@dataclass
class Row:
    """A source row with the file and line it came from."""

    values: dict[str, str]
    path: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.values[key]


@dataclass
class SourceData:
    directory: Path
    tables: dict[str, list[Row]] = field(default_factory=dict)
    raw: dict[str, bytes] = field(default_factory=dict)

    def rows(self, name: str) -> list[Row]:
        return self.tables[name]


def split_list(value: str, sep: str = ";") -> list[str]:
    return [v.strip() for v in value.split(sep) if v.strip()]


def parse_csv(data: bytes, path: str, columns: Iterable[str]) -> tuple[list[Row], list[SourceProblem]]:
    """Decode and parse one CSV file; rows that cannot be read are reported, not dropped silently."""
    problems: list[SourceProblem] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        reason = f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        return [], [SourceProblem(path, line, reason)]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return [], [SourceProblem(path, line, "contains a NUL byte: this is not a text CSV file")]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return [], [SourceProblem(path, 1, "empty file: expected a header line")]
    except csv.Error as exc:
        return [], [SourceProblem(path, 1, f"unreadable header: {exc}")]
    header = [h.strip() for h in header]
    wanted = list(columns)
    missing = [c for c in wanted if c not in header]
    if missing:
        return [], [SourceProblem(path, 1, f"missing column(s): {', '.join(missing)}")]
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        return [], [SourceProblem(path, 1, f"duplicate column(s): {', '.join(dupes)}")]
    rows: list[Row] = []
    line = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(SourceProblem(path, line, f"malformed CSV: {exc}"))
            break
        if not any(cell.strip() for cell in record):
            line = reader.line_num + 1
            continue
        if len(record) != len(header):
            problems.append(SourceProblem(path, line, f"expected {len(header)} fields, found {len(record)}"))
        else:
            rows.append(Row({h: v.strip() for h, v in zip(header, record, strict=True)}, path, line))
        line = reader.line_num + 1
    return rows, problems


def load_sources(directory: Path) -> SourceData:
    """Read every source file and check it; raises SourceError listing every bad row."""
    directory = Path(directory)
    data = SourceData(directory)
    problems: list[SourceProblem] = []
    for name in SOURCE_FILES:
        path = directory / name
        display = str(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            problems.append(SourceProblem(display, 0, "file not found"))
            continue
        except OSError as exc:
            problems.append(SourceProblem(display, 0, f"cannot read: {exc.strerror}"))
            continue
        data.raw[name] = raw
        rows, found = parse_csv(raw, display, COLUMNS[name])
        data.tables[name] = rows
        problems.extend(found)
    if problems:
        raise SourceError(problems)
    problems.extend(validate(data))
    if problems:
        raise SourceError(problems)
    return data


class _Checker:
    def __init__(self) -> None:
        self.problems: list[SourceProblem] = []

    def fail(self, row: Row, message: str) -> None:
        self.problems.append(SourceProblem(row.path, row.line, message))

    def unique_ids(self, rows: list[Row], key: str = "id") -> set[str]:
        seen: dict[str, int] = {}
        for row in rows:
            value = row[key]
            if not value:
                self.fail(row, f"empty {key}")
            elif not ID_RE.match(value):
                self.fail(row, f"bad {key} {value!r}: use lower-case letters, digits and hyphens")
            elif value in seen:
                self.fail(row, f"duplicate {key} {value!r} (first on line {seen[value]})")
            else:
                seen[value] = row.line
        return set(seen)

    def required(self, row: Row, *keys: str) -> None:
        for key in keys:
            if not row[key]:
                self.fail(row, f"empty {key}")

    def choice(self, row: Row, key: str, allowed: Iterable[str], *, empty_ok: bool = True) -> None:
        value = row[key]
        if not value and empty_ok:
            return
        if value not in allowed:
            self.fail(row, f"unknown {key} {value!r} (expected one of: {', '.join(allowed)})")

    def refs(self, row: Row, key: str, known: set[str], what: str, *, many: bool = False) -> None:
        values = split_list(row[key]) if many else ([row[key]] if row[key] else [])
        for value in values:
            if value not in known:
                self.fail(row, f"unknown {what} {value!r} in {key}")

    def urls(self, row: Row, key: str, *, required: bool, pattern: re.Pattern[str] = SOURCE_REF_RE) -> None:
        values = row[key].split()
        if required and not values:
            self.fail(row, f"empty {key}: every row needs at least one source")
        for value in values:
            if not pattern.match(value):
                self.fail(row, f"bad URL in {key}: {value[:80]!r}")

    def check(self, row: Row, condition: bool, message: str) -> None:
        if not condition:
            self.fail(row, message)


def _float(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def _check_centre(c: _Checker, row: Row, reference_ids: set[str]) -> None:
    c.required(row, "name", "city")
    roles = split_list(row["roles"])
    for i, role in enumerate(roles):
        if role not in ROLES:
            c.fail(row, f"unknown role {role!r} (expected one of: {', '.join(ROLES)})")
        elif role in roles[:i]:
            c.fail(row, f"role {role!r} listed twice in roles")
    c.refs(row, "reference_centre", reference_ids, "reference centre")
    c.choice(row, "confidence", CONFIDENCE, empty_ok=False)
    c.choice(row, "specialty", SPECIALTIES)
    c.choice(row, "population", POPULATIONS)
    c.choice(row, "coord_precision", COORD_PRECISIONS)
    c.choice(row, "phone_type", PHONE_TYPES)
    for group in split_list(row["label_scope"]):
        c.choice(Row({"label_scope": group}, row.path, row.line), "label_scope", DISEASE_GROUPS)
    if row["postal_code"]:
        c.check(row, bool(POSTAL_RE.match(row["postal_code"])),
                f"bad postal code {row['postal_code']!r}: expected 5 digits")
    if row["department_code"]:
        c.check(row, bool(re.match(r"^(?:\d{2,3}|2[AB])$", row["department_code"])),
                f"bad department_code {row['department_code']!r}")
    _check_position(c, row)
    if row["phone"]:
        c.check(row, bool(PHONE_RE.match(row["phone"])), f"bad phone number {row['phone']!r}")
        c.check(row, bool(row["phone_type"]), "phone without phone_type (switchboard or department)")
    if row["finess_id"]:
        c.check(row, bool(FINESS_RE.match(row["finess_id"])), f"bad FINESS number {row['finess_id']!r}: 9 characters")
    if row["website"]:
        c.check(row, bool(URL_RE.match(row["website"])), f"website is not an http(s) URL: {row['website'][:80]!r}")
    if row["verified"]:
        try:
            date.fromisoformat(row["verified"])
        except ValueError:
            c.fail(row, f"bad verified date {row['verified']!r}: expected YYYY-MM-DD")
    c.urls(row, "source_urls", required=True)


def _check_position(c: _Checker, row: Row) -> None:
    lat_text, lon_text = row["latitude"], row["longitude"]
    if not lat_text and not lon_text:
        return
    lat, lon = _float(lat_text), _float(lon_text)
    if lat is None or lon is None:
        c.fail(row, f"latitude/longitude must both be numbers, got {lat_text!r}, {lon_text!r}")
    elif not -90 <= lat <= 90:
        c.fail(row, f"latitude out of range: {lat}")
    elif not -180 <= lon <= 180:
        c.fail(row, f"longitude out of range: {lon}")
    elif not in_coverage(lat, lon):
        c.fail(row, f"coordinates {lat}, {lon} are outside France, its overseas territories and Europe")
    elif not row["coord_precision"]:
        c.fail(row, "coordinates without coord_precision (building or city)")


def validate(data: SourceData) -> list[SourceProblem]:
    """Cross-file checks: ids, references, vocabularies, formats."""
    c = _Checker()
    t = data.tables
    orpha_active = validate_orphanet(t, c.fail)
    validate_phenotypes(t, c.fail)
    reference_ids = c.unique_ids(t["reference_centres.csv"])
    for row in t["reference_centres.csv"]:
        c.required(row, "name")
        c.urls(row, "source_urls", required=False)
    centre_ids = c.unique_ids(t["centres.csv"])
    for row in t["centres.csv"]:
        _check_centre(c, row, reference_ids)

    group_ids = c.unique_ids(t["disease_groups.csv"])
    for row in t["disease_groups.csv"]:
        c.required(row, "name_fr", "name_en")
        for ref in split_list(row["orpha_codes"]):
            c.check(row, ref in _DiseaseRefs(set(), orpha_active),
                    f"bad ORPHA reference {ref!r} in orpha_codes (expected an active code, e.g. ORPHA:52759)")
        c.check(row, row["id"] in DISEASE_GROUPS or not row["id"], f"unknown disease group id {row['id']!r}")
    curated_ids = c.unique_ids(t["diseases.csv"])
    # wherever a disease is named, an active Orphanet code ("ORPHA:611") may stand for it
    disease_ids = _DiseaseRefs(curated_ids, orpha_active)
    orpha_seen: dict[str, int] = {}
    for row in t["diseases.csv"]:
        c.required(row, "name_fr", "name_en")
        c.refs(row, "group", group_ids, "disease group")
        c.refs(row, "parent", curated_ids, "parent disease")
        c.choice(row, "population", ("adult", "paediatric"))
        c.check(row, row["parent"] != row["id"] or not row["id"], "a disease cannot be its own parent")
        code = row["orpha_code"]
        if code:
            if not ORPHA_RE.match(code):
                c.fail(row, f"bad ORPHA code {code!r}: expected digits only")
            elif code in orpha_seen:
                c.fail(row, f"duplicate ORPHA code {code} (first on line {orpha_seen[code]})")
            elif orpha_active and code not in orpha_active:
                c.fail(row, f"ORPHA code {code} is not an active code of the Orphanet nomenclature")
            else:
                orpha_seen[code] = row.line
        c.urls(row, "source_urls", required=True)
    _check_no_cycle(c, t["diseases.csv"])
    c.unique_ids(t["common_conditions.csv"])
    for row in t["common_conditions.csv"]:
        c.required(row, "name_fr", "name_en", "advice_fr", "advice_en")
        c.choice(row, "specialty", SPECIALTIES, empty_ok=False)

    for row in t["reference_centre_scope.csv"]:
        c.refs(row, "reference_centre", reference_ids, "reference centre")
        c.required(row, "reference_centre", "disease")
        c.refs(row, "disease", disease_ids, "disease")
        c.urls(row, "source_urls", required=True)
    for row in t["centre_diseases.csv"]:
        c.required(row, "centre", "disease", "evidence")
        c.refs(row, "centre", centre_ids, "centre")
        c.refs(row, "disease", disease_ids, "disease")
        c.urls(row, "source_url", required=True)
    c.unique_ids(t["pnds.csv"])
    for row in t["pnds.csv"]:
        c.required(row, "title", "diseases")
        c.refs(row, "diseases", disease_ids, "disease", many=True)
        c.check(row, row["year"].isdigit() and 1990 <= int(row["year"]) <= 2100, f"bad year {row['year']!r}")
        # the address shown to users: official (HAS, fai2r.org, the journal), never a document-sharing mirror;
        # empty when not found (the app then offers the HAS list of all PNDS); where it was read: source_urls
        c.urls(row, "url", required=False, pattern=URL_RE)
        c.check(row, not row["url"] or citable(row["url"]),
                f"url {row['url'][:80]!r} is a document-sharing mirror: keep it in source_urls, not as the PNDS's link")
        c.urls(row, "source_urls", required=True)
    common_ids = {r["id"] for r in t["common_conditions.csv"]}
    _check_trials(c, t, disease_ids, common_ids, centre_ids)
    return c.problems


def _check_date(c: _Checker, row: Row, key: str) -> None:
    if row[key]:
        try:
            date.fromisoformat(row[key])
        except ValueError:
            c.fail(row, f"bad {key} {row[key]!r}: expected YYYY-MM-DD")


def _check_trials(c: _Checker, t: dict[str, list[Row]], disease_ids: _DiseaseRefs, common_ids: set[str],
                  centre_ids: set[str]) -> None:
    site_ids = c.unique_ids(t["registry_sites.csv"])
    for row in t["registry_sites.csv"]:
        _check_centre(c, row, set())
        c.check(row, row["id"] not in centre_ids, f"id {row['id']!r} is also a centre of centres.csv")
    trial_ids = c.unique_ids(t["trials.csv"])
    for row in t["trials.csv"]:
        c.required(row, "title", "status")
        c.choice(row, "recruitment", TRIAL_RECRUITMENT, empty_ok=False)
        c.refs(row, "diseases", disease_ids, "disease", many=True)
        c.refs(row, "common_conditions", common_ids, "common condition", many=True)
        c.urls(row, "url", required=True, pattern=URL_RE)
        c.check(row, citable(row["url"]), f"url {row['url'][:80]!r} is not a page a doctor can cite (a mirror?)")
        if row["registry_id"]:
            c.check(row, bool(NCT_RE.match(row["registry_id"])),
                    f"bad registry_id {row['registry_id']!r}: expected a ClinicalTrials.gov id (NCT and 8 digits)")
            c.required(row, "registry_read")
        for key in ("start_date", "last_update", "registry_read"):
            _check_date(c, row, key)
        c.check(row, not row["enrollment"] or row["enrollment"].isdigit(), f"bad enrollment {row['enrollment']!r}")
    for row in t["trial_sites.csv"]:
        c.refs(row, "trial", trial_ids, "trial")
        c.refs(row, "centre", centre_ids | site_ids, "centre")
        c.choice(row, "site_status", TRIAL_SITE_STATUSES, empty_ok=False)
        c.choice(row, "registry_status", STATUSES)
        c.urls(row, "source_url", required=True)
        c.urls(row, "named_by", required=False)
    for row in t["trial_conditions.csv"]:
        c.required(row, "condition", "scope", "matched_by")
        c.choice(row, "scope", TRIAL_CONDITION_SCOPES)
        c.check(row, not row["trial"] or bool(NCT_RE.match(row["trial"])), f"bad trial {row['trial']!r}")
        for ref in split_list(row["mapped_to"]):
            c.check(row, ref in disease_ids or ref in common_ids,
                    f"unknown disease or common condition {ref!r} in mapped_to")
        c.check(row, row["scope"] not in ("fai2r", "common") or bool(row["mapped_to"]),
                f"scope {row['scope']} without mapped_to")
        _check_date(c, row, "reviewed")
    for row in t["trial_site_names.csv"]:
        c.required(row, "registry_id", "facility", "city", "named_as")
        c.check(row, bool(NCT_RE.match(row["registry_id"])), f"bad registry_id {row['registry_id']!r}")
        c.urls(row, "source_url", required=True)


class _DiseaseRefs:
    """The names a disease reference may take: a curated disease id or an active ORPHA code ("ORPHA:611")."""

    def __init__(self, curated: set[str], orpha_active: set[str]):
        self.curated, self.orpha_active = curated, orpha_active

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, str):
            return False
        match = ORPHA_REF_RE.match(value)
        return value in self.curated or bool(match and match.group(1) in self.orpha_active)


def _check_no_cycle(c: _Checker, rows: list[Row]) -> None:
    parent = {r["id"]: r["parent"] for r in rows if r["id"]}
    for row in rows:
        seen = {row["id"]}
        node = parent.get(row["id"], "")
        while node:
            if node in seen:
                c.fail(row, f"disease hierarchy has a cycle through {node!r}")
                break
            seen.add(node)
            node = parent.get(node, "")

