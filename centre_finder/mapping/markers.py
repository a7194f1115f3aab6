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
from centre_finder.core.models import Centre, Location, Result


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
        "notNamed": label(WARNING_LABELS, "registry_site_not_named", lang),
        "legend": legend(lang),
    })
    return texts


def shown_centres(results: Sequence[Result], limit: int) -> list[Centre]:
    """The centres of the first `limit` results (search results give them without building each result)."""
    centres = getattr(results, "centres", None)
    return centres(limit) if centres is not None else [r.centre for r in results[:limit]]


def marker_for(c: Centre) -> list | None:
    """The marker of a centre as one row (the page's `unpack` names the fields), or None without a position."""
    if not c.has_position:
        return None
    # the hospital is left out when the name already says it ("Service de rhumatologie – CHU de Rouen"): the
    # popup would repeat it, and the first update of a session sends ~10,000 rows
    hospital = "" if c.hospital and c.hospital in c.name else c.hospital
    return [c.id, c.latitude, c.longitude, c.name, hospital, list(c.roles), c.phone, c.phone_type,
            int(c.is_referral_destination), int(c.coord_precision == "city"),
            "" if c.is_referral_destination or _warning(c) == "not_referral_destination" else "notNamed"]


class MarkerFeed:
    """What the page needs to show results as markers: rows for the centres it has not been sent yet, and
    the slot of every marker shown.

    A centre's marker depends only on the centre, so the page keeps every centre it was sent (its slot is
    its position in the page's store) and later updates name slots only: showing 10,000 markers sends
    10,000 small numbers once each centre has been shown. One feed per page load and directory: `reset`
    when either changes."""

    def __init__(self) -> None:
        self._slots: dict[str, int] = {}
        self._count = 0

    def reset(self) -> None:
        self._slots.clear()
        self._count = 0

    def __call__(self, centres: Sequence[Centre]) -> tuple[str, str]:
        """(JSON array of the new rows, JSON array of the slots to show, in the order given)."""
        rows, slots = [], []
        known = self._slots
        for c in centres:
            slot = known.get(c.id)
            if slot is None:
                row = marker_for(c)
                if row is None:
                    known[c.id] = slot = -1
                else:
                    known[c.id] = slot = self._count
                    self._count += 1
                    rows.append(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
            if slot >= 0:
                slots.append(slot)
        return "[" + ",".join(rows) + "]", json.dumps(slots, separators=(",", ":"))


def location_for(location: Location | None, radius_km: float | None) -> dict | None:
    if location is None:
        return None
    return {"lat": location.latitude, "lon": location.longitude, "label": location.label,
            "radiusKm": radius_km or None}


METROPOLITAN = (41.0, 51.6, -5.8, 10.0)
FRANCE_BOUNDS = [[41.0, -5.5], [51.3, 9.8]]


def view_bounds(centres: Sequence[Centre], location: Location | None, radius_km: float | None,
                nearest: int = 4) -> list[list[float]]:
    """What the map should show: around the location (with the nearest results and the radius),
    else the results in metropolitan France (overseas sites stay reachable by zooming out)."""
    points = [(c.latitude, c.longitude) for c in centres if c.has_position]
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


def _warning(centre: Centre) -> str:
    """A site a trial registry lists without naming it: what to do is not "check before referring" but "go through
    the trial's contact"."""
    masked_trial_site = "cart_trial_site" in centre.roles and centre.confidence == "unverified"
    return "registry_site_not_named" if masked_trial_site else "not_referral_destination"
