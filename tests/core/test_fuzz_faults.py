"""Fuzzing what issue 14 found fragile: the reference database loader, the favourites/notes import (and the
column mapping of an update), and the location completion.

Seeded (`derandomize`) and bounded so that each runs in CI in well under a minute; `benchmarks/fuzz_report.py
--suite faults --long` runs the same checks on many more inputs and prints the counts.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from centre_finder.core.models import Query
from centre_finder.core.reference import database
from centre_finder.core.reference.updates import UpdateError, load_mapping, plan_update
from centre_finder.core.referral import userdb
from centre_finder.core.referral.userdb import UserData, UserDataError
from centre_finder.core.search.gazetteer import Gazetteer, LocationError
from centre_finder.core.search.searcher import Searcher
from tests.core.test_fuzz import FTS_AND_SQL

EXAMPLES = {"database": 150, "import": 200, "mapping": 100, "location": 400}


def ci(suite: str) -> settings:
    return settings(max_examples=EXAMPLES[suite], deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# -- the reference database ----------------------------------------------------------------------------------

TABLES = ["centres", "diseases", "expertise", "disease_names", "reference_centres", "reference_centre_scope",
          "centre_sources", "pnds", "pnds_diseases", "trials", "trial_sites", "trial_diseases", "metadata",
          "disease_groups", "common_conditions", "provenance"]
ODD_VALUES = st.one_of(st.none(), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=False), st.binary(max_size=8),
                       st.text(max_size=20), st.sampled_from(["", "crmr_site;crmr_site", "hearsay", "1e999", "-0"]))
damage = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(st.just("flip"), st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=30)),
    st.tuples(st.just("cell"), st.sampled_from(TABLES), st.integers(0, 30), st.integers(1, 3), ODD_VALUES),
    st.tuples(st.just("not utf-8"), st.sampled_from(TABLES), st.integers(0, 30)),
    st.tuples(st.just("delete"), st.sampled_from(TABLES), st.integers(1, 40)),
    st.tuples(st.just("drop column"), st.sampled_from(TABLES), st.integers(0, 30)),
    st.tuples(st.just("metadata"), st.sampled_from(["schema_version", "counts", "data_date", "built_at"]), ODD_VALUES),
)


def apply_damage(path: Path, how: tuple) -> None:
    """Truncate, flip bytes, or alter rows, columns and metadata of a real built database."""
    kind = how[0]
    if kind in ("truncate", "flip"):
        data = bytearray(path.read_bytes())
        if kind == "truncate":
            del data[int(how[1] * len(data)):]
        for where, byte in how[1] if kind == "flip" else ():
            data[min(len(data) - 1, int(where * len(data)))] = byte
        path.write_bytes(bytes(data))
        return
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        if kind == "metadata":
            conn.execute("insert or replace into metadata (key, value) values (?, ?)", how[1:])
        else:
            table = how[1]
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            column = columns[how[2] % len(columns)]
            pick = f"rowid in (select rowid from {table} order by rowid limit {{n}} offset {how[2]})"
            if kind == "cell":
                conn.execute(f'update {table} set "{column}" = ? where ' + pick.format(n=how[3]), (how[4],))
            elif kind == "not utf-8":
                conn.execute(f"update {table} set \"{column}\" = cast(x'c3ff41' as text) where " + pick.format(n=1))
            elif kind == "delete":
                conn.execute(f"delete from {table} where " + pick.format(n=how[2]))
            else:
                conn.execute(f'alter table {table} drop column "{column}"')
        conn.commit()
    except sqlite3.Error:
        pass  # SQLite refused this change (a key column, a constraint): the copy stays as it was
    finally:
        conn.close()


def load_and_use(path: Path) -> str:
    """'loaded' (and it searched fine) or 'refused' (a DatabaseError); any other exception is the bug sought."""
    try:
        data = database.load(path)
    except database.DatabaseError as exc:
        assert exc.kind and exc.detail
        return "refused"
    try:
        searcher = Searcher(data)  # BASIS_ORDER[basis], the arrays: must not fail on what `load` accepted
        for text, near in (("lupus", "62400"), ("", None), ("CAR-T", None), ("sclérodermie Lille", None)):
            outcome = searcher.run(Query(text, location=near))
            for result in outcome.results[:20]:
                assert result.centre.id in data.centres
        assert isinstance(data.counts, dict)
    finally:
        data.close()
    return "loaded"


@pytest.fixture(scope="module")
def damage_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("damage")


@ci("database")
@given(how=damage)
def test_a_damaged_database_loads_or_is_refused(built_db: Path, damage_dir: Path, how: tuple) -> None:
    path = damage_dir / "centres.db"
    shutil.copy(built_db, path)
    apply_damage(path, how)
    assert load_and_use(path) in ("loaded", "refused")


# -- favourites and notes import, column mappings --------------------------------------------------------------

any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=12)  # lone surrogates too
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), any_text),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(any_text, children, max_size=4)),
    max_leaves=20,
)
entry = st.fixed_dictionaries({}, optional={"centre_id": st.one_of(any_text, json_values),
                                            "body": st.one_of(any_text, json_values),
                                            "added_at": st.one_of(any_text, json_values),
                                            "updated_at": st.one_of(any_text, json_values)})
export_like = st.fixed_dictionaries(
    {"format": st.sampled_from([userdb.EXPORT_FORMAT, "other"])},
    optional={"version": st.one_of(st.just(1), json_values),
              "favourites": st.one_of(st.lists(st.one_of(entry, json_values), max_size=5), json_values),
              "notes": st.one_of(st.lists(st.one_of(entry, json_values), max_size=5), json_values)})
plausible_export = st.fixed_dictionaries({
    "format": st.just(userdb.EXPORT_FORMAT), "version": st.just(1),
    "favourites": st.lists(st.fixed_dictionaries({"centre_id": any_text.filter(bool)}, optional={
        "added_at": any_text}), max_size=5),
    "notes": st.lists(st.fixed_dictionaries({"centre_id": any_text.filter(bool), "body": any_text}, optional={
        "updated_at": any_text}), max_size=5),
})
nesting = st.integers(1, 3000).map(lambda n: '{"format": "centre-finder-user-data", "version": 1, "notes": '
                                   + "[" * n + "]" * n + "}")
import_files = st.one_of(export_like.map(json.dumps), plausible_export.map(json.dumps), nesting,
                         st.binary(max_size=200).map(lambda b: b.decode("latin-1")), json_values.map(json.dumps))


def import_outcome(data: UserData, file: Path) -> str:
    """'imported' or 'refused' (a UserDataError, and then nothing changed)."""
    before = (data.notes(), data.favourites())
    try:
        added, updated = data.import_json(file)
    except UserDataError as exc:
        assert str(exc)
        assert (data.notes(), data.favourites()) == before, "a refused file changes nothing"
        return "refused"
    assert added >= 0 and updated >= 0
    return "imported"


@pytest.fixture(scope="module")
def fuzz_user(tmp_path_factory: pytest.TempPathFactory):
    data = UserData(tmp_path_factory.mktemp("fuzz-user") / "user.db")
    data.set_note("c1", "mine")
    yield data
    data.close()


@ci("import")
@given(content=import_files)
def test_a_favourites_and_notes_import_applies_or_is_refused(fuzz_user: UserData, damage_dir: Path,
                                                             content: str) -> None:
    file = damage_dir / "import.json"
    file.write_text(content, encoding="utf-8", errors="surrogatepass")
    assert import_outcome(fuzz_user, file) in ("imported", "refused")


mapped = st.one_of(st.sampled_from(["Id", "Nom", "Ville", "Absent"]), json_values,
                   st.fixed_dictionaries({"value": st.one_of(any_text, json_values)}))
mappings = st.one_of(
    st.fixed_dictionaries({"id": st.one_of(st.just("Id"), mapped)},
                          optional={k: mapped for k in ("name", "city", "roles", "phone", "confidence", "other")}),
    json_values,
)


def mapping_outcome(folder: Path, mapping_json: str, target: Path) -> str:
    (folder / "map.json").write_text(mapping_json, encoding="utf-8", errors="surrogatepass")
    (folder / "export.csv").write_text("Id;Nom;Ville\nx-1;Centre;Lille\n", encoding="utf-8")
    try:
        plan = plan_update(folder / "export.csv", target, mapping=load_mapping(folder / "map.json"))
    except UpdateError as exc:
        assert str(exc)
        return "refused"
    plan.diff.text().encode("utf-8")  # what the CLI prints and the dialog shows can be written
    return "planned"


@ci("mapping")
@given(mapping=mappings.map(json.dumps))
def test_a_column_mapping_plans_or_is_refused(built_db: Path, damage_dir: Path, mapping: str) -> None:
    assert mapping_outcome(damage_dir, mapping, built_db) in ("planned", "refused")


# -- location completion -------------------------------------------------------------------------------------

location_text = st.one_of(
    st.text(max_size=60), any_text, st.text(alphabet="0123456789 ab", max_size=7),
    st.lists(st.sampled_from([*FTS_AND_SQL, "Saint", "st", "-", "l'", "Paris", "62", "(", "33)", " "]),
             max_size=8).map("".join),
    st.text(min_size=90, max_size=400),
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.prepare_completion()
    return g


def completion_outcome(gazetteer: Gazetteer, text: str, limit: int) -> int:
    """The number of suggestions, each one a commune the location field then resolves."""
    labels = gazetteer.suggest(text, limit=limit)
    assert len(labels) <= max(limit, 0) and len(set(labels)) == len(labels)
    for label in labels:
        assert gazetteer.resolve(label).precision == "commune", label
    return len(labels)


@ci("location")
@given(text=location_text, limit=st.integers(-1, 25))
def test_location_completion_is_bounded_and_resolvable(gazetteer: Gazetteer, text: str, limit: int) -> None:
    completion_outcome(gazetteer, text, limit)
    try:
        gazetteer.resolve(text)
    except LocationError as exc:
        assert str(exc)
