"""Build the map page once with folium; afterwards markers change through the page's small JS API.

Every asset is a local URL on the application's own `cf:` scheme: no CDN is ever referenced.
"""

from __future__ import annotations

import html
import json

import folium
from folium.plugins import MarkerCluster

from centre_finder.mapping import SCHEME

APP_BASE = f"{SCHEME}://app"
TILE_URL = f"{SCHEME}://tiles/{{z}}/{{x}}/{{y}}.png"
ONLINE_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
ONLINE_HOSTS = ("tile.openstreetmap.org",)
FRANCE_CENTER = (46.6, 2.4)

LOCAL_JS = [
    ("leaflet", f"{APP_BASE}/leaflet/leaflet.js"),
    ("qwebchannel", f"{APP_BASE}/qwebchannel.js"),
]
LOCAL_CSS = [
    ("leaflet_css", f"{APP_BASE}/leaflet/leaflet.css"),
    ("centre_finder_css", f"{APP_BASE}/centre_finder_map.css"),
]
CLUSTER_JS = [("markerclusterjs", f"{APP_BASE}/markercluster/leaflet.markercluster.js")]
CLUSTER_CSS = [
    ("markerclustercss", f"{APP_BASE}/markercluster/MarkerCluster.css"),
    ("markerclusterdefaultcss", f"{APP_BASE}/markercluster/MarkerCluster.Default.css"),
]


class _LocalCluster(MarkerCluster):
    default_js = CLUSTER_JS
    default_css = CLUSTER_CSS


def build_map_html(*, offline_name: str, online_name: str, attribution: str, max_native_zoom: int = 6) -> str:
    """The HTML of the map page. Names of the two base layers are shown in the layer control."""
    attribution = html.escape(attribution)  # read from the tiles file: shown as text
    m = folium.Map(location=FRANCE_CENTER, zoom_start=6, tiles=None, control_scale=True, prefer_canvas=False,
                   min_zoom=2, max_zoom=10, world_copy_jump=True)
    m.default_js = LOCAL_JS
    m.default_css = LOCAL_CSS
    offline = folium.TileLayer(tiles=TILE_URL, attr=attribution, name=offline_name, max_native_zoom=max_native_zoom,
                               max_zoom=10, overlay=False, control=True, show=True)
    offline.add_to(m)
    online = folium.TileLayer(tiles=ONLINE_TILE_URL, attr=attribution, name=online_name, max_zoom=10,
                              overlay=False, control=True, show=False)
    online.add_to(m)
    cluster = _LocalCluster(name="centres", control=False, options={
        "maxClusterRadius": 28, "spiderfyOnMaxZoom": True, "showCoverageOnHover": False, "animate": False,
    })
    cluster.add_to(m)
    folium.LayerControl(position="topright", collapsed=True).add_to(m)
    names = {"map": m.get_name(), "cluster": cluster.get_name(), "offline": offline.get_name(),
             "online": online.get_name()}
    root = m.get_root()
    root.header.add_child(folium.Element(f"<script>window.CF_NAMES = {json.dumps(names)};</script>"))
    root.header.add_child(folium.Element(f'<script src="{APP_BASE}/centre_finder_map.js"></script>'))
    return root.render()
