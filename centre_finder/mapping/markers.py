"""What the map shows for each result: plain data for the page's JS API (rendered there as text)."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

from centre_finder.core.labels import COORD_PRECISION_LABELS, PHONE_TYPE_LABELS, ROLE_SHORT, WARNING_LABELS, label
from centre_finder.core.models import Centre, Location, Result

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
    return items


def marker_for(result: Result, lang: str = "fr") -> dict | None:
    c = result.centre
    if not c.has_position:
        return None
    kind = next((k for k in MARKER_KINDS if k in c.roles), "department")
    if c.phone:
        phone_line = f"{label(PHONE_TYPE_LABELS, c.phone_type, lang)} : {c.phone}"
    else:
        phone_line = "Phone number not known" if lang == "en" else "Téléphone non renseigné"
    return {
        "id": c.id,
        "lat": c.latitude,
        "lon": c.longitude,
        "name": c.name,
        "hospital": c.hospital,
        "badges": [label(ROLE_SHORT, r, lang) for r in c.roles],
        "phoneLine": phone_line,
        "kind": kind,
        "referral": c.is_referral_destination,
        "approximate": c.coord_precision == "city",
        "positionLine": label(COORD_PRECISION_LABELS, "city", lang) if c.coord_precision == "city" else "",
        "warning": "" if c.is_referral_destination else label(WARNING_LABELS, _warning(c), lang),
    }


class MarkerJson:
    """The JSON array of markers for `cf.setMarkers`, from fragments kept per centre and language.

    A centre's marker depends only on the centre, so a search that shows 10,000 markers encodes
    only the centres not shown before (one directory per instance)."""

    def __init__(self) -> None:
        self._fragments: dict[tuple[str, str], str] = {}

    def __call__(self, results: Sequence[Result], lang: str = "fr") -> str:
        parts = []
        for r in results:
            key = (r.centre.id, lang)
            fragment = self._fragments.get(key)
            if fragment is None:
                marker = marker_for(r, lang)
                fragment = self._fragments[key] = json.dumps(marker, ensure_ascii=False) if marker else ""
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


def _warning(centre: Centre) -> str:
    """A site a trial registry lists without naming it: what to do is not "check before referring" but "go through
    the trial's contact"."""
    masked_trial_site = "cart_trial_site" in centre.roles and centre.confidence == "unverified"
    return "registry_site_not_named" if masked_trial_site else "not_referral_destination"
