"""The map page at scale, driven through its JS API and real DOM events: clusters, spreading out, selection,
keyboard, the bridge, the scale bar and the words of each language."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import Qt

from centre_finder.core.labels import PHONE_TYPE_LABELS, ROLE_SHORT, label
from centre_finder.core.models import Query
from centre_finder.mapping.markers import map_texts
from centre_finder.ui.app import wait_until
from tests.mapping.conftest import info, run_js


def set_markers(view, markers: list[dict], fit: bool = True) -> dict:
    return run_js(view, f"cf.setMarkers({json.dumps(markers)}, {json.dumps(fit)}); cf.info()")


def drawn(view) -> list[dict]:
    """What is drawn now: every cluster and centre element, with what it stands for."""
    return run_js(view, """JSON.stringify(Array.prototype.map.call(document.querySelectorAll('.cf-pin'), function (n) {
        var r = n.getBoundingClientRect();
        return {key: n.cfKey, count: n.cfCount || 1, cluster: n.cfCluster !== undefined,
                label: n.getAttribute('aria-label'), cls: n.className, x: r.left + r.width / 2,
                y: r.top + r.height / 2, id: n.cfData ? n.cfData.id : null};
    }))""")


def test_ten_thousand_markers_are_clustered_and_only_the_view_is_drawn(map_view, register_markers) -> None:
    markers = register_markers[:10_000]
    assert set_markers(map_view, markers)["markers"] == 10_000
    items = drawn(map_view)
    clusters = [i for i in items if i["cluster"]]
    assert clusters and len(items) < 600
    assert sum(i["count"] for i in items) == 10_000  # fitted: every marker is in a cluster or drawn alone
    # closer in: what is drawn still stands for every marker in view, and stays a few hundred elements
    run_js(map_view, "cf.fitBounds([[48.75, 2.2], [48.95, 2.5]]); 1")
    west, south, east, north = (float(v) for v in run_js(map_view, "cf.bounds()").split(","))
    in_view = sum(1 for m in markers if south <= m["lat"] <= north and west <= m["lon"] <= east)
    items = drawn(map_view)
    assert in_view > 50 and len(items) < 600
    assert in_view <= sum(i["count"] for i in items) < 10_000


def test_a_click_on_a_cluster_zooms_in(map_view, register_markers) -> None:
    set_markers(map_view, register_markers[:3000])
    zoom = info(map_view)["zoom"]
    target = next(i for i in drawn(map_view) if i["cluster"] and "zoomer" in i["label"])
    run_js(map_view, f"document.querySelector('.cf-pin.cf-cluster[aria-label=\"{target['label']}\"]').click(); 1")
    assert info(map_view)["zoom"] > zoom


def colocated(n: int) -> list[dict]:
    """n departments of one hospital (one position), and a centre elsewhere."""
    base = {"hospital": "CHU de Test", "roles": ["ccmr"], "phone": "", "phoneType": "", "kind": "ccmr",
            "referral": True, "approximate": False}
    return [{**base, "id": f"dept-{k}", "name": f"Service {k}", "lat": 45.75, "lon": 4.85} for k in range(n)] + [
        {**base, "id": "far", "name": "Ailleurs", "lat": 43.3, "lon": 5.4}]


def test_centres_at_one_place_are_spread_out_and_a_click_reaches_python(qtbot, map_view) -> None:
    set_markers(map_view, colocated(5), fit=False)
    run_js(map_view, "cf.fitBounds([[45.7, 4.8], [45.8, 4.9]]); 1")
    (cluster,) = [i for i in drawn(map_view) if i["cluster"]]
    assert cluster["count"] == 5 and "même endroit" in cluster["label"]
    run_js(map_view, "document.querySelector('.cf-cluster').click(); 1")
    assert info(map_view)["spread"] == 5
    spread = [i for i in drawn(map_view) if "cf-spread" in i["cls"]]
    assert sorted(i["id"] for i in spread) == [f"dept-{k}" for k in range(5)]
    assert len({(round(i["x"]), round(i["y"])) for i in spread}) == 5  # each one apart, none hidden
    with qtbot.waitSignal(map_view.markerClicked, timeout=5000) as clicked:
        run_js(map_view, "document.querySelector('.cf-spread').click(); 1")
    assert clicked.args == [spread[0]["id"]]
    assert info(map_view)["spread"] == 5  # a click on a centre keeps the others spread out


def test_keyboard_enter_on_a_cluster_zooms_and_on_a_centre_selects(qtbot, map_view, register_markers) -> None:
    set_markers(map_view, register_markers[:2000])
    zoom = info(map_view)["zoom"]
    map_view.setFocus()
    run_js(map_view, "document.querySelector('.cf-cluster').focus(); 1")
    qtbot.keyClick(map_view.focusProxy(), Qt.Key.Key_Return)
    assert wait_until(lambda: info(map_view)["zoom"] > zoom, 5)
    # focus stays on the map, on what is drawn where the cluster was
    assert run_js(map_view, "document.activeElement.classList.contains('cf-pin')") is True
    run_js(map_view, "document.querySelector('.cf-marker.cf-pin').focus(); 1")
    focused = run_js(map_view, "document.activeElement.cfData.id")
    with qtbot.waitSignal(map_view.markerClicked, timeout=5000) as clicked:
        qtbot.keyClick(map_view.focusProxy(), Qt.Key.Key_Space)
    assert clicked.args == [focused]
    assert info(map_view)["popupOpen"] is False  # the popup opens for the selection Python makes
    assert run_js(map_view, "document.querySelector('.leaflet-popup') !== null") is True


def test_a_selected_centre_in_a_big_cluster_is_shown_highlighted_with_its_popup(map_view, register_markers) -> None:
    markers = register_markers[:10_000]
    set_markers(map_view, markers)
    paris = next(m for m in markers if abs(m["lat"] - 48.85) < 0.05 and abs(m["lon"] - 2.35) < 0.05)
    assert run_js(map_view, f"cf.select({paris['id']!r})") is True
    state = info(map_view)
    assert state["selected"] == paris["id"] and state["popupOpen"] and 7 <= state["zoom"] <= 8
    (shown,) = [i for i in drawn(map_view) if i["id"] == paris["id"]]
    assert "cf-selected" in shown["cls"]
    width, height = map_view.width(), map_view.height()
    assert 0 < shown["x"] < width and 0 < shown["y"] < height
    assert run_js(map_view, "cf.select('no-such-centre')") is False
    assert info(map_view)["selected"] is None


def test_the_scale_is_metric_only(map_view) -> None:
    lines = run_js(map_view, "JSON.stringify(Array.prototype.map.call("
                             "document.querySelectorAll('.leaflet-control-scale-line'), function (n) {"
                             " return n.textContent; }))")
    assert len(lines) == 1 and re.fullmatch(r"\d+ (km|m)", lines[0]), lines


def test_every_word_follows_the_language(map_view, searcher) -> None:
    results = [r for r in searcher.search(Query("sclérodermie")) if r.centre.has_position]
    map_view.show_centres([r.centre for r in results], fit=True)
    with_phone = next(r.centre for r in results if r.centre.phone)
    without_phone = next((r.centre for r in results if not r.centre.phone), None)

    def words() -> dict:
        run_js(map_view, f"cf.select({with_phone.id!r}); 1")
        return {
            "legend": run_js(map_view, "document.querySelector('.cf-legend').textContent"),
            "legendLabel": run_js(map_view, "document.querySelector('.cf-legend').getAttribute('aria-label')"),
            "zoomIn": run_js(map_view, "document.querySelector('.leaflet-control-zoom-in').getAttribute('aria-label')"),
            "popup": run_js(map_view, "document.querySelector('.leaflet-popup-content').textContent"),
            "close": run_js(map_view, "document.querySelector('.leaflet-popup-close-button')"
                                      ".getAttribute('aria-label')"),
            "pins": " ".join(i["label"] for i in drawn(map_view)),
            "lang": run_js(map_view, "document.documentElement.lang"),
        }

    fr = words()
    ccmr_fr, ccmr_en = label(ROLE_SHORT, "ccmr", "fr"), label(ROLE_SHORT, "ccmr", "en")
    assert fr["lang"] == "fr" and ccmr_fr in fr["legend"] and fr["legendLabel"] == "Légende"
    assert fr["zoomIn"] == "Zoom avant" and fr["close"] == "Fermer"
    assert f"{label(PHONE_TYPE_LABELS, with_phone.phone_type, 'fr')} : {with_phone.phone}" in fr["popup"]
    map_view.set_texts(map_texts("en"))
    en = words()
    assert en["lang"] == "en" and ccmr_en in en["legend"] and ccmr_fr not in en["legend"]
    assert en["legendLabel"] == "Legend" and en["zoomIn"] == "Zoom in" and en["close"] == "Close"
    assert f"{label(PHONE_TYPE_LABELS, with_phone.phone_type, 'en')} : {with_phone.phone}" in en["popup"]
    assert label(PHONE_TYPE_LABELS, with_phone.phone_type, "fr") not in en["popup"]
    assert label(ROLE_SHORT, "crmr_coordinating", "fr") not in en["pins"] and "Groupe de" not in en["pins"]
    if without_phone is not None:
        assert "Phone number not known" in run_js(map_view, f"JSON.parse(cf.popupText({without_phone.id!r})).text")
