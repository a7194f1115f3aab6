"""Offline lookup of French locations: postal code, commune name (with département), or `lat,lon`.

Reads `resources/gazetteer/communes.csv.gz` (built by `db/tools/build_gazetteer.py`) once, lazily.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from centre_finder.core.models import Location
from centre_finder.core.reference.areas import in_france
from centre_finder.core.search.prefix_index import PrefixIndex
from centre_finder.core.text import fold
from centre_finder.paths import resource_path

# "48.85, 2.35": a comma or semicolon between the numbers and a decimal point ("13 100" is Aix, not Thailand)
_LATLON = re.compile(r"^\s*(-?\d{1,2}\.\d+)\s*[,;]\s*(-?\d{1,3}\.\d+)\s*$")
_POSTAL = re.compile(r"^\d{5}$")
_DEP_SUFFIX = re.compile(r"^(?P<name>.+?)\s+(?P<dep>\d{2,3}|2a|2b)$")
_ABBREVIATIONS = ((re.compile(r"\bst\b"), "saint"), (re.compile(r"\bste\b"), "sainte"))
_ARRONDISSEMENT = re.compile(r"^(?P<city>.+?) (?P<n>\d+)(?P<suffix>er|e) arrondissement$")
# the start of a postal or INSEE code ("62", "624", "2A004" for Corsica)
_CODE_PREFIX = re.compile(r"^\d(?:[\dab]\d{0,3})?$")

MAX_LOCATION_CHARS = 300  # as the query (searcher.MAX_QUERY_CHARS): a longer location is refused, not searched
MAX_COMPLETION_CHARS = 100  # the longest commune name has 45 characters: nothing longer can complete


class LocationError(ValueError):
    """The text does not name a French location the gazetteer knows."""


class LocationTooLong(LocationError):
    """The location is longer than any place name: refused before any work (a pasted document, an attack)."""

    def __init__(self, length: int):
        self.length = length
        super().__init__(f"Lieu trop long / location too long: {length} caractères / characters "
                         f"(au plus / at most {MAX_LOCATION_CHARS})")


@dataclass(frozen=True)
class Commune:
    insee: str
    name: str
    kind: str  # COM, ARM (arrondissement), COMD (former commune merged into another)
    parent: str
    dep: str
    postal_codes: tuple[str, ...]
    latitude: float
    longitude: float
    population: int

    @property
    def label(self) -> str:
        code = self.postal_codes[0] if len(self.postal_codes) == 1 else self.dep
        return f"{self.name} ({code})"


def default_path() -> Path:
    return resource_path("gazetteer", "communes.csv.gz")


class Gazetteer:
    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_path()
        self._lock = threading.Lock()
        self._loaded = False
        self.communes: list[Commune] = []
        self._by_postal: dict[str, list[Commune]] = {}
        self._by_name: dict[str, list[Commune]] = {}
        self._completion: tuple[PrefixIndex, PrefixIndex, PrefixIndex] | None = None
        self._completion_keys: dict[str, tuple[list[str], list[int]]] = {}
        self._completion_lock = threading.Lock()
        self.error = ""

    def load(self) -> None:
        """Read the gazetteer file (about 0.3 s); called on first use, or early from a background thread.

        A missing or damaged file makes every lookup a LocationError (the search goes on without distances);
        nothing is half-loaded.
        """
        with self._lock:
            if self._loaded:
                if self.error:
                    raise LocationError(self.error)
                return
            communes: list[Commune] = []
            by_postal: dict[str, list[Commune]] = {}
            by_name: dict[str, list[Commune]] = {}
            keys: dict[str, tuple[list[str], list[int]]] = {"name": ([], []), "postal": ([], [])}
            try:
                with gzip.open(self.path, "rb") as f:
                    reader = csv.reader(io.TextIOWrapper(f, encoding="utf-8"))
                    col = {name: i for i, name in enumerate(next(reader))}
                    i_insee, i_name, i_kind, i_parent, i_dep = (col[k] for k in ("insee", "name", "kind", "parent",
                                                                                 "dep"))
                    i_codes, i_lat, i_lon, i_pop, i_alias = (col[k] for k in ("postal_codes", "lat", "lon",
                                                                              "population", "aliases"))
                    for r in reader:
                        commune = Commune(r[i_insee], r[i_name], r[i_kind], r[i_parent], r[i_dep],
                                          tuple(r[i_codes].split()), float(r[i_lat]), float(r[i_lon]),
                                          int(r[i_pop] or 0))
                        number = len(communes)
                        communes.append(commune)
                        for code in commune.postal_codes:
                            by_postal.setdefault(code, []).append(commune)
                            keys["postal"][0].append(code)
                            keys["postal"][1].append(number)
                        # aliases are folded at build time (db/tools/build_gazetteer.py) with `aliases()` below
                        for alias in r[i_alias].split("|"):
                            by_name.setdefault(alias, []).append(commune)
                            keys["name"][0].append(alias)
                            keys["name"][1].append(number)
            except (OSError, EOFError, UnicodeDecodeError, csv.Error, KeyError, IndexError, ValueError,
                    StopIteration) as exc:
                self.error = (f"Lieux indisponibles : fichier des communes illisible / places unavailable: "
                              f"unreadable communes file ({self.path}: {exc})")
                self._loaded = True
                raise LocationError(self.error) from exc
            for entries in (*by_postal.values(), *by_name.values()):
                entries.sort(key=lambda c: (c.kind == "COMD", -c.population))
            self.communes, self._by_postal, self._by_name = communes, by_postal, by_name
            self._completion_keys = keys
            self._loaded = True

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    @property
    def completion_ready(self) -> bool:
        """Whether `suggest` answers at once (loaded and indexed): the window asks before calling it."""
        return self._completion is not None or (self._loaded and bool(self.error))

    def prepare_completion(self) -> None:
        """Load, then sort the completion keys (about 0.1 s): on first `suggest`, or early from a thread.

        Kept out of `load` so that resolving the first location does not wait for it.
        """
        try:
            self.load()
        except LocationError:
            return
        with self._completion_lock:
            if self._completion is None:
                self._completion = self._completion_index(self.communes, self._completion_keys)
                self._completion_keys = {}

    def resolve(self, text: str) -> Location:
        """Turn what the user typed into a position; raises LocationError with a clear message."""
        if len(text) > MAX_LOCATION_CHARS:
            raise LocationTooLong(len(text))
        self.load()
        raw = text.strip()
        if not raw:
            raise LocationError("Lieu vide / empty location")
        latlon = _LATLON.match(raw)
        if latlon:
            lat, lon = float(latlon.group(1)), float(latlon.group(2))
            if not in_france(lat, lon):
                raise LocationError(f"Coordonnées hors de France / coordinates outside France: {raw}")
            return Location(f"{lat:.5f}, {lon:.5f}", lat, lon, "coordinates")
        folded = _normalise(raw)
        words = folded.split()
        postal = [w for w in words if _POSTAL.match(w)]
        if postal:
            candidates = self._drop_parents(self._by_postal.get(postal[0], []))
            rest = " ".join(w for w in words if w != postal[0])
            if rest:
                named = [c for c in candidates if rest in aliases(c.name)]
                candidates = named or candidates
            if not candidates:
                raise LocationError(f"Code postal inconnu / unknown postal code: {postal[0]}")
            return self._location(candidates, raw, postal[0])
        candidates = self._by_name.get(folded, [])
        if not candidates:
            suffix = _DEP_SUFFIX.match(folded)
            if suffix:
                dep = suffix.group("dep").upper()
                candidates = [c for c in self._by_name.get(suffix.group("name"), []) if c.dep == dep]
        if not candidates:
            raise LocationError(f"Lieu inconnu / unknown location: {raw}")
        return self._location(candidates, raw, "")

    def suggest(self, text: str, limit: int = 10) -> list[str]:
        """Labels of the communes `text` starts (for the location field's completion): an index lookup.

        A name gives "Bordeaux (33)"-style labels, the commune named exactly first, then the others by size
        (former merged communes last); digits give "Béthune (62400)" by postal code, then communes by INSEE
        code. At most `limit` labels; an empty list while the gazetteer is loading or unreadable.
        """
        if len(text) > MAX_COMPLETION_CHARS or limit <= 0:
            return []
        self.prepare_completion()
        folded = _normalise(text)
        if not folded or self._completion is None:
            return []
        names, postal, insee = self._completion
        labels: list[str] = []
        seen: set[int] = set()  # communes by number: one line each

        def add(i: int, label: str) -> bool:
            if i not in seen and label not in labels:
                seen.add(i)
                labels.append(label)
            return len(labels) >= limit

        if _CODE_PREFIX.match(folded):
            for i in postal.best(folded, limit):
                commune = self.communes[i]
                matched = next((p for p in commune.postal_codes if p.startswith(folded)), "")
                if add(i, f"{commune.name} ({matched})"):
                    return labels
            for i in insee.best(folded.upper(), limit):
                if add(i, self.communes[i].label):
                    return labels
            return labels
        # the commune named exactly so ("Bourg", "Sens") first; "saint" does not put "Le Saint" first
        exact = [i for i in names.exact(folded) if _normalise(self.communes[i].name) == folded]
        for i in [*exact, *names.best(folded, limit + len(exact))]:
            if add(i, self.communes[i].label):
                break
        return labels

    @staticmethod
    def _completion_index(communes: list[Commune], keys: dict[str, tuple[list[str], list[int]]]
                          ) -> tuple[PrefixIndex, PrefixIndex, PrefixIndex]:
        """Sorted keys for completion (folded names, postal codes, INSEE codes); bigger communes rank first,
        former merged communes last."""
        merged = np.fromiter((c.kind == "COMD" for c in communes), dtype=bool, count=len(communes))
        population = np.fromiter((c.population for c in communes), dtype=np.int64, count=len(communes))
        rank = np.empty(len(communes), dtype=np.int64)
        rank[np.lexsort((-population, merged))] = np.arange(len(communes))
        return (PrefixIndex(*keys["name"], rank), PrefixIndex(*keys["postal"], rank),
                PrefixIndex([c.insee for c in communes], range(len(communes)), rank))

    @staticmethod
    def _drop_parents(candidates: list[Commune]) -> list[Commune]:
        """For '75013', keep Paris 13e rather than the whole of Paris."""
        parents = {c.parent for c in candidates if c.parent}
        return [c for c in candidates if c.insee not in parents or c.kind != "COM"]

    @staticmethod
    def _location(candidates: list[Commune], query: str, postal: str) -> Location:
        best = candidates[0]
        others: list[str] = []
        # communes sharing a postal code are not an ambiguity: the code was chosen by the user
        for c in [] if postal else candidates[1:]:
            if c.insee != best.insee and c.label not in others and c.label != best.label:
                others.append(c.label)
        code = postal or (best.postal_codes[0] if best.postal_codes else "")
        label = f"{best.name} ({postal})" if postal else best.label
        return Location(label, best.latitude, best.longitude, "commune", code, best.insee, tuple(others[:5]))


def _normalise(text: str) -> str:
    folded = fold(text)
    for pattern, replacement in _ABBREVIATIONS:
        folded = pattern.sub(replacement, folded)
    return folded


def aliases(name: str) -> set[str]:
    """The folded spellings a commune is found by ("le chesnay", "chesnay", "paris 13e", "paris 13")."""
    folded = _normalise(name)
    aliases = {folded}
    for article in ("le ", "la ", "les ", "l "):
        if folded.startswith(article):
            aliases.add(folded[len(article):])
    arr = _ARRONDISSEMENT.match(folded)
    if arr:
        city, n, suffix = arr.group("city"), arr.group("n"), arr.group("suffix")
        aliases |= {f"{city} {n}{suffix}", f"{city} {n}"}
    return aliases


_default: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    global _default
    if _default is None:
        _default = Gazetteer()
    return _default
