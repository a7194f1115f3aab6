"""In one Qt process: the results-table refresh and the map marker update, against the naive baseline.

    python -m benchmarks.ui_bench --db DIRECTORY.db --json OUT.json [--markers 100,1000,10000] [--repeat 5]

Map update: the markers of N results of an unfiltered search go to the real map page (the app's MapView,
loaded once) through `MapView.show_centres`, as the window sends them, alternating between two disjoint
sets so that every update replaces all markers; the time runs from the Python call (results read, slots
looked up) until a JS round trip queued after it returns, so the page has done the work (clustering the
set with Supercluster and drawing the view). The page keeps every centre it was sent, so an update sends
the data of new centres and the slots of all. `map_update_first_*`: the same when the page has none of
the centres yet (every marker's data sent, as on the first search of a session).
Baseline, in the same process and with the same markers: what an app that regenerates its folium map
would do: build the folium page with one folium.Marker (popup, tooltip) per centre in a
Leaflet.markercluster layer, render its HTML and load it into the same view, until the page has finished
loading.

Table refresh: the results of a search handed to the app's ResultsModel behind its sorting proxy, then the
cells of the first 40 rows (what a table view shows) read as the view reads them.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path

from benchmarks.measure import timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--markers", default="100,1000,10000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--baseline-repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from centre_finder.ui import qtargs

    qtargs.configure()
    import folium
    from folium.plugins import MarkerCluster
    from PySide6.QtCore import QEventLoop, QSortFilterProxyModel, Qt, QTimer, QUrl

    from centre_finder.core.models import Query
    from centre_finder.core.reference import database
    from centre_finder.core.search.searcher import Searcher
    from centre_finder.mapping.page import APP_BASE, FRANCE_CENTER, LOCAL_CSS, LOCAL_JS, TILE_URL
    from centre_finder.ui.app import application, wait_until
    from centre_finder.ui.map_view import MapView, web_services
    from centre_finder.ui.results_model import SORT_ROLE, ResultsModel

    class LocalCluster(MarkerCluster):  # Leaflet.markercluster, vendored for this baseline only
        default_js = (("markerclusterjs", f"{APP_BASE}/markercluster/leaflet.markercluster.js"),)
        default_css = (("markercluster_css", f"{APP_BASE}/markercluster/MarkerCluster.css"),
                       ("markercluster_default_css", f"{APP_BASE}/markercluster/MarkerCluster.Default.css"))

    app = application()
    data = database.load(args.db)
    searcher = Searcher(data)
    out: dict[str, float] = {}

    # -- table refresh ------------------------------------------------------------------------------------------
    model = ResultsModel(data)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setDynamicSortFilter(False)

    def refresh(query: Query) -> None:
        model.set_results(searcher.run(query).results)
        for row in range(min(40, proxy.rowCount())):
            for col in range(proxy.columnCount()):
                proxy.data(proxy.index(row, col), Qt.ItemDataRole.DisplayRole)

    for name, query in (("lupus", Query("lupus")), ("all", Query(""))):
        count = len(searcher.run(query).results)
        t = timed(lambda q=query: refresh(q), args.repeat * 4)
        out[f"table_refresh_ms_p50_{name}"] = t.p50
        out[f"table_refresh_ms_p95_{name}"] = t.p95
        out[f"table_refresh_rows_{name}"] = count

    # -- map ----------------------------------------------------------------------------------------------------
    view = MapView(offline_name="Carte hors ligne", online_name="OpenStreetMap")
    view.resize(1000, 700)
    view.show()
    view.start()
    if not wait_until(lambda: view.is_ready and view.is_painted, 60):
        print("the map page did not load", file=sys.stderr)
        return 1
    results = searcher.run(Query("")).results

    def roundtrip() -> None:
        loop = QEventLoop()
        view.page().runJavaScript("1", 0, lambda _v: loop.quit())
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()

    handler = web_services().handler
    app_page = handler.page_html
    for size in (int(s) for s in args.markers.split(",")):
        if size > len(results):
            continue
        shown = results[:size]
        label = f"{size // 1000}k" if size >= 1000 else str(size)
        # two different sets of markers in turn, so that every update replaces all of them
        sets = [shown, results[size:2 * size] if 2 * size <= len(results) else results[len(results) - size:]]
        sets = [[r.centre for r in s] for s in sets]  # what the window sends: centres (mapping.shown_centres)
        turn = [0]
        def update(sets=sets, turn=turn, forget=False) -> None:
            turn[0] += 1
            if forget:  # the page has none of these centres yet: every marker's data is sent
                view.forget_markers()
            view.show_centres(sets[turn[0] % 2], fit=False)
            roundtrip()

        view.show_centres([], fit=False)
        roundtrip()
        t = timed(update, args.repeat, warmup=2)
        out[f"map_update_ms_p50_{label}"], out[f"map_update_ms_p95_{label}"] = t.p50, t.p95
        t = timed(lambda: update(forget=True), args.repeat, warmup=0)
        out[f"map_update_first_ms_p50_{label}"] = t.p50

        def regenerate(shown=shown) -> None:
            # the naive way: a folium map with the same local assets, base layer and cluster, its markers
            # written into the page by folium, and the page reloaded
            m = folium.Map(location=FRANCE_CENTER, zoom_start=6, tiles=None, min_zoom=2, max_zoom=10)
            m.default_js, m.default_css = LOCAL_JS, LOCAL_CSS
            folium.TileLayer(tiles=TILE_URL, attr="OpenStreetMap", max_native_zoom=view.tiles.max_zoom,
                             max_zoom=10).add_to(m)
            cluster = LocalCluster(name="centres", control=False, options={"maxClusterRadius": 28}).add_to(m)
            for r in shown:
                c = r.centre
                if c.has_position:  # folium writes the text into JS template strings, and its popups need jQuery
                    text = html.escape(c.name).replace("`", "'").replace("$", "")
                    folium.Marker((c.latitude, c.longitude), tooltip=text).add_to(cluster)
            handler.page_html = m.get_root().render().encode("utf-8")
            loop = QEventLoop()
            view.loadFinished.connect(loop.quit)
            view.load(QUrl(f"{APP_BASE}/map.html"))
            QTimer.singleShot(120_000, loop.quit)
            loop.exec()
            view.loadFinished.disconnect(loop.quit)

        t = timed(regenerate, args.baseline_repeat, warmup=0)
        out[f"map_regen_ms_p50_{label}"], out[f"map_regen_ms_p95_{label}"] = t.p50, t.p95
        handler.page_html = app_page
        view.reload_page()
        wait_until(lambda: view.is_ready, 60)
    errors = [m for m in view.console if "rror" in m]
    out["map_console_errors"] = len(errors)
    for m in errors[:5]:
        print("map console:", m, file=sys.stderr)
    view.dispose()
    data.close()
    args.json.write_text(json.dumps(out, indent=2))
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
