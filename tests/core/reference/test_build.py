"""Building the reference database from the curated sources: content, atomicity, bad rows."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from centre_finder import paths
from centre_finder.core.models import Centre
from centre_finder.core.reference import database
from centre_finder.core.reference.build import build_database
from centre_finder.core.reference.sources import SourceError, load_sources


def test_sources_load_clean() -> None:
    data = load_sources(paths.sources_dir())
    assert len(data.rows("centres.csv")) == 82
    assert len(data.rows("diseases.csv")) == 48
    # the French sites of the registry's trials that are no known centre
    assert len(data.rows("registry_sites.csv")) == 34


def test_database_content(built_db: Path) -> None:
    meta = database.verify(built_db, full=True)
    assert meta["schema_version"] == str(database.SCHEMA_VERSION)
    conn = sqlite3.connect(built_db)
    count = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert count("select count(*) from centres") == 82 + 34  # centres.csv and the registry's sites of their own
    # the 48 curated diseases, and the Orphanet entities that scopes, labels and PNDS name by their ORPHA code
    # (made from the nomenclature)
    assert count("select count(*) from diseases where id not like 'orpha-%'") == 48
    assert {r[0] for r in conn.execute("select orpha_code from diseases where id like 'orpha-%'")} == {
        "182228", "52759", "93665", "280342", "611", "1467", "284264"}
    assert count("select count(*) from disease_names where kind = 'synonym'") > 100
    # the ids of the shared data stay the centres' stable ids
    assert count("select count(*) from centres where id = 'paris-pitie-mi2-crmr-lupus'") == 1
    # no '[site déduit]' marker left in a name: it became the confidence field
    assert count("select count(*) from centres where hospital like '%déduit%' or name like '%déduit%'") == 0
    assert count("select count(*) from centres where confidence = 'inferred'") >= 9
    assert count("select count(*) from centre_roles where role = 'crmr_site'") == 10
    # expertise says whether it is explicit or through the CRMR scope
    bases = {r[0] for r in conn.execute("select distinct basis from expertise")}
    assert bases == {"explicit", "crmr_scope", "ccmr_label"}
    # every centre has provenance: source file, line and URLs
    rows = conn.execute("select source_file, source_line, source_urls from provenance where table_name='centres'")
    rows = rows.fetchall()
    assert len(rows) == 116 and all(f in ("db/sources/centres.csv", "db/sources/registry_sites.csv") and line > 1
                                    and urls for f, line, urls in rows)
    # FTS5 with diacritics removed, kept in sync by triggers
    sql = "select sql from sqlite_master where name = 'centres_fts'"
    assert "remove_diacritics 2" in conn.execute(sql).fetchone()[0]
    assert count("select count(*) from sqlite_master where type = 'trigger' and tbl_name = 'centres'") == 3
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_metadata_has_checksum_and_counts(built_db: Path) -> None:
    data = database.load(built_db)
    assert len(data.metadata["sources_sha256"]) == 64
    assert data.counts["centres"] == 116
    data.close()


def _edit(path: Path, row_id: str, **changes: str) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
        fields = list(rows[0].keys())
    for row in rows:
        if row[fields[0]] == row_id:
            row.update(changes)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def _line_of(path: Path, row_id: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(row_id + ","):
            return i
    raise AssertionError(row_id)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"postal_code": "7501"}, "bad postal code"),
        ({"latitude": "95.0"}, "latitude out of range"),
        ({"latitude": "40.0", "longitude": "-74.0"}, "outside France"),
        ({"roles": "crmr_site;teleport"}, "unknown role 'teleport'"),
        ({"reference_centre": "crmr-atlantis"}, "unknown reference centre"),
        ({"phone": "not a phone"}, "bad phone number"),
        ({"source_urls": ""}, "every row needs at least one source"),
        ({"website": "javascript:alert(1)"}, "not an http(s) URL"),
    ],
)
def test_bad_centre_row_names_file_and_line(sources_copy: Path, tmp_path: Path, changes: dict, message: str) -> None:
    centres = sources_copy / "centres.csv"
    _edit(centres, "amiens-chu-mi", **changes)
    with pytest.raises(SourceError) as err:
        build_database(sources_copy, tmp_path / "out.db")
    text = str(err.value)
    assert f"centres.csv:{_line_of(centres, 'amiens-chu-mi')}: " in text
    assert message in text


def test_duplicate_id_and_unknown_disease_in_scope(sources_copy: Path, tmp_path: Path) -> None:
    centres = sources_copy / "centres.csv"
    lines = centres.read_text(encoding="utf-8").splitlines()
    lines.append(lines[1])
    centres.write_text("\n".join(lines) + "\n", encoding="utf-8")
    scope = sources_copy / "reference_centre_scope.csv"
    scope_lines = len(scope.read_text(encoding="utf-8").splitlines())
    scope.write_text(scope.read_text(encoding="utf-8") + "crmr-idf,maladie-imaginaire,,https://example.org\n"
                     "crmr-idf,ORPHA:9999999,,https://example.org\ncrmr-idf,ORPHA:325004,,https://example.org\n",
                     encoding="utf-8")
    with pytest.raises(SourceError) as err:
        build_database(sources_copy, tmp_path / "out.db")
    text = str(err.value)
    assert f"centres.csv:{len(lines)}: duplicate id 'paris-pitie-mi2-crmr-lupus' (first on line 2)" in text
    assert f"reference_centre_scope.csv:{scope_lines + 1}: unknown disease 'maladie-imaginaire'" in text
    # an ORPHA code that does not exist, or is no longer active (CANDLE's old code), is refused
    assert f"reference_centre_scope.csv:{scope_lines + 2}: unknown disease 'ORPHA:9999999'" in text
    assert f"reference_centre_scope.csv:{scope_lines + 3}: unknown disease 'ORPHA:325004'" in text


def test_missing_column_and_bad_encoding(sources_copy: Path, tmp_path: Path) -> None:
    diseases = sources_copy / "diseases.csv"
    diseases.write_text(diseases.read_text(encoding="utf-8").replace(",parent,", ",parrent,", 1), encoding="utf-8")
    pnds = sources_copy / "pnds.csv"
    pnds.write_bytes(pnds.read_bytes().replace("Sclérodermie".encode(), "Scl\xe9rodermie".encode("latin-1"), 1))
    with pytest.raises(SourceError) as err:
        build_database(sources_copy, tmp_path / "out.db")
    text = str(err.value)
    assert "diseases.csv:1: missing column(s): parent" in text
    assert "pnds.csv:4: not valid UTF-8" in text


def test_failed_build_leaves_previous_database_untouched(sources_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "centres.db"
    build_database(sources_copy, out)
    before = hashlib.sha256(out.read_bytes()).hexdigest()
    _edit(sources_copy / "centres.csv", "amiens-chu-mi", latitude="not-a-number")
    with pytest.raises(SourceError):
        build_database(sources_copy, out)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == before
    assert list(tmp_path.glob(".centres.db.*")) == [], "no temporary file left behind"
    database.verify(out)


def test_html_in_data_is_kept_as_text(sources_copy: Path, tmp_path: Path) -> None:
    _edit(sources_copy / "centres.csv", "amiens-chu-mi", name="<script>alert('x')</script> & <b>CHU</b>")
    out = tmp_path / "centres.db"
    build_database(sources_copy, out)
    data = database.load(out)
    assert data.centres["amiens-chu-mi"].name == "<script>alert('x')</script> & <b>CHU</b>"
    data.close()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "not-ours", "newer"])
def test_damaged_databases_are_detected(built_db: Path, tmp_path: Path, damage: str) -> None:
    path = tmp_path / "damaged.db"
    raw = built_db.read_bytes()
    if damage == "truncate":
        path.write_bytes(raw[: len(raw) // 3])
    elif damage == "garbage":
        path.write_bytes(b"this is not sqlite" * 100)
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not-ours":
        sqlite3.connect(path).execute("create table t(x)").connection.close()
    else:
        path.write_bytes(raw)
        conn = sqlite3.connect(path)
        conn.execute("update metadata set value = '99' where key = 'schema_version'")
        conn.commit()
        conn.close()
    with pytest.raises(database.DatabaseError) as err:
        database.load(path)
    assert err.value.kind in {"corrupt", "incomplete", "newer_schema"}
    if damage == "newer":
        assert err.value.kind == "newer_schema"


def test_missing_database(tmp_path: Path) -> None:
    with pytest.raises(database.DatabaseError) as err:
        database.load(tmp_path / "nope.db")
    assert err.value.kind == "missing"
    assert not (tmp_path / "nope.db").exists(), "opening never creates a file"


def test_loaded_centres_are_whole_frozen_dataclasses(reference) -> None:
    """Centres are made without their generated __init__ (100,000 of them load at start-up): each must still
    be exactly what the constructor makes from the same fields."""
    names = [f.name for f in dataclasses.fields(Centre)]
    for centre in reference.centres.values():
        assert list(vars(centre)) == names
        assert dataclasses.replace(centre) == centre and hash(dataclasses.replace(centre)) == hash(centre)
        assert isinstance(centre.roles, tuple) and isinstance(centre.source_urls, tuple)
        assert all(centre.roles) and centre.source_urls
    with pytest.raises(dataclasses.FrozenInstanceError):
        centre.name = "changed"


def test_a_rows_provenance_is_read_when_asked(reference) -> None:
    centre_id = next(iter(reference.centres))
    record = reference.provenance("centres", centre_id)
    assert record["source_file"] == "db/sources/centres.csv" and record["source_line"] >= 2
    assert reference.provenance("centres", "no-such-centre") is None


def test_an_update_reuses_the_orphanet_tables_only_when_their_inputs_are_unchanged(
        built_db: Path, sources_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from centre_finder.core.reference import build, reuse

    copies = []
    real_copy = reuse.copy_tables
    # the Orphanet tables' copies (the HPO tables are copied through the same function)
    monkeypatch.setattr(reuse, "copy_tables", lambda conn, previous, tables: (
        tables == build.ORPHANET_TABLES and copies.append(tables)) or real_copy(conn, previous, tables))
    # a new centre with no expertise (what an import or a trials refresh adds): the vocabulary is copied
    with (sources_copy / "centres.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    extra = {**rows[0], "id": "test-new-centre", "name": "Centre ajouté par le test"}
    with (sources_copy / "centres.csv").open("a", encoding="utf-8", newline="") as f:
        csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n").writerow(extra)
    same = tmp_path / "same.db"
    report = build_database(sources_copy, same, phenotypes_from=built_db)
    assert copies == [build.ORPHANET_TABLES]
    old, new = sqlite3.connect(built_db), sqlite3.connect(same)
    for table in build.ORPHANET_TABLES:
        assert old.execute(f"select * from {table} order by 1, 2").fetchall() == \
            new.execute(f"select * from {table} order by 1, 2").fetchall(), table
    before = json.loads(old.execute("select value from metadata where key = 'counts'").fetchone()[0])
    assert {k: report.counts[k] for k in build.ORPHANET_COUNTS} == {k: before[k] for k in build.ORPHANET_COUNTS}
    assert report.counts["centres"] == before["centres"] + 1
    # a curated synonym added to diseases.csv: the vocabulary is derived again and knows it
    text = (sources_copy / "diseases.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    header = next(csv.reader([lines[0]]))
    first = dict(zip(header, next(csv.reader([lines[1]])), strict=True))
    first["synonyms"] = ";".join(x for x in (first["synonyms"], "Synonyme du test") if x)
    out = io.StringIO()
    csv.DictWriter(out, fieldnames=header, lineterminator="\n").writerow(first)
    (sources_copy / "diseases.csv").write_text("\n".join([lines[0], out.getvalue().rstrip("\n"), *lines[2:]]) + "\n",
                                              encoding="utf-8")
    changed = tmp_path / "changed.db"
    build_database(sources_copy, changed, phenotypes_from=same)
    assert copies == [build.ORPHANET_TABLES]
    found = sqlite3.connect(changed).execute("select count(*) from vocab_entries where name = 'Synonyme du test'")
    assert found.fetchone()[0] == 1
