"""The arrays behind the search: distances as geopy computes them, and results built on demand."""

from __future__ import annotations

import pytest
from geopy.distance import great_circle

from centre_finder.core.models import Query
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.ranking import CentreIndex, LazyResults
from centre_finder.core.search.searcher import Searcher


@pytest.mark.parametrize("point", [(50.63, 3.06), (-20.88, 55.45), (43.3, 5.37), (14.6, -61.07)])
def test_distances_are_geopys_great_circle(reference: ReferenceData, point: tuple[float, float]) -> None:
    index = CentreIndex(reference.centres)
    distances = index.distances_km(*point)
    for c, d in zip(reference.centres.values(), distances, strict=True):
        if c.has_position:
            assert d == pytest.approx(great_circle(point, (c.latitude, c.longitude)).km, abs=1e-6)
        else:
            assert d == float("inf")


def test_lazy_results_build_each_result_once_and_behave_as_a_list() -> None:
    built: list[int] = []

    def build(k: int) -> str:
        built.append(k)
        return f"r{k}"

    results = LazyResults(5, build)  # type: ignore[arg-type]
    assert len(results) == 5 and built == []
    assert results[-1] == "r4" and results[1:3] == ["r1", "r2"]
    assert list(results) == ["r0", "r1", "r2", "r3", "r4"] and results == ["r0", "r1", "r2", "r3", "r4"]
    assert sorted(built) == [0, 1, 2, 3, 4]  # each built once, whatever the number of reads
    with pytest.raises(IndexError):
        results[5]


def test_limit_keeps_the_best_ranked(searcher: Searcher) -> None:
    everything = searcher.search(Query("lupus", location="59000"))
    first = searcher.run(Query("lupus", location="59000", limit=3)).results
    assert [r.centre.id for r in first] == [r.centre.id for r in everything[:3]]
