"""The map page (built with folium, from vendored assets) and the offline tiles. Knows no Qt widgets."""

SCHEME = "cf"  # the application's own URL scheme: page, assets and tiles (see ui/map_view.py)
