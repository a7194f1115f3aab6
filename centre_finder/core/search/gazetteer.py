"""Offline lookup of French locations: postal code, commune name (with département), or `lat,lon`.

Reads `resources/gazetteer/communes.csv.gz` (built by `db/tools/build_gazetteer.py`) once, lazily.
"""

from __future__ import annotations

import bisect
import csv
import gzip
import io
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from centre_finder.core.models import Location
from centre_finder.core.reference.sources import in_france
from centre_finder.core.text import fold
from centre_finder.paths import resource_path

# "48.85, 2.35": a comma or semicolon between the numbers and a decimal point ("13 100" is Aix, not Thailand)
_LATLON = re.compile(r"^\s*(-?\d{1,2}\.\d+)\s*[,;]\s*(-?\d{1,3}\.\d+)\s*$")
_POSTAL = re.compile(r"^\d{5}$")
_DEP_SUFFIX = re.compile(r"^(?P<name>.+?)\s+(?P<dep>\d{2,3}|2a|2b)$")
_ABBREVIATIONS = ((re.compile(r"\bst\b"), "saint"), (re.compile(r"\bste\b"), "sainte"))
_ARRONDISSEMENT = re.compile(r"^(?P<city>.+?) (?P<n>\d+)(?P<suffix>er|e) arrondissement$")


class LocationError(ValueError):
    """The text does not name a French location the gazetteer knows."""


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
        self._names_sorted: list[tuple[str, Commune]] = []
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
                        communes.append(commune)
                        for code in commune.postal_codes:
                            by_postal.setdefault(code, []).append(commune)
                        # aliases are folded at build time (db/tools/build_gazetteer.py) with `aliases()` below
                        for alias in r[i_alias].split("|"):
                            by_name.setdefault(alias, []).append(commune)
            except (OSError, EOFError, UnicodeDecodeError, csv.Error, KeyError, IndexError, ValueError,
                    StopIteration) as exc:
                self.error = (f"Lieux indisponibles : fichier des communes illisible / places unavailable: "
                              f"unreadable communes file ({self.path}: {exc})")
                self._loaded = True
                raise LocationError(self.error) from exc
            for entries in (*by_postal.values(), *by_name.values()):
                entries.sort(key=lambda c: (c.kind == "COMD", -c.population))
            self.communes, self._by_postal, self._by_name = communes, by_postal, by_name
            self._loaded = True

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def resolve(self, text: str) -> Location:
        """Turn what the user typed into a position; raises LocationError with a clear message."""
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
        """Commune labels starting with `text` (for the location field's completion), most populous first."""
        try:
            self.load()
        except LocationError:
            return []
        folded = _normalise(text)
        if not folded:
            return []
        if folded.isdigit():
            found = [c for code, cs in self._by_postal.items() if code.startswith(folded) for c in cs]
            found.sort(key=lambda c: -c.population)
            labels = []
            for c in found:
                code = next(p for p in c.postal_codes if p.startswith(folded))
                label = f"{c.name} ({code})"
                if label not in labels:
                    labels.append(label)
            return labels[:limit]
        if not self._names_sorted:
            self._names_sorted = sorted(
                ((alias, c) for alias, cs in self._by_name.items() for c in cs),
                key=lambda item: (item[0], -item[1].population),
            )
        start = bisect.bisect_left(self._names_sorted, (folded,), key=lambda item: (item[0],))
        found: list[Commune] = []
        for alias, commune in self._names_sorted[start:]:
            if not alias.startswith(folded):
                break
            if commune not in found:
                found.append(commune)
        found.sort(key=lambda c: (c.kind == "COMD", -c.population))
        return [c.label for c in found[:limit]]

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
