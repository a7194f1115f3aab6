"""The offline gazetteer file and its lookups."""

from __future__ import annotations

import csv
import gzip
import io

from centre_finder.core.search.gazetteer import Gazetteer, aliases, default_path


def test_stored_aliases_are_what_the_app_computes() -> None:
    """The file's folded aliases were made by `aliases()`; a change of folding must rebuild the file."""
    with gzip.open(default_path(), "rb") as f:
        rows = list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")))
    assert len(rows) > 35000
    for row in rows:
        assert set(row["aliases"].split("|")) == aliases(row["name"]), row["name"]


def test_every_commune_has_a_position_in_range() -> None:
    g = Gazetteer()
    g.load()
    assert all(-90 <= c.latitude <= 90 and -180 <= c.longitude <= 180 for c in g.communes)
    assert all(c.postal_codes for c in g.communes)


def test_suggestions_for_the_location_field() -> None:
    g = Gazetteer()
    assert g.suggest("bethu")[0] == "Béthune (62400)"
    assert g.suggest("624")[0].endswith("(62400)")
    assert "Saint-Denis (93)" in g.suggest("saint-denis")
    assert g.suggest("") == []


def test_a_one_letter_prefix_is_an_index_lookup_bounded_and_ranked() -> None:
    """Issue 14: `suggest("s")` compared dataclasses pairwise over thousands of communes (13.6 s).

    Now: at most `limit` labels, one per commune, biggest first; the time is in the benchmarks
    (`location_suggest_ms_*`), here what is returned.
    """
    g = Gazetteer()
    found = g.suggest("s")
    assert found[:3] == ["Strasbourg (67)", "Saint-Étienne (42)", "Saint-Denis (974)"]
    assert len(found) == 10 == len(set(found))
    assert len(g.suggest("s", limit=3)) == 3 and g.suggest("s", limit=0) == []
    typed = [g.suggest("Saint-Denis"[:n]) for n in range(1, 12)]
    assert all(0 < len(labels) <= 10 for labels in typed)
    assert typed[-1][:2] == ["Saint-Denis (974)", "Saint-Denis (93)"]


def test_the_commune_named_exactly_comes_first_then_the_bigger_ones() -> None:
    g = Gazetteer()
    assert g.suggest("bourg")[:2] == ["Bourg (33710)", "Bourg (52200)"]
    assert g.suggest("bourg")[2:4] == ["Bourges (18000)", "Bourg-en-Bresse (01000)"]
    assert g.suggest("sens")[0] == "Sens (89100)"
    assert g.suggest("saint")[0] == "Saint-Étienne (42)", "an alias without its article is not an exact name"
    assert g.suggest("bordeaux")[0] == "Bordeaux (33)"
    assert g.suggest("paris")[0] == "Paris (75)"
    assert g.suggest("st etie")[0] == "Saint-Étienne (42)"


def test_postal_and_insee_codes_complete() -> None:
    g = Gazetteer()
    assert g.suggest("62400")[:3] == ["Béthune (62400)", "Locon (62400)", "Essars (62400)"]
    assert g.suggest("75")[0] == "Paris (75001)"
    assert "Béthune (62400)" in g.suggest("62119"), "Béthune's INSEE code, after the postal code 62119"
    assert g.suggest("75056") == ["Paris (75)"]
    assert g.suggest("2a004") == ["Ajaccio (2A)"]
    for label in [*g.suggest("62400"), *g.suggest("2a004"), *g.suggest("bordeaux")]:
        assert g.resolve(label).label.split(" (")[0] == label.split(" (")[0], label


def test_a_location_longer_than_any_place_is_refused_at_once() -> None:
    """Issue 14: a 3 MB location took 1.6 s; it is now a LocationError, as the query is capped."""
    import pytest

    from centre_finder.core.search.gazetteer import MAX_LOCATION_CHARS, LocationError, LocationTooLong

    g = Gazetteer()
    with pytest.raises(LocationTooLong, match="too long: 3000000"):
        g.resolve("Lille " * 500_000)
    with pytest.raises(LocationError):
        g.resolve("x" * (MAX_LOCATION_CHARS + 1))
    assert g.resolve(" " * 200 + "Lille" + " " * 50).label == "Lille (59)"
    assert g.suggest("Lille " * 500_000) == []


def test_former_commune_and_article_spellings() -> None:
    g = Gazetteer()
    assert g.resolve("Chesnay").label.startswith("Le Chesnay")
    assert g.resolve("Abymes").label.startswith("Les Abymes")
    assert g.resolve("62400 Béthune").label == "Béthune (62400)"


def test_a_damaged_gazetteer_makes_places_unknown_not_a_crash(tmp_path) -> None:
    import pytest

    from centre_finder.core.search.gazetteer import LocationError

    broken = tmp_path / "communes.csv.gz"
    broken.write_bytes(b"\x1f\x8b not really gzip")
    g = Gazetteer(broken)
    for _ in range(2):
        with pytest.raises(LocationError, match="unreadable"):
            g.resolve("Lille")
    assert g.is_loaded and g.communes == [] and g.suggest("Lil") == []
