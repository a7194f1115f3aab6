"""Per-centre arrays for filtering, distances and ranking with numpy, and results built on demand.

A directory of 100,000 centres is searched in a few milliseconds because a query touches Python
objects only for the centres it matches: the filters, the distances and the sort work on arrays
indexed by centre position, and a `Result` is only built when something reads it (the table shows
the rows on screen, the map the first markers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

import numpy as np

from centre_finder.core.models import ROLES, Centre, Result
from centre_finder.core.reference.areas import FRENCH_AREAS
from centre_finder.core.text import fold

TERRITORIES = tuple(FRENCH_AREAS)
# geopy's mean earth radius (geopy.distance.EARTH_RADIUS, km), written here: importing geopy takes 0.5 s at
# start-up (it imports its geocoders and requests); tests compare the distances with geopy's great_circle
EARTH_RADIUS = 6371.009


def territory(latitude: float | None, longitude: float | None) -> str:
    """Metropolitan France or which overseas territory a point is in ("" when none)."""
    if latitude is None or longitude is None:
        return ""
    for name, (a, b, c, d) in FRENCH_AREAS.items():
        if a <= latitude <= b and c <= longitude <= d:
            return name
    return ""


def _codes(values: list[str]) -> tuple[np.ndarray, dict[str, int]]:
    table: dict[str, int] = {}
    return np.array([table.setdefault(v, len(table)) for v in values], dtype=np.int32), table


def _fold_each(values: list[str]) -> list[str]:
    """`fold` of each value, each distinct value folded once (100,000 centres are a few thousand towns)."""
    folded = {v: fold(v) for v in set(values)}
    return [folded[v] for v in values]


def _ranks(values: list) -> np.ndarray:
    """Position of each value in the sorted distinct values (equal values share a rank)."""
    order = {v: i for i, v in enumerate(sorted(set(values)))}
    return np.array([order[v] for v in values], dtype=np.int32)


class CentreIndex:
    """Arrays over the centres, in one fixed order (a centre's position is its index)."""

    def __init__(self, centres: list[Centre]):
        self.centres = centres
        self.ids = [c.id for c in centres]
        self.position = {cid: i for i, cid in enumerate(self.ids)}
        lat = np.array([np.nan if c.latitude is None else c.latitude for c in centres], dtype=float)
        lon = np.array([np.nan if c.longitude is None else c.longitude for c in centres], dtype=float)
        self.has_position = ~(np.isnan(lat) | np.isnan(lon))
        self.lat, self.lon = np.radians(lat), np.radians(lon)
        self.territory = np.full(len(centres), -1, dtype=np.int16)
        for k, (a, b, c, d) in enumerate(FRENCH_AREAS.values()):  # the first area holding it, as `territory`
            self.territory[(self.territory == -1) & (lat >= a) & (lat <= b) & (lon >= c) & (lon <= d)] = k
        self.demoted = np.array([not c.is_referral_destination for c in centres], dtype=np.int8)
        self.role_rank = np.array([c.role_rank for c in centres], dtype=np.int8)
        self.labelled_array = np.array([c.is_labelled for c in centres], dtype=bool)
        names = _fold_each([c.name for c in centres])
        towns = _fold_each([c.city for c in centres])
        self.city_name_rank = _ranks(list(zip(towns, names, strict=True)))
        self.name_rank = _ranks(names)
        self.population, self.population_codes = _codes([c.population for c in centres])
        self.specialty, self.specialty_codes = _codes([c.specialty for c in centres])
        self.region, self.region_codes = _codes(_fold_each([c.region for c in centres]))
        bits = {role: 1 << i for i, role in enumerate(ROLES)}
        self.roles = np.array([sum(bits.get(r, 0) for r in set(c.roles)) for c in centres], dtype=np.int64)
        self.role_bits = bits
        self.by_specialty: dict[str, list[int]] = {}
        for i, c in enumerate(centres):
            self.by_specialty.setdefault(c.specialty, []).append(i)
        self._distance_cache: tuple[tuple[float, float], np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self.centres)

    def distances_km(self, latitude: float, longitude: float) -> np.ndarray:
        """Great-circle distance from a point to every centre (inf where the position is unknown).

        The same formula and earth radius as geopy's `great_circle`; kept for the last point asked, since
        the place rarely changes between two keystrokes."""
        key = (latitude, longitude)
        if self._distance_cache is not None and self._distance_cache[0] == key:
            return self._distance_cache[1]
        lat1, lng1 = np.radians(latitude), np.radians(longitude)
        lat2, lng2 = self.lat, self.lon
        sin_lat1, cos_lat1 = np.sin(lat1), np.cos(lat1)
        sin_lat2, cos_lat2 = np.sin(lat2), np.cos(lat2)
        delta = lng2 - lng1
        cos_delta, sin_delta = np.cos(delta), np.sin(delta)
        d = np.arctan2(
            np.sqrt((cos_lat2 * sin_delta) ** 2 + (cos_lat1 * sin_lat2 - sin_lat1 * cos_lat2 * cos_delta) ** 2),
            sin_lat1 * sin_lat2 + cos_lat1 * cos_lat2 * cos_delta,
        ) * EARTH_RADIUS
        d = np.where(self.has_position, d, np.inf)
        self._distance_cache = (key, d)
        return d

    def codes(self, table: dict[str, int], values: Sequence[str]) -> list[int]:
        return [table[v] for v in values if v in table]

    def role_mask(self, roles: Sequence[str]) -> int:
        return sum(self.role_bits.get(r, 0) for r in set(roles))


class LazyResults(Sequence[Result]):
    """Ranked results whose `Result` objects are built the first time they are read."""

    def __init__(self, size: int, build: Callable[[int], Result], locate: Callable[[str], int] | None = None,
                 centre_of: Callable[[int], Centre] | None = None):
        self._size = size
        self._build = build
        self._locate = locate
        self._centre_of = centre_of
        self._cache: dict[int, Result] = {}

    def centres(self, limit: int | None = None) -> list[Centre]:
        """The centres of the first `limit` results, in order, without building the results (the map needs
        only the centres of up to 10,000 results)."""
        count = self._size if limit is None else min(limit, self._size)
        if self._centre_of is None:
            return [self[k].centre for k in range(count)]
        return [self._centre_of(k) for k in range(count)]

    def row_of(self, centre_id: str) -> int:
        """The rank of a centre in these results (-1 when absent), without building any result."""
        if self._locate is not None:
            return self._locate(centre_id)
        return next((k for k, r in enumerate(self) if r.centre.id == centre_id), -1)

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, k: int) -> Result: ...
    @overload
    def __getitem__(self, k: slice) -> list[Result]: ...

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(self._size))]
        if k < 0:
            k += self._size
        if not 0 <= k < self._size:
            raise IndexError(k)
        result = self._cache.get(k)
        if result is None:
            result = self._cache[k] = self._build(k)
        return result

    def __iter__(self) -> Iterator[Result]:
        return (self[i] for i in range(self._size))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(other) == self._size and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyResults({self._size} results)"
