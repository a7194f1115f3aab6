"""Where a centre or a place may be: France with its overseas territories, and Europe.

Kept apart from `sources` (the build's validation, with its imports) for the search and the gazetteer, which the
app imports at start-up."""

from __future__ import annotations

# Where French healthcare establishments can be: metropolitan France with Corsica, then the
# overseas départements and collectivities (lat_min, lat_max, lon_min, lon_max).
FRENCH_AREAS = {
    "metropolitan France": (41.0, 51.6, -5.8, 10.0),
    "Guadeloupe": (15.8, 16.6, -61.9, -60.9),
    "Martinique": (14.3, 14.95, -61.3, -60.75),
    "Guyane": (2.0, 6.0, -54.7, -51.5),
    "La Réunion": (-21.5, -20.8, 55.1, 55.9),
    "Mayotte": (-13.1, -12.6, 44.9, 45.4),
    "Saint-Pierre-et-Miquelon": (46.7, 47.2, -56.5, -56.0),
    "Saint-Martin / Saint-Barthélemy": (17.8, 18.2, -63.2, -62.7),
    "Polynésie française": (-28.0, -7.0, -155.0, -134.0),
    "Nouvelle-Calédonie": (-23.0, -19.0, 163.0, 169.0),
    "Wallis-et-Futuna": (-14.5, -13.0, -178.5, -176.0),
}

# Europe with the Canaries, the Azores and Cyprus (lat_min, lat_max, lon_min, lon_max)
EUROPE_AREA = (27.0, 72.0, -32.0, 46.0)


def in_france(lat: float, lon: float) -> bool:
    return any(a <= lat <= b and c <= lon <= d for a, b, c, d in FRENCH_AREAS.values())


def in_coverage(lat: float, lon: float) -> bool:
    """Where a centre of the directory may be: France and its overseas territories, or Europe (a Europe-wide
    directory of ERN sites goes through the same build). Swapped latitude/longitude still fall outside."""
    a, b, c, d = EUROPE_AREA
    return in_france(lat, lon) or (a <= lat <= b and c <= lon <= d)
