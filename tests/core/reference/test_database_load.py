"""Loading the reference database: rows kept as read, objects made when read, the build's stored orders."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import numpy as np

from centre_finder.core.models import Centre, Expertise, Query
from centre_finder.core.reference import database
from centre_finder.core.search.ranking import name_ranks, ranks_key
from centre_finder.core.search.searcher import Searcher


def test_loading_and_indexing_make_no_centre_or_expertise_object(built_db: Path) -> None:
    """With 100,000 centres, making every Centre and Expertise object took most of a 10 s start-up: the search
    works on the rows' columns, and objects are made for what is read."""
    data = database.load(built_db)
    try:
        searcher = Searcher(data)
        assert data.centres._made == {} and data.expertise._made == {}
        results = searcher.run(Query("lupus", location="62400")).results
        first = results[0]
        assert 0 < len(data.centres._made) < len(data.centres)
        assert first.centre is data.centres[first.centre.id]  # made once
    finally:
        data.close()


def test_centres_read_lazily_are_the_rows_of_the_database(reference: database.ReferenceData) -> None:
    conn = sqlite3.connect(reference.path)
    ids = [r[0] for r in conn.execute("select id from centres order by rowid")]
    assert list(reference.centres) == ids and len(reference.centres) == len(ids)
    some = ids[:: max(1, len(ids) // 25)]
    for cid in some:
        centre = reference.centres[cid]
        assert isinstance(centre, Centre)
        row = conn.execute(f"select {database.CENTRE_COLUMNS} from centres where id = ?", (cid,)).fetchone()
        made = dict(zip(database.CENTRE_FIELDS, row, strict=True))
        assert centre.name == made["name"] and centre.latitude == made["latitude"] and centre.phone == made["phone"]
        assert centre.roles == tuple(x for x in made["roles"].split(";") if x)
        urls = [u for (u,) in conn.execute("select url from centre_sources where centre_id = ? order by position",
                                           (cid,))]
        assert list(centre.source_urls) == urls
        expertise = conn.execute("select centre_id, disease_id, basis, evidence, source_url from expertise "
                                 "where centre_id = ? order by rowid", (cid,)).fetchall()
        assert reference.expertise.get(cid, []) == [Expertise(*r) for r in expertise]
        assert (cid in reference.expertise) == bool(expertise)
    assert "no-such-centre" not in reference.centres and reference.centres.get("no-such-centre") is None
    assert reference.expertise.disease_ids() == {r[0] for r in conn.execute("select disease_id from expertise")}
    conn.close()


def test_the_build_stores_the_alphabetical_orders_and_an_older_database_gets_the_same(
        built_db: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(built_db)
    stored = dict(conn.execute("select name, data from centre_arrays"))
    names_cities = conn.execute("select name, city from centres order by rowid").fetchall()
    conn.close()
    names, cities = [n for n, _ in names_cities], [c for _, c in names_cities]
    expected = name_ranks(names, cities)
    assert stored.pop("key") == ranks_key(names, cities)
    stored = {name: np.frombuffer(blob, dtype="<i4") for name, blob in stored.items()}
    assert set(stored) == set(expected)
    for name, ranks in expected.items():
        assert np.array_equal(stored[name], ranks)

    older = tmp_path / "older.db"
    shutil.copy(built_db, older)
    with sqlite3.connect(older) as c:
        c.execute("drop table centre_arrays")
    orders = []
    for path in (built_db, older):
        data = database.load(path)
        try:
            searcher = Searcher(data)
            orders.append([[r.centre.id for r in searcher.run(Query(text)).results]
                           for text in ("", "lupus", "Lille", "myosite")])
            assert np.array_equal(searcher.index.city_name_rank, expected["city_name_rank"])
        finally:
            data.close()
    assert orders[0] == orders[1] and all(orders[0])


def test_stored_orders_of_other_names_or_another_version_are_not_trusted(built_db: Path, tmp_path: Path) -> None:
    """A database edited by hand, or built by another version of the app (another `fold`), gets its orders
    computed again rather than a silently wrong list."""
    edited, other_version = tmp_path / "edited.db", tmp_path / "other.db"
    shutil.copy(built_db, edited)
    shutil.copy(built_db, other_version)
    with sqlite3.connect(edited) as c:
        c.execute("update centres set name = 'AAA premier' where rowid = (select max(rowid) from centres)")
    with sqlite3.connect(other_version) as c:
        c.execute("update centre_arrays set data = ? where name = 'key'", (ranks_key(["x"], ["y"]),))
        c.execute("update centre_arrays set data = zeroblob(length(data)) where name != 'key'")
    for path in (edited, other_version):
        data = database.load(path)
        try:
            names, cities = data.centres.column("name"), data.centres.column("city")
            index = Searcher(data).index
            expected = name_ranks(names, cities)
            assert np.array_equal(index.name_rank, expected["name_rank"])
            assert np.array_equal(index.city_name_rank, expected["city_name_rank"])
            if path == edited:
                assert index.name_rank[-1] == 0  # "AAA premier" comes first
        finally:
            data.close()
