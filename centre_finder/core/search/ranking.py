"""Per-centre arrays for filtering, distances and ranking with numpy, and results built on demand.

A directory of 100,000 centres is searched in a few milliseconds because a query touches Python
objects only for the centres it matches: the filters, the distances and the sort work on arrays
indexed by centre position, and a `Result` is only built when something reads it (the table shows
the rows on screen, the map the first markers).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from typing import overload

import numpy as np

from centre_finder import __version__
from centre_finder.core.models import ROLES, Centre, Result, is_labelled, is_referral_destination, role_rank
from centre_finder.core.reference.areas import FRENCH_AREAS
from centre_finder.core.reference.database import Centres
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


def name_ranks(names: list[str], cities: list[str]) -> dict[str, np.ndarray]:
    """The alphabetical order of the centres' names, and of their towns then names (folded): the order of a list
    with no place to measure from. The database build stores them (`centre_arrays`): folding 50,000 distinct names
    takes half a second, which a start-up need not pay."""
    folded_names, towns = _fold_each(names), _fold_each(cities)
    return {"name_rank": _ranks(folded_names),
            "city_name_rank": _ranks(list(zip(towns, folded_names, strict=True)))}


def ranks_key(names: list[str], cities: list[str]) -> bytes:
    """What stored orders were computed from: this version of the app (its `fold`) and the names and towns."""
    text = "\x1f".join([__version__, *names, "\x1e", *cities])
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def stored_ranks(names: list[str], cities: list[str]) -> dict[str, bytes]:
    """`name_ranks` as the build stores them (`centre_arrays`: name → bytes), with their `ranks_key`."""
    ranks = name_ranks(names, cities)
    return {"key": ranks_key(names, cities), **{k: v.astype("<i4").tobytes() for k, v in ranks.items()}}


def read_ranks(stored: dict[str, object], names: list[str], cities: list[str]) -> dict[str, np.ndarray]:
    """The stored orders when they were computed by this version from these very names and towns; otherwise (an
    older database, another version of the app, a name edited since) computed again."""
    arrays = {k: stored.get(k) for k in ("name_rank", "city_name_rank")}
    if stored.get("key") == ranks_key(names, cities) and all(
            isinstance(blob, bytes) and len(blob) == 4 * len(names) for blob in arrays.values()):
        return {k: np.frombuffer(blob, dtype="<i4") for k, blob in arrays.items()}  # type: ignore[arg-type]
    return name_ranks(names, cities)


class CentreIndex:
    """Arrays over the centres, in the database's order (a centre's position is its index).

    Made from the rows' columns, not from Centre objects, which are made only for the centres shown;
    `stored` is the database's `centre_arrays` (`read_ranks` says when to trust it)."""

    def __init__(self, centres: Centres, stored: dict[str, object] | None = None):
        self.table = centres
        self.ids = centres.column("id")
        self.position = centres.position
        size = len(self.ids)
        lat = np.array(centres.column("latitude"), dtype=float)  # None → nan
        lon = np.array(centres.column("longitude"), dtype=float)
        self.has_position = ~(np.isnan(lat) | np.isnan(lon))
        self.lat, self.lon = np.radians(lat), np.radians(lon)
        self.territory = np.full(size, -1, dtype=np.int16)
        for k, (a, b, c, d) in enumerate(FRENCH_AREAS.values()):  # the first area holding it, as `territory`
            self.territory[(self.territory == -1) & (lat >= a) & (lat <= b) & (lon >= c) & (lon <= d)] = k
        roles = centres.column("roles")
        bits = {role: 1 << i for i, role in enumerate(ROLES)}
        self.role_bits = bits
        # a few dozen distinct combinations of roles, specialty and confidence: each worked out once
        kinds: dict[tuple, tuple[int, int, bool, int]] = {}
        kind_of = []
        for key in zip(roles, centres.column("specialty"), centres.column("confidence"), strict=True):
            kind = kinds.get(key)
            if kind is None:
                r, specialty, confidence = key
                kind = kinds[key] = (int(not is_referral_destination(specialty, confidence, r)), role_rank(r),
                                     is_labelled(r), sum(bits.get(x, 0) for x in set(r)))
            kind_of.append(kind)
        columns = list(zip(*kind_of, strict=True)) if kind_of else [(), (), (), ()]
        self.demoted = np.array(columns[0], dtype=np.int8)
        self.role_rank = np.array(columns[1], dtype=np.int8)
        self.labelled_array = np.array(columns[2], dtype=bool)
        self.roles = np.array(columns[3], dtype=np.int64)
        ranks = read_ranks(stored or {}, centres.column("name"), centres.column("city"))
        self.name_rank, self.city_name_rank = ranks["name_rank"], ranks["city_name_rank"]
        self.population, self.population_codes = _codes(centres.column("population"))
        specialties = centres.column("specialty")
        self.specialty, self.specialty_codes = _codes(specialties)
        self.region, self.region_codes = _codes(_fold_each(centres.column("region")))
        self.by_specialty: dict[str, list[int]] = {}
        for i, specialty in enumerate(specialties):
            self.by_specialty.setdefault(specialty, []).append(i)
        self._distance_cache: tuple[tuple[float, float], np.ndarray] | None = None

    def centre(self, i: int) -> Centre:
        """The centre at position `i`."""
        return self.table.at(int(i))

    def __len__(self) -> int:
        return len(self.ids)

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
