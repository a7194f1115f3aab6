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
