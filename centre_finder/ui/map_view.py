"""The embedded map: a QWebEngineView on the folium page, served by the app's own `cf:` scheme.

- `SchemeHandler` serves the page, the vendored assets, qwebchannel.js and the MBTiles tiles.
- `RequestGuard` records every URL the page asks for and blocks anything outside the app,
  except the online tile server while the user has chosen the online layer.
- `MapBridge` is the QWebChannel object the page talks to (marker clicks, readiness, layer choice).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QFile, QIODevice, QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWebEngineWidgets import QWebEngineView

from centre_finder import __version__, paths
from centre_finder.core.models import Centre
from centre_finder.mapping.markers import MarkerFeed
from centre_finder.mapping.page import APP_BASE, ONLINE_HOSTS, SCHEME, cached_map_html
from centre_finder.mapping.tiles import MBTiles

# the map's assets are these kinds of file (mimetypes.guess_type reads the system's tables first: 0.2 s)
ASSET_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png",
               ".svg": "image/svg+xml", ".html": "text/html; charset=utf-8", ".json": "application/json"}
_TILE_PATH = re.compile(r"^/(\d{1,2})/(\d{1,7})/(\d{1,7})\.png$")
USER_AGENT = f"CentreFinder/{__version__} (desktop referral directory; offline-first)"


class SchemeHandler(QWebEngineUrlSchemeHandler):
    def __init__(self, page_html: bytes, tiles: MBTiles, parent: QObject | None = None):
        super().__init__(parent)
        self.page_html = page_html
        self.tiles = tiles
        self.assets = paths.resource_path("map").resolve()

    def _reply(self, job: QWebEngineUrlRequestJob, data: bytes, mime: str) -> None:
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buffer)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        host, path = url.host(), url.path()
        if host == "tiles":
            match = _TILE_PATH.match(path)
            data = self.tiles.tile(*(int(g) for g in match.groups())) if match else None
            if data is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            else:
                self._reply(job, data, "image/png")
            return
        if host != "app":
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        if path in ("/", "/map.html"):
            self._reply(job, self.page_html, "text/html; charset=utf-8")
            return
        if path == "/qwebchannel.js":
            f = QFile(":/qtwebchannel/qwebchannel.js")
            if f.open(QIODevice.OpenModeFlag.ReadOnly):
                self._reply(job, bytes(f.readAll().data()), "application/javascript")
                f.close()
                return
        target = (self.assets / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.assets) or not target.is_file():
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        mime = ASSET_TYPES.get(target.suffix.lower(), "application/octet-stream")
        self._reply(job, target.read_bytes(), mime)


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Records every request; lets through only the app's own scheme (and the online layer if chosen)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.seen: list[str] = []
        self.blocked: list[str] = []
        self.online_allowed = False

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        text = url.toString()
        self.seen.append(text)
        if url.scheme() in (SCHEME, "data", "blob"):
            return
        if self.online_allowed and url.scheme() == "https" and url.host() in ONLINE_HOSTS:
            info.setHttpHeader(b"User-Agent", USER_AGENT.encode())
            return
        self.blocked.append(text)
        info.block(True)

    def reset(self) -> None:
        self.seen.clear()
        self.blocked.clear()
        self.online_allowed = False

    def outside_requests(self) -> list[str]:
        return [u for u in self.seen if not u.startswith((f"{SCHEME}:", "data:", "blob:"))]


class MapBridge(QObject):
    """Calls from the page (QWebChannel): JS calls these slots by name."""

    markerClicked = Signal(str)
    pageReady = Signal()
    tilesLoaded = Signal()
    baseLayerChanged = Signal(str)

    @Slot(str)
    def markerClick(self, centre_id: str) -> None:
        self.markerClicked.emit(str(centre_id))

    @Slot(str)
    def pageLoaded(self, _unused: str) -> None:
        self.pageReady.emit()

    @Slot(str)
    def tilesReady(self, _layer: str) -> None:
        self.tilesLoaded.emit()

    @Slot(str)
    def layerChanged(self, layer: str) -> None:
        self.baseLayerChanged.emit(str(layer))


class WebServices(QObject):
    """One web profile for the whole application, with its scheme handler and request guard.

    The profile must outlive every page using it, so it belongs to the application object.
    It is off the record: no cookies or cache written to disk.
    """

    def __init__(self, parent: QObject, basemap: Path | None = None):
        super().__init__(parent)
        self.tiles = MBTiles(basemap)
        self.profile = QWebEngineProfile(self)
        self.profile.setHttpUserAgent(USER_AGENT)
        self.handler = SchemeHandler(b"", self.tiles, self)
        self.profile.installUrlSchemeHandler(SCHEME.encode(), self.handler)
        self.guard = RequestGuard(self)
        self.profile.setUrlRequestInterceptor(self.guard)


_services: WebServices | None = None


def web_services() -> WebServices:
    global _services
    if _services is None:
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        _services = WebServices(app)
    return _services


class _Page(QWebEnginePage):
    """Links inside the map (the OSM attribution) open nowhere: the page never navigates away."""

    console: list[str]

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:
        return url.scheme() == SCHEME

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        self.console.append(f"{source}:{line}: {message}")


class MapView(QWebEngineView):
    """The map widget. Load once with `start()`; then push markers with `set_markers()` and friends."""

    ready = Signal()
    markerClicked = Signal(str)
    painted = Signal()  # the first tiles are drawn
    tilesLoaded = Signal()  # the tiles of the current view are all drawn (after each move)

    def __init__(self, *, offline_name: str, online_name: str, parent: QObject | None = None):
        super().__init__(parent)
        services = web_services()
        self.tiles = services.tiles
        self.guard = services.guard
        self.guard.reset()
        html = cached_map_html(paths.user_data_dir() / "cache", offline_name=offline_name, online_name=online_name,
                               attribution=self.tiles.attribution, max_native_zoom=self.tiles.max_zoom)
        services.handler.page_html = html.encode("utf-8")
        page = _Page(services.profile, self)
        page.console = []
        # The online layer needs remote images; the RequestGuard decides what may leave the app.
        page.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
        self.setPage(page)
        self.bridge = MapBridge(self)
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", self.bridge)
        page.setWebChannel(self.channel)
        self.is_ready = False
        self.is_painted = False
        self.disposed = False
        self._started = False
        self._pending: list[tuple[str, object]] = []
        self._marker_updates = 0  # marker updates sent to the page and not yet run there
        self.feed = MarkerFeed()
        self.bridge.pageReady.connect(self._on_ready)
        self.bridge.markerClicked.connect(self.markerClicked)
        self.bridge.tilesLoaded.connect(self._on_tiles)
        self.bridge.tilesLoaded.connect(self.tilesLoaded)
        self.bridge.baseLayerChanged.connect(self._on_layer)
        self.setAccessibleName("Carte des centres")

    def start(self) -> None:
        """Load the page, once (a preloaded view is already loading it)."""
        if not self._started:
            self.reload_page()

    def reload_page(self) -> None:
        """Load the page again: it starts with no markers, so the marker feed starts again too."""
        self._started = True
        self.is_ready = False
        self.feed.reset()
        self.load(QUrl(f"{APP_BASE}/map.html"))

    @property
    def console(self) -> list[str]:
        return self.page().console

    def _on_ready(self) -> None:
        self.is_ready = True
        pending, self._pending = self._pending, []
        for script, callback in pending:
            self._run_now(script, callback)
        self.ready.emit()

    def _on_tiles(self) -> None:
        if not self.is_painted:
            self.is_painted = True
            self.painted.emit()

    def _on_layer(self, layer: str) -> None:
        self.guard.online_allowed = layer == "online"

    def set_layer_names(self, offline_name: str, online_name: str) -> None:
        self.run(f"cf.setLayerNames({json.dumps(offline_name)}, {json.dumps(online_name)});")

    def set_texts(self, texts: dict) -> None:
        """The map's words in one language (mapping.markers.map_texts): legend, popups, labels, controls."""
        self.run(f"cf.setTexts({json.dumps(texts, ensure_ascii=False)});")

    def dispose(self) -> None:
        """Delete the page now (before the shared profile can go); the view is unusable afterwards."""
        if self.disposed:
            return
        self.disposed = True
        self.is_ready = False
        page = self.page()
        page.setWebChannel(None)
        page.deleteLater()

    def _run_now(self, script: str, callback=None) -> None:
        if callback is None:
            self.page().runJavaScript(script)
        else:
            self.page().runJavaScript(script, 0, callback)

    def run(self, script: str, callback=None) -> None:
        """Run JS now if the page is ready, else as soon as it is (in order); `callback` gets its result."""
        if self.disposed:
            return
        if self.is_ready:
            self._run_now(script, callback)
        else:
            self._pending.append((script, callback))

    @property
    def markers_shown(self) -> bool:
        """Whether the page has run every marker update sent to it."""
        return self._marker_updates == 0

    def _marker_update_done(self, _result) -> None:
        self._marker_updates -= 1

    def show_centres(self, centres: Sequence[Centre], *, fit: bool = True) -> None:
        """The markers of these centres, in the order of the results (the Tab order on the map follows it)."""
        if self.disposed:
            return
        rows, slots = self.feed(centres)
        self._marker_updates += 1
        self.run(f"cf.showMarkers({rows}, {slots}, {json.dumps(fit)});", self._marker_update_done)

    def forget_markers(self) -> None:
        """The centres' data changed (another directory): send every marker's data again from now on."""
        self.feed.reset()
        self.run("cf.forgetMarkers();")

    def set_location(self, location: dict | None) -> None:
        self.run(f"cf.setLocation({json.dumps(location, ensure_ascii=False)});")

    def select(self, centre_id: str) -> None:
        self.run(f"cf.select({json.dumps(centre_id)});")

    def fit(self) -> None:
        self.run("cf.fitAll();")

    def fit_bounds(self, bounds: list[list[float]]) -> None:
        self.run(f"cf.fitBounds({json.dumps(bounds)});")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.is_ready:
            self.page().runJavaScript("cf.invalidate();")


_preloaded: MapView | None = None


def preload_map(*, offline_name: str, online_name: str) -> None:
    """Create the map view and start loading its page now: Chromium's processes start while the data load
    and the window is built, and the window adopts this view (`take_map_view`)."""
    global _preloaded
    if _preloaded is None:
        _preloaded = MapView(offline_name=offline_name, online_name=online_name)
        _preloaded.start()


def take_map_view(*, offline_name: str, online_name: str) -> MapView:
    """The preloaded map view if there is one, else a new one."""
    global _preloaded
    view, _preloaded = _preloaded, None
    return view if view is not None else MapView(offline_name=offline_name, online_name=online_name)


def discard_preloaded_map() -> None:
    """A start-up that ends before its window: the page goes before the profile it uses."""
    global _preloaded
    if _preloaded is not None:
        _preloaded.dispose()
        _preloaded.deleteLater()
        _preloaded = None
