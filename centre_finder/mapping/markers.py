"""What the map shows for each result, and the map's words in each language (plain data for the page's JS API).

A marker carries codes, not words (roles, phone type, flags): the page takes its words from `map_texts`,
so a language switch changes every popup, tooltip and label without sending the markers again, and a
centre's marker JSON is encoded once per directory whatever the language.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

from centre_finder.core.labels import COORD_PRECISION_LABELS, PHONE_TYPE_LABELS, ROLE_SHORT, WARNING_LABELS, label
from centre_finder.core.models import Location, Result

MARKER_KINDS = ("crmr_coordinating", "crmr_constitutive", "crmr_site", "ccmr", "cart_trial_site", "ern_member",
                "cri_imidiate")


def legend(lang: str = "fr") -> list[dict]:
    """Marker colours and what they mean (CSS classes of centre_finder_map.css), in short words."""
    en = lang == "en"
    items = [{"kind": f"cf-{k}", "label": label(ROLE_SHORT, k, lang)} for k in
             ("crmr_coordinating", "crmr_constitutive", "crmr_site", "ccmr", "cart_trial_site")]
    items.append({"kind": "cf-department", "label": "Other department" if en else "Autre service"})
    items.append({"kind": "cf-department cf-not-referral", "label": "Not clinical / unnamed" if en
                  else "Non clinique / non nommé"})
    items.append({"kind": "cf-here", "label": "Search location" if en else "Lieu de recherche"})
    items.append({"kind": "cf-cluster cf-tone-reference", "label": "Group of centres (click to zoom in)" if en
                  else "Groupe de centres (cliquer pour zoomer)"})
    return items


_TEXTS = {  # key: (French, English); {n}, {best} and {place} are filled in by the page
    "phoneUnknown": ("Téléphone non renseigné", "Phone number not known"),
    "clusterZoom": ("Groupe de {n} centres, dont : {best}. Entrée pour zoomer.",
                    "Group of {n} centres, including: {best}. Press Enter to zoom in."),
    "clusterSpread": ("{n} centres au même endroit, dont : {best}. Entrée pour les écarter.",
                      "{n} centres at one place, including: {best}. Press Enter to spread them out."),
    "otherKind": ("autre service", "other department"),
    "zoomIn": ("Zoom avant", "Zoom in"),
    "zoomOut": ("Zoom arrière", "Zoom out"),
    "layers": ("Fonds de carte", "Base maps"),
    "closePopup": ("Fermer", "Close"),
    "map": ("Carte des centres trouvés (la liste des résultats donne les mêmes centres)",
            "Map of the centres found (the results list gives the same centres)"),
    "here": ("Lieu de recherche : {place}", "Search location: {place}"),
    "legendTitle": ("Légende", "Legend"),
}


def map_texts(lang: str = "fr") -> dict:
    """Every word the map page shows or reads out, in one language (for `cf.setTexts`)."""
    k = 1 if lang == "en" else 0
    texts: dict = {key: pair[k] for key, pair in _TEXTS.items()}
    texts.update({
        "lang": "en" if k else "fr",
        "roleShort": {code: pair[k] for code, pair in ROLE_SHORT.items()},
        "phoneType": {code: pair[k] for code, pair in PHONE_TYPE_LABELS.items()},
        "approximate": label(COORD_PRECISION_LABELS, "city", lang),
        "notReferral": label(WARNING_LABELS, "not_referral_destination", lang),
        "legend": legend(lang),
    })
    return texts


def marker_for(result: Result) -> dict | None:
    """The marker of a result, or None when its centre has no position."""
    c = result.centre
    if not c.has_position:
        return None
    return {
        "id": c.id,
        "lat": c.latitude,
        "lon": c.longitude,
        "name": c.name,
        "hospital": c.hospital,
        "roles": list(c.roles),
        "phone": c.phone,
        "phoneType": c.phone_type,
        "kind": next((k for k in MARKER_KINDS if k in c.roles), "department"),
        "referral": c.is_referral_destination,
        "approximate": c.coord_precision == "city",
    }


class MarkerJson:
    """The JSON array of markers for `cf.setMarkers`, from fragments kept per centre.

    A centre's marker depends only on the centre, so a search that shows 10,000 markers encodes
    only the centres not shown before (one directory per instance)."""

    def __init__(self) -> None:
        self._fragments: dict[str, str] = {}

    def __call__(self, results: Sequence[Result]) -> str:
        parts = []
        fragments = self._fragments
        for r in results:
            fragment = fragments.get(r.centre.id)
            if fragment is None:
                marker = marker_for(r)
                fragment = fragments[r.centre.id] = json.dumps(marker, ensure_ascii=False) if marker else ""
            if fragment:
                parts.append(fragment)
        return "[" + ",".join(parts) + "]"


def location_for(location: Location | None, radius_km: float | None) -> dict | None:
    if location is None:
        return None
    return {"lat": location.latitude, "lon": location.longitude, "label": location.label,
            "radiusKm": radius_km or None}


METROPOLITAN = (41.0, 51.6, -5.8, 10.0)
FRANCE_BOUNDS = [[41.0, -5.5], [51.3, 9.8]]


def view_bounds(results: list[Result], location: Location | None, radius_km: float | None,
                nearest: int = 4) -> list[list[float]]:
    """What the map should show: around the location (with the nearest results and the radius),
    else the results in metropolitan France (overseas sites stay reachable by zooming out)."""
    points = [(r.centre.latitude, r.centre.longitude) for r in results if r.centre.has_position]
    if location is not None:
        chosen = [(location.latitude, location.longitude), *points[:nearest]]
        if radius_km:
            dlat = radius_km / 111.0
            dlon = radius_km / (111.0 * max(0.2, math.cos(math.radians(location.latitude))))
            chosen += [(location.latitude - dlat, location.longitude - dlon),
                       (location.latitude + dlat, location.longitude + dlon)]
    else:
        lat0, lat1, lon0, lon1 = METROPOLITAN
        chosen = [p for p in points if lat0 <= p[0] <= lat1 and lon0 <= p[1] <= lon1] or points
    if not chosen:
        return FRANCE_BOUNDS
    lats = [p[0] for p in chosen]
    lons = [p[1] for p in chosen]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]
