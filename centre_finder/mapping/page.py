"""Build the map page once with folium; afterwards markers change through the page's small JS API.

Every asset is a local URL on the application's own `cf:` scheme: no CDN is ever referenced.
The HTML is kept on disk, keyed by everything it is made from, so that a start-up after the first
neither imports folium nor renders the page (`cached_map_html`).
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import os
from pathlib import Path

from centre_finder import __version__
from centre_finder.mapping import SCHEME

APP_BASE = f"{SCHEME}://app"
TILE_URL = f"{SCHEME}://tiles/{{z}}/{{x}}/{{y}}.png"
ONLINE_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
ONLINE_HOSTS = ("tile.openstreetmap.org",)
FRANCE_CENTER = (46.6, 2.4)
MIN_ZOOM, MAX_ZOOM = 2, 10

LOCAL_JS = [
    ("leaflet", f"{APP_BASE}/leaflet/leaflet.js"),
    ("supercluster", f"{APP_BASE}/supercluster/supercluster.js"),
    ("qwebchannel", f"{APP_BASE}/qwebchannel.js"),
]
LOCAL_CSS = [
    ("leaflet_css", f"{APP_BASE}/leaflet/leaflet.css"),
    ("centre_finder_css", f"{APP_BASE}/centre_finder_map.css"),
]
# Change when the page's structure changes: it is part of the cache key, with the app version and this file.
PAGE_FORMAT = 2


def build_map_html(*, offline_name: str, online_name: str, attribution: str, max_native_zoom: int = 6) -> str:
    """The HTML of the map page. Names of the two base layers are shown in the layer control.

    The scale bar, the markers and their clusters are added by centre_finder_map.js (metric only;
    clustering with the vendored Supercluster)."""
    import folium  # only when the page is not in the cache: folium and its imports take ~0.5 s

    attribution = html.escape(attribution)  # read from the tiles file: shown as text
    m = folium.Map(location=FRANCE_CENTER, zoom_start=6, tiles=None, control_scale=False, prefer_canvas=False,
                   min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM, world_copy_jump=True)
    m.default_js = LOCAL_JS
    m.default_css = LOCAL_CSS
    offline = folium.TileLayer(tiles=TILE_URL, attr=attribution, name=offline_name, max_native_zoom=max_native_zoom,
                               max_zoom=MAX_ZOOM, overlay=False, control=True, show=True)
    offline.add_to(m)
    online = folium.TileLayer(tiles=ONLINE_TILE_URL, attr=attribution, name=online_name, max_zoom=MAX_ZOOM,
                              overlay=False, control=True, show=False)
    online.add_to(m)
    folium.LayerControl(position="topright", collapsed=True).add_to(m)
    names = {"map": m.get_name(), "offline": offline.get_name(), "online": online.get_name()}
    root = m.get_root()
    root.header.add_child(folium.Element(f"<script>window.CF_NAMES = {json.dumps(names)};</script>"))
    root.header.add_child(folium.Element(f'<script src="{APP_BASE}/centre_finder_map.js"></script>'))
    return root.render()


def _source_digest() -> str:
    """This module's own text when it is readable (development); in a bundle the app version says it."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    except OSError:
        return ""


def page_key(**inputs: object) -> str:
    """A name for the page made from these inputs by this code."""
    text = json.dumps([PAGE_FORMAT, __version__, _source_digest(), sorted(inputs.items())], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def cached_map_html(cache_dir: Path | None, *, offline_name: str, online_name: str, attribution: str,
                    max_native_zoom: int = 6) -> str:
    """`build_map_html`, read from `cache_dir` when it was built before from the same inputs.

    A cache that cannot be read or written is ignored: the page is built as without one."""
    inputs = {"offline_name": offline_name, "online_name": online_name, "attribution": attribution,
              "max_native_zoom": max_native_zoom}
    path = Path(cache_dir) / f"map-{page_key(**inputs)}.html" if cache_dir else None
    if path is not None:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            page = path.read_text(encoding="utf-8")
            if page.rstrip().endswith("</html>"):  # else damaged: built and written again
                return page
    page = build_map_html(**inputs)
    if path is not None:
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob("map-*.html"):  # pages of other inputs or versions
                if old != path:
                    with contextlib.suppress(OSError):
                        old.unlink()
            partial = path.with_name(f".{path.name}.{os.getpid()}")
            partial.write_text(page, encoding="utf-8")
            partial.replace(path)
    return page
