"""Positions for new or changed addresses: geopy (BAN first, Nominatim as fallback), else the commune.

Used only when data are imported. Answers are cached on disk; requests are rate-limited and carry an
identifying user agent. Without a network, or when both geocoders fail, the row takes its commune's
centre from the offline gazetteer and is marked approximate (`coord_precision=city`): never dropped,
never left without a position.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from centre_finder import __version__
from centre_finder.core.search.gazetteer import Gazetteer, LocationError, default_gazetteer
from centre_finder.paths import user_data_dir

USER_AGENT = f"CentreFinder/{__version__} (rare-disease referral directory; data import geocoding)"


@dataclass(frozen=True)
class Position:
    latitude: float
    longitude: float
    precision: str  # "address" (geocoded), "city" (commune centre)
    source: str  # "ban", "nominatim", "gazetteer", "cache:<provider>"


class GeocodeCache:
    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else user_data_dir() / "geocode-cache.db"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        self.conn.execute("create table if not exists answers (query text primary key, provider text, "
                          "latitude real, longitude real)")
        self.conn.commit()

    def get(self, query: str) -> tuple[str, float, float] | None:
        with self._lock:
            row = self.conn.execute("select provider, latitude, longitude from answers where query = ?",
                                    (query,)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def put(self, query: str, provider: str, latitude: float, longitude: float) -> None:
        with self._lock:
            self.conn.execute("insert or replace into answers values (?, ?, ?, ?)", (query, provider, latitude,
                                                                                     longitude))
            self.conn.commit()

    def close(self) -> None:
        self.conn.close()


def make_geocoders(*, ban_domain: str = "api-adresse.data.gouv.fr",
                   nominatim_domain: str = "nominatim.openstreetmap.org", scheme: str = "https",
                   timeout: float = 4.0, min_delay_seconds: float = 1.0) -> list[tuple[str, Callable[[str], object]]]:
    """The geocoders to try, in order, each wrapped in geopy's RateLimiter."""
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import BANFrance, Nominatim

    ban = BANFrance(domain=ban_domain, scheme=scheme, timeout=timeout, user_agent=USER_AGENT)
    nominatim = Nominatim(domain=nominatim_domain, scheme=scheme, timeout=timeout, user_agent=USER_AGENT)
    return [
        ("ban", RateLimiter(ban.geocode, min_delay_seconds=min_delay_seconds / 10, max_retries=0,
                            swallow_exceptions=False)),
        ("nominatim", RateLimiter(lambda q: nominatim.geocode(q, country_codes="fr"),
                                  min_delay_seconds=min_delay_seconds, max_retries=0, swallow_exceptions=False)),
    ]


class Geocoder:
    def __init__(self, geocoders: list[tuple[str, Callable[[str], object]]] | None, cache: GeocodeCache | None,
                 gazetteer: Gazetteer | None = None):
        self.geocoders = geocoders or []
        self.cache = cache
        self.gazetteer = gazetteer or default_gazetteer()
        self.log: list[str] = []
        self._offline = not self.geocoders

    def locate(self, address: str, postal_code: str, city: str) -> Position | None:
        """Position of an establishment; None only when even the commune is unknown."""
        query = ", ".join(x for x in (address, " ".join(x for x in (postal_code, city) if x)) if x)
        if address and query:
            cached = self.cache.get(query) if self.cache else None
            if cached:
                return Position(cached[1], cached[2], "address", f"cache:{cached[0]}")
            if not self._offline:
                for name, geocode in self.geocoders:
                    try:
                        found = geocode(query)
                    except Exception as exc:
                        self.log.append(f"{name}: {type(exc).__name__}: {exc}")
                        if _is_network_down(exc):
                            self._offline = True  # no network: stop trying for this import
                            break
                        continue
                    if found is not None:
                        lat, lon = float(found.latitude), float(found.longitude)
                        if self.cache:
                            self.cache.put(query, name, lat, lon)
                        return Position(lat, lon, "address", name)
        for text in (f"{postal_code} {city}".strip(), city):
            if not text:
                continue
            try:
                place = self.gazetteer.resolve(text)
            except LocationError:
                continue
            return Position(place.latitude, place.longitude, "city", "gazetteer")
        return None


def _is_network_down(exc: Exception) -> bool:
    from geopy.exc import GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable

    if isinstance(exc, GeocoderTimedOut | GeocoderUnavailable):
        return True
    text = str(exc).lower()
    return isinstance(exc, GeocoderServiceError) and any(
        word in text for word in ("name or service not known", "network is unreachable", "connection refused",
                                  "temporary failure in name resolution", "no route to host"))

