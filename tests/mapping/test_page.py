"""The map page: built from local assets only, and kept on disk keyed by its inputs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from centre_finder.mapping.page import APP_BASE, build_map_html, cached_map_html

INPUTS = {"offline_name": "Carte hors ligne", "online_name": "OpenStreetMap (en ligne)",
          "attribution": "© OpenStreetMap contributors", "max_native_zoom": 6}


def test_the_page_references_only_the_application_and_the_chosen_tile_server() -> None:
    page = build_map_html(**INPUTS)
    urls = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert urls and all(u.startswith(APP_BASE) for u in urls), urls
    assert f"{APP_BASE}/supercluster/supercluster.js" in urls
    assert "markercluster" not in page  # clustering is the page's own (Supercluster), not Leaflet.markercluster
    assert "imperial" not in page  # the scale bar is added by the page, metric only


def test_the_page_is_built_once_and_read_back(tmp_path: Path) -> None:
    first = cached_map_html(tmp_path, **INPUTS)
    files = list(tmp_path.glob("map-*.html"))
    assert len(files) == 1 and files[0].read_text(encoding="utf-8") == first
    assert cached_map_html(tmp_path, **INPUTS) == first
    english = cached_map_html(tmp_path, **{**INPUTS, "offline_name": "Offline map"})
    assert "Offline map" in english and "Offline map" not in first
    assert len(list(tmp_path.glob("map-*.html"))) == 1  # the page of other inputs is not kept


def test_a_cache_hit_imports_no_folium(tmp_path: Path) -> None:
    cached_map_html(tmp_path, **INPUTS)
    code = ("import sys; from centre_finder.mapping.page import cached_map_html; "
            f"page = cached_map_html({str(tmp_path)!r}, **{INPUTS!r}); "
            "print('folium' in sys.modules, 'cf.setMarkers' in page or 'centre_finder_map.js' in page)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_an_unusable_cache_only_costs_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert "centre_finder_map.js" in cached_map_html(blocked / "cache", **INPUTS)  # cannot be created
    broken = tmp_path / "cache"
    whole = cached_map_html(broken, **INPUTS)
    (path,) = broken.glob("map-*.html")
    for damage in (b"\xff\xfe not text", whole[: len(whole) // 2].encode("utf-8")):
        path.write_bytes(damage)
        again = cached_map_html(broken, **INPUTS)  # built again (folium names its elements anew each time)
        assert again != damage.decode("utf-8", "replace") and again.rstrip().endswith("</html>")
        assert path.read_text(encoding="utf-8") == again  # and written again
