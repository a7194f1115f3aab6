"""Fuzzing the search and the data files with hypothesis: no exception, a clear answer, nothing changed.

Example counts are moderate here; `benchmarks/fuzz_report.py` runs the same strategies longer and prints
the counts and the worst-case search time.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from centre_finder import paths
from centre_finder.core.models import Query, Result
from centre_finder.core.reference.build import build_database
from centre_finder.core.reference.sources import SourceError
from centre_finder.core.reference.updates import plan_update
from centre_finder.core.search.gazetteer import LocationError
from centre_finder.core.search.searcher import Searcher

FTS_AND_SQL = ["AND", "OR", "NOT", "NEAR", "NEAR(", '"', "'", "*", "^", ":", "(", ")", "{", "}", "[", "]", "-", "+",
               "col:", "name:lupus", "lupus*", '"lupus', "'; DROP TABLE centres; --", "1=1", "%", "_", "\\", "\x00",
               "\u202e", "\u200b", "ﷺ", "😀", "لوبوس", "𝔩𝔲𝔭𝔲𝔰", "ı", "ß", "ǅ", "\r\n", "\t", "ORPHA:", "NCT"]
WORDS = ["lupus", "sclérodermie", "Sjögren", "horton", "FMF", "CAR-T", "Lille", "Pitié", "ORPHA:536", "AJI",
         "de", "l'adulte", "fièvre", "PR", "Hachulla", "NCT05869955"]

search_text = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.lists(st.sampled_from(FTS_AND_SQL + WORDS), max_size=12).map(" ".join),
    st.lists(st.sampled_from(FTS_AND_SQL + WORDS), max_size=12).map("".join),
    st.text(min_size=1000, max_size=5000),
    # many short words: this once made a single keystroke take minutes (spans grow with the square)
    st.lists(st.sampled_from([*WORDS, "x", "y", "de", "a"]), min_size=100, max_size=1500).map(" ".join),
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=search_text, population=st.sampled_from([None, "adult", "paediatric"]),
       radius=st.sampled_from([None, 10.0, 100.0]))
def test_search_never_raises(searcher: Searcher, text: str, population: str | None, radius: float | None) -> None:
    outcome = searcher.run(Query(text=text, population=population, location="62400" if radius else None,
                                 radius_km=radius))
    assert all(isinstance(r, Result) for r in outcome.results)  # every result can be built
    assert outcome.results or outcome.empty_reason
    for r in outcome.results:
        assert r.centre.id in searcher.data.centres


@SETTINGS
@given(text=st.one_of(st.text(max_size=80), st.lists(st.sampled_from([*FTS_AND_SQL, "Paris", "62400", "93"]),
                                                     max_size=6).map(" ".join)))
def test_locations_resolve_or_say_unknown(searcher: Searcher, text: str) -> None:
    try:
        location = searcher.gazetteer.resolve(text)
    except LocationError as exc:
        assert str(exc)
    else:
        assert -90 <= location.latitude <= 90 and -180 <= location.longitude <= 180


def mutate(data: bytes, how: str, position: int, blob: bytes) -> bytes:
    position %= max(1, len(data))
    if how == "truncate":
        return data[:position]
    if how == "insert":
        return data[:position] + blob + data[position:]
    if how == "replace":
        return data[:position] + blob + data[position + len(blob):]
    if how == "delete_delimiters":
        return data[:position] + data[position:position + 400].replace(b",", b"") + data[position + 400:]
    if how == "quote":
        return data[:position] + b'"' + data[position:]
    return blob  # "garbage": arbitrary bytes instead of the file


file_mutations = st.tuples(
    st.sampled_from(["truncate", "insert", "replace", "delete_delimiters", "quote", "garbage"]),
    st.integers(min_value=0, max_value=40_000),
    st.binary(max_size=300),
)


@pytest.fixture(scope="module")
def fuzz_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["centres.csv", "diseases.csv", "reference_centre_scope.csv", "trials.csv"]),
       mutation=file_mutations)
def test_build_db_on_broken_sources_reports_file_and_line(fuzz_workspace: Path, name: str, mutation: tuple) -> None:
    sources = fuzz_workspace / "sources"
    shutil.rmtree(sources, ignore_errors=True)
    shutil.copytree(paths.sources_dir(), sources)
    original = (sources / name).read_bytes()
    (sources / name).write_bytes(mutate(original, *mutation))
    out = fuzz_workspace / "out.db"
    out.write_bytes(b"previous database")
    try:
        build_database(sources, out)
    except SourceError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.path.endswith(".csv") and problem.line >= 0 and problem.message
        assert out.read_bytes() == b"previous database", "a failed build leaves the old file untouched"
    # else: the mutation kept the file valid (e.g. a change inside a text field): a correct build


@pytest.fixture(scope="module")
def import_target(tmp_path_factory: pytest.TempPathFactory, built_db: Path) -> Path:
    target = tmp_path_factory.mktemp("target") / "centres.db"
    shutil.copy(built_db, target)
    return target


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(mutation=file_mutations)
def test_import_of_broken_files_reports_file_and_line(fuzz_workspace: Path, import_target: Path,
                                                      mutation: tuple) -> None:
    before = hashlib.sha256(import_target.read_bytes()).hexdigest()
    update = fuzz_workspace / "update.csv"
    update.write_bytes(mutate((paths.sources_dir() / "centres.csv").read_bytes(), *mutation))
    plan = plan_update(update, import_target)
    for problem in plan.problems:
        assert problem.path == str(update) and problem.message
    assert hashlib.sha256(import_target.read_bytes()).hexdigest() == before, "planning never writes"
