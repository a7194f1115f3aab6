"""Read raster tiles from an MBTiles file (SQLite, TMS row order)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from centre_finder.paths import resource_path


def default_basemap() -> Path:
    return resource_path("basemap", "france.mbtiles")


class MBTiles:
    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_basemap()
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        meta = dict(self._conn.execute("select name, value from metadata").fetchall())
        self.min_zoom = int(meta.get("minzoom", 0))
        self.max_zoom = int(meta.get("maxzoom", 6))
        self.attribution = meta.get("attribution", "© OpenStreetMap contributors")

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The PNG of XYZ tile z/x/y, or None. MBTiles count rows from the bottom: y is flipped."""
        if not (0 <= z <= 30 and 0 <= x < 2**z and 0 <= y < 2**z):
            return None
        with self._lock:
            row = self._conn.execute(
                "select tile_data from tiles where zoom_level = ? and tile_column = ? and tile_row = ?",
                (z, x, (2**z - 1) - y),
            ).fetchone()
        return bytes(row[0]) if row else None

    def close(self) -> None:
        self._conn.close()
