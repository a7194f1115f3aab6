"""The map page (built with folium, from vendored assets) and the offline tiles. Knows no Qt widgets."""
