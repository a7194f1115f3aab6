"""A reference database the app cannot use is a DatabaseError with a readable reason, never another exception.

Issue 14: 21 of 600 damaged databases crashed the start-up (UnicodeDecodeError, KeyError on an unknown basis,
AttributeError on `roles = NULL`, ValueError, TypeError, an OperationalError on the metadata). Each case here
was one of them; the random damage is fuzzed in tests/core/test_fuzz.py.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from centre_finder.core.models import Query
from centre_finder.core.reference import database
from centre_finder.core.search.searcher import Searcher


@pytest.fixture
def damaged(tmp_path: Path, built_db: Path):
    """A copy of the real database, altered with SQL."""

    def make(*statements: str) -> Path:
        path = tmp_path / "centres.db"
        shutil.copy(built_db, path)
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
        return path

    return make


CASES = {
    "roles is NULL": ("update centres set roles = NULL where id = 'amiens-chu-mi'",
                      "centres row 'amiens-chu-mi': roles is NULL, expected text"),
    "unknown basis": ("update expertise set basis = 'hearsay' where rowid = 1", "unknown basis 'hearsay'"),
    "unknown role": ("update centres set roles = 'crmr_site;pharmacy' where id = 'amiens-chu-mi'",
                     "unknown role 'pharmacy'"),
    "text that is not UTF-8": ("update centres set name = cast(x'c3ff41' as text) where id = 'amiens-chu-mi'",
                               "Could not decode to UTF-8"),
    "latitude as text": ("update centres set latitude = 'north' where id = 'amiens-chu-mi'",
                         "latitude is str 'north', expected a number"),
    "latitude out of range": ("update centres set latitude = 420 where id = 'amiens-chu-mi'",
                              "latitude 420.0 out of range"),
    "PNDS year as text": ("update pnds set year = 'recent' where rowid = 1", "year is str 'recent'"),
    "name as binary": ("update diseases set name_fr = x'00ff' where rowid = 1", "name_fr is binary data"),
    "expertise on a missing disease": ("delete from diseases where id = 'lupus-systemique'", "unknown disease"),
    "synonym is NULL": ("update disease_names set name = NULL where kind = 'synonym' and rowid = "
                        "(select min(rowid) from disease_names where kind = 'synonym')",
                        "disease_names row"),
    "metadata without its value column": ("alter table metadata drop column value", "unreadable metadata"),
    "metadata value as bytes": ("update metadata set value = x'ff' where key = 'data_date'",
                                "metadata str 'data_date': value is binary data, expected text"),
    "counts not JSON": ("update metadata set value = '[' where key = 'counts'", "JSONDecodeError"),
    "a missing column": ("alter table centres drop column phone_type", "centres: missing column(s) phone_type"),
}
# SQL that compares with the column's collation would let 'CRMR_SCOPE' pass as 'crmr_scope': the search then fails
CASE_ONLY = ("create table expertise_nocase (centre_id text, disease_id text collate nocase, "
             "basis text collate nocase, evidence text, source_url text)",
             "insert into expertise_nocase select centre_id, disease_id, basis, evidence, source_url from expertise",
             "drop table expertise", "alter table expertise_nocase rename to expertise")
CASES_IN_SQL = {
    "a basis in capitals, in a column that ignores case": (
        *CASE_ONLY, "update expertise set basis = upper(basis) where rowid = 1", "unknown basis 'CRMR_SCOPE'"),
    "a disease id in capitals, in a column that ignores case": (
        *CASE_ONLY, "update expertise set disease_id = upper(disease_id) where rowid = 1", "unknown disease"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_damage_that_used_to_escape_is_a_database_error(damaged, case: str) -> None:
    statement, reason = CASES[case]
    path = damaged("PRAGMA foreign_keys = OFF", statement)
    with pytest.raises(database.DatabaseError) as caught:
        database.load(path)
    assert caught.value.kind == "corrupt"
    assert reason in caught.value.detail


@pytest.mark.parametrize("case", list(CASES_IN_SQL))
def test_the_checks_in_sql_compare_exactly(damaged, case: str) -> None:
    *statements, reason = CASES_IN_SQL[case]
    with pytest.raises(database.DatabaseError) as caught:
        database.load(damaged("PRAGMA foreign_keys = OFF", *statements))
    assert reason in caught.value.detail


def test_what_loads_can_be_searched(damaged) -> None:
    """A database accepted by `load` builds a Searcher (BASIS_ORDER[basis] and the like cannot fail) and searches."""
    path = damaged("update centres set phone = '', hospital = '' where rowid < 5",
                   "update diseases set orpha_code = NULL, population = NULL where rowid < 5")
    data = database.load(path)
    searcher = Searcher(data)
    assert searcher.run(Query("lupus", location="62400")).results
    data.close()


def test_check_reports_a_null_role_instead_of_a_traceback(damaged) -> None:
    """Issue 14: `centre-finder check --db X` on `roles = NULL` printed an AttributeError traceback."""
    path = damaged("update centres set roles = NULL where id = 'amiens-chu-mi'")
    proc = subprocess.run([sys.executable, "-m", "centre_finder", "check", "--db", str(path)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "UNUSABLE" in proc.stderr and "roles is NULL" in proc.stderr


@pytest.mark.parametrize("command", [["search", "lupus"], ["diseases", "lupus"], ["export", "lupus", "--out", "x.csv"]])
def test_every_command_reports_a_damaged_database(damaged, tmp_path: Path, command: list[str]) -> None:
    path = damaged("update expertise set basis = 'hearsay' where rowid = 1")
    proc = subprocess.run([sys.executable, "-m", "centre_finder", *command, "--db", str(path)], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "unknown basis 'hearsay'" in proc.stderr
