"""The map in the real window: it mirrors the list, fits the results, shows the location, follows the language."""

from __future__ import annotations

from centre_finder.core.labels import PHONE_TYPE_LABELS, ROLE_SHORT, label
from centre_finder.mapping.markers import METROPOLITAN
from centre_finder.ui.app import wait_until
from tests.ui.conftest import map_info, run_js
from tests.ui.test_main_window import row_ids, type_query


def shown_ids(window) -> list[str]:
    return run_js(window, "cf.ids()")


def positioned(window, ids: list[str]) -> list[str]:
    return [i for i in ids if window.data.centres[i].has_position]


def test_the_map_mirrors_the_list_in_its_order(qtbot, make_window) -> None:
    window = make_window()
    for text in ("lupus", "sclérodermie", ""):
        type_query(qtbot, window, text)
        assert wait_until(lambda: window.map.markers_shown, 5)
        assert shown_ids(window) == positioned(window, row_ids(window))


def test_the_map_fits_the_results(qtbot, make_window) -> None:
    window = make_window()
    type_query(qtbot, window, "lupus")
    assert wait_until(lambda: window.map.markers_shown, 5)
    west, south, east, north = (float(v) for v in run_js(window, "cf.bounds()").split(","))
    lat0, lat1, lon0, lon1 = METROPOLITAN
    for cid in positioned(window, row_ids(window)):
        c = window.data.centres[cid]
        if lat0 <= c.latitude <= lat1 and lon0 <= c.longitude <= lon1:  # overseas sites: by zooming out
            assert south <= c.latitude <= north and west <= c.longitude <= east, cid


def test_the_location_is_marked_and_named(qtbot, make_window) -> None:
    window = make_window()
    window.location_edit.setText("Béthune")
    window._search_now()
    assert wait_until(lambda: map_info(window)["location"] is not None, 5)
    lat, lon = map_info(window)["location"]
    assert abs(lat - 50.53) < 0.1 and abs(lon - 2.64) < 0.1
    assert run_js(window, "document.querySelector('.cf-here').getAttribute('aria-label')").startswith(
        "Lieu de recherche : Béthune")


def test_switching_to_english_changes_the_map_at_once(qtbot, make_window) -> None:
    window = make_window(lang="fr")
    type_query(qtbot, window, "sclérodermie")
    centre = next(window.data.centres[i] for i in row_ids(window) if window.data.centres[i].phone)
    assert window.select_centre(centre.id)
    assert wait_until(lambda: map_info(window)["popupOpen"], 10)
    french_phone = f"{label(PHONE_TYPE_LABELS, centre.phone_type, 'fr')} : {centre.phone}"
    assert french_phone in run_js(window, "document.querySelector('.leaflet-popup-content').textContent")
    loads = []
    window.map.loadStarted.connect(lambda: loads.append(1))
    window.language_actions["en"].trigger()
    assert wait_until(lambda: map_info(window)["lang"] == "en", 5)
    popup = run_js(window, "document.querySelector('.leaflet-popup-content').textContent")
    assert f"{label(PHONE_TYPE_LABELS, centre.phone_type, 'en')} : {centre.phone}" in popup
    assert french_phone not in popup and map_info(window)["popupOpen"]
    legend = run_js(window, "document.querySelector('.cf-legend').textContent")
    ccmr_fr, ccmr_en = label(ROLE_SHORT, "ccmr", "fr"), label(ROLE_SHORT, "ccmr", "en")
    assert ccmr_en in legend and "Search location" in legend and ccmr_fr not in legend
    assert run_js(window, "document.querySelector('.leaflet-control-zoom-out').title") == "Zoom out"
    labels = run_js(window, "JSON.stringify(Array.prototype.map.call(document.querySelectorAll('.cf-pin'),"
                            " function (n) { return n.getAttribute('aria-label'); }))")
    assert labels and not any("Groupe de" in t or f", {ccmr_fr}" in t or f"— {ccmr_fr}" in t for t in labels)
    assert run_js(window, "document.querySelector('.leaflet-control-scale-line').textContent").endswith("km")
    assert run_js(window, "document.querySelectorAll('.leaflet-control-scale-line').length") == 1
    assert loads == []  # the page is not reloaded for a language
    window.language_actions["fr"].trigger()
    assert wait_until(lambda: map_info(window)["lang"] == "fr", 5)
    assert ccmr_fr in run_js(window, "document.querySelector('.cf-legend').textContent")
