"""The offline basemap: MBTiles rows count from the bottom (TMS), the map asks for XYZ tiles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from centre_finder.mapping.tiles import MBTiles, default_basemap

PNG = b"\x89PNG\r\n\x1a\n"


def test_rows_are_flipped_and_outside_tiles_are_none(tmp_path: Path) -> None:
    path = tmp_path / "t.mbtiles"
    conn = sqlite3.connect(path)
    conn.executescript("create table metadata (name text, value text);"
                       "create table tiles (zoom_level int, tile_column int, tile_row int, tile_data blob);"
                       "insert into metadata values ('minzoom', '1'), ('maxzoom', '2');")
    conn.execute("insert into tiles values (2, 1, 0, ?)", (PNG + b"bottom row",))
    conn.commit()
    conn.close()
    tiles = MBTiles(path)
    try:
        assert (tiles.min_zoom, tiles.max_zoom) == (1, 2)
        assert tiles.attribution == "© OpenStreetMap contributors"
        assert tiles.tile(2, 1, 3) == PNG + b"bottom row"  # XYZ y 3 is TMS row 0 at zoom 2
        assert tiles.tile(2, 1, 0) is None
        assert tiles.tile(2, 4, 0) is None and tiles.tile(-1, 0, 0) is None and tiles.tile(31, 0, 0) is None
    finally:
        tiles.close()


def test_the_shipped_basemap_covers_france_at_its_deepest_zoom() -> None:
    tiles = MBTiles(default_basemap())
    try:
        assert tiles.max_zoom == 6
        paris = tiles.tile(6, 32, 22)
        assert paris is not None and paris.startswith(PNG)
        assert tiles.tile(6, 0, 0) is None  # the world is only kept to zoom 3
    finally:
        tiles.close()
