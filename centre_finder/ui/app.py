"""Starting the window: Qt set-up, the reference database (with a way out when it is broken), language."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from centre_finder.ui import qtargs

qtargs.configure()

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QSize, Qt, QTimer, Signal  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget  # noqa: E402

from centre_finder import __version__, paths  # noqa: E402
from centre_finder.core.reference import database  # noqa: E402
from centre_finder.ui import plaintext  # noqa: E402
from centre_finder.ui.i18n import DEFAULT_LANGUAGE, Translations, translations  # noqa: E402
from centre_finder.ui.map_view import discard_preloaded_map, preload_map  # noqa: E402
from centre_finder.ui.settings import get_str, open_settings  # noqa: E402

# Imported where they are used, off the path to the first paint: the ways out of a broken database and the update
# machinery (build, sources, numpy: 0.3 s), the user database, and the window itself, which the start-up imports in
# a thread while Chromium starts (see `build_searcher`).
if TYPE_CHECKING:
    from centre_finder.core.referral.userdb import UserData
    from centre_finder.core.search.searcher import Searcher
    from centre_finder.ui.main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Centre Finder")
        app.setApplicationVersion(__version__)
        app.setOrganizationName("CentreFinder")
        icon = paths.resource_path("icons", "centre-finder.png")
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
    return app


RECOVERY_LABELS = {  # keys: core.reference.recovery's RESTORE_BACKUP, RESTORE_BUNDLED, REBUILD
    "backup": "Restaurer la sauvegarde précédente / Restore the previous backup",
    "bundled": "Revenir à la base fournie avec l'application / Use the database shipped with the app",
    "rebuild": "Reconstruire depuis les sources fournies / Rebuild from the shipped sources",
}


def offer_newer_bundled_data() -> None:
    """After an upgrade shipping new data, the user's older updated copy must not hide them silently."""
    user_copy, bundled = paths.user_database(), paths.bundled_database()
    if not user_copy.is_file():  # no update of the user's own: nothing can hide the shipped data
        return
    from centre_finder.core.reference.updates import make_backup, newer_bundled_data

    shipped = newer_bundled_data(user_copy, bundled)
    if not shipped or paths.active_database() != user_copy:  # already given way to the shipped data
        return
    box = QMessageBox(QMessageBox.Icon.Question, "Centre Finder", (
        f"Cette version de Centre Finder apporte des données de référence différentes ({shipped}) de celles "
        "que vous aviez mises à jour. Utiliser les données fournies ? Vos données mises à jour sont gardées "
        "en sauvegarde.\n\nThis version of Centre Finder ships different reference data "
        f"({shipped}) from the data you had updated. Use the shipped data? Your updated data are kept as a "
        "backup."), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if box.exec() == QMessageBox.StandardButton.Yes:
        make_backup(user_copy)  # File → Go back to the previous data brings it back
        user_copy.unlink()


def open_reference(db_path: Path | None, *, interactive: bool = True) -> database.ReferenceData | None:
    """Load the reference database; when it is missing or broken, explain and offer a way out.

    Favourites and notes live elsewhere (the user database) and no way out touches them.
    """
    path = Path(db_path) if db_path else paths.active_database()
    while True:
        try:
            return in_background(database.load, path)
        except database.DatabaseError as exc:
            if not interactive:
                raise
            from centre_finder.core.reference.recovery import recover, recovery_options

            box = QMessageBox(QMessageBox.Icon.Critical, "Centre Finder", _problem_text(exc))
            box.setDetailedText(str(exc))
            ways = {box.addButton(RECOVERY_LABELS[o], QMessageBox.ButtonRole.AcceptRole): o
                    for o in recovery_options(path)}
            choose = box.addButton("Choisir une autre base… / Choose another database…",
                                   QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            clicked = box.clickedButton()
            if clicked in ways:
                try:
                    path = recover(path, ways[clicked])
                except Exception as failure:
                    plaintext.critical(None, "Centre Finder", str(failure))
                continue
            if clicked is not choose:
                return None
            picked, _ = QFileDialog.getOpenFileName(None, "Centre Finder", str(path.parent),
                                                    "SQLite (*.db *.sqlite);;* (*)")
            if not picked:
                return None
            path = Path(picked)


def _problem_text(exc: database.DatabaseError) -> str:
    texts = {
        "missing": ("La base de référence est introuvable.", "The reference database cannot be found."),
        "corrupt": ("La base de référence est endommagée.", "The reference database is damaged."),
        "incomplete": ("Ce fichier n'est pas une base Centre Finder complète.",
                       "This file is not a complete Centre Finder database."),
        "newer_schema": ("La base a été créée par une version plus récente de Centre Finder.",
                         "The database was made by a newer version of Centre Finder."),
        "older_schema": ("La base a été créée par une version plus ancienne de Centre Finder.",
                         "The database was made by an older version of Centre Finder."),
    }
    fr, en = texts.get(exc.kind, ("La base de référence est inutilisable.", "The reference database is unusable."))
    return (f"{fr}\n{exc.path}\n{exc.detail}\n\nVous pouvez choisir un autre fichier, ou reconstruire la base avec "
            f"« centre-finder build-db ».\n\n{en} You can pick another file, or rebuild it with "
            "“centre-finder build-db”.")


class _Finished(QObject):
    finished = Signal()


def in_background(work, *args):
    """`work(*args)` in a thread while the event loop serves the map page; its result, or its exception raised
    here. The loop sleeps until there is an event (no polling: the thread keeps the interpreter to itself)."""
    outcome: dict = {}
    loop = QEventLoop()
    done = _Finished()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["value"] = work(*args)
        except BaseException as exc:  # handed to the caller, whatever it is
            outcome["error"] = exc
        finally:
            done.finished.emit()

    thread = threading.Thread(target=run, name=getattr(work, "__name__", "work"), daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _search_and_window(data: database.ReferenceData) -> Searcher:
    """The search over these data with its disease vocabulary read, and the window's modules imported (numpy,
    rapidfuzz, the panels): the work of a start-up that does not need the UI thread."""
    from centre_finder.core.search.searcher import Searcher
    from centre_finder.ui import main_window, user_data_status  # noqa: F401  (imported for create_window)

    searcher = Searcher(data)
    searcher.matcher.load()  # read here, not by the first search on the UI thread
    return searcher


def build_searcher(data: database.ReferenceData) -> Searcher:
    """The search, built (and the window's modules imported) off the UI thread, which serves the map page."""
    return in_background(_search_and_window, data)


def create_window(data: database.ReferenceData, *, settings: QSettings | None, lang: str | None = None,
                  shared: Translations | None = None, userdata: UserData | None = None,
                  userdata_problem: str = "", searcher: Searcher | None = None) -> MainWindow:
    shared = shared or translations()
    wanted = lang or (get_str(settings, "ui/language", DEFAULT_LANGUAGE) if settings is not None
                      else DEFAULT_LANGUAGE)
    shared.set_language(wanted)
    from centre_finder.ui.main_window import MainWindow
    from centre_finder.ui.user_data_status import UserDataStatus

    window = MainWindow(data, shared, settings, userdata, searcher)
    UserDataStatus.install(window, userdata, userdata_problem)
    return window


def start_map() -> None:
    """Start Chromium and the map page first: its processes start while the data load and the window is
    built (the window names the layers in its language once the page is up)."""
    preload_map(offline_name="Offline map", online_name="OpenStreetMap (online)")


def run_app(db_path: Path | None = None) -> int:
    app = application()
    start_map()
    if db_path is None:
        offer_newer_bundled_data()
    data = open_reference(db_path)
    if data is None:
        discard_preloaded_map()
        return 1
    from centre_finder.core.referral.userdb import UserData, UserDataError

    userdata, problem = None, ""
    try:
        userdata = UserData()
    except UserDataError as exc:  # the window starts all the same, and says so in its status bar
        problem = str(exc)
        print(f"Favoris et notes indisponibles / favourites and notes unavailable: {exc}", file=sys.stderr)
    if userdata is not None and userdata.read_only:
        print(f"Favoris et notes en lecture seule / favourites and notes read-only: {userdata.read_only_reason}",
              file=sys.stderr)
    settings = open_settings()
    if settings is None:
        plaintext.warning(None, "Centre Finder", f"Le dossier {paths.user_data_dir()} ne peut pas être créé : "
                                                  "réglages, favoris et notes ne seront pas enregistrés.\n"
                                                  f"The folder {paths.user_data_dir()} cannot be created: settings, "
                                                  "favourites and notes will not be saved.")
    window = create_window(data, settings=settings, userdata=userdata, userdata_problem=problem,
                           searcher=build_searcher(data))
    window.show()
    code = app.exec()
    data.close()
    if userdata is not None:
        userdata.close()
    return code


def wait_until(condition, timeout_s: float = 20.0) -> bool:
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return True


def wait_for_frames(view, count: int, timeout_s: float = 10.0) -> bool:
    """Spin the event loop until the map page has drawn `count` more animation frames."""
    seen = {"frames": 0}
    view.run(f"window.__cfFrames = 0; (function tick() {{ if (++window.__cfFrames < {int(count)}) "
             "requestAnimationFrame(tick); })();")

    def drawn() -> bool:
        view.run("window.__cfFrames", lambda n: seen.update(frames=n or 0))
        return seen["frames"] >= count

    return wait_until(drawn, timeout_s)


class _FirstPaint(QObject):
    """Notes when a window is first painted (benchmarks: start → window on screen)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.epoch = 0.0
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.epoch and event.type() == QEvent.Type.Paint:
            self.epoch = time.time()
        return False


def screenshot(out: Path, *, db_path: Path | None, query: str, near: str | None, select: str | None,
               size: QSize, lang: str, signs: str = "") -> dict[str, float]:
    """Render the real main window, wait until the map has painted, save a PNG. Returns timings.

    With `signs`, the orientation-by-signs mode is shown, the signs entered as a user would (each then Enter)."""
    start = time.perf_counter()
    app = application()
    start_map()
    try:
        data = open_reference(db_path, interactive=False)
    except database.DatabaseError:
        discard_preloaded_map()
        raise
    assert data is not None
    window = create_window(data, settings=None, lang=lang, searcher=build_searcher(data))
    window.resize(size)
    first_paint = _FirstPaint(window)
    window.show()
    window.location_edit.setText(near or "")
    window.search_edit.setText(query)
    window._search_now()
    if not wait_until(lambda: window.map.is_painted and window.map.is_ready and window.map.markers_shown, 30):
        raise RuntimeError("the map did not paint within 30 s")
    painted = time.perf_counter() - start
    painted_epoch = time.time()
    if select and not window.select_centre(select):
        raise ValueError(f"centre {select!r} is not among the results")
    if signs:
        window.modes.setCurrentWidget(window.symptom_panel)
        for sign in signs.split(","):
            window.symptom_panel.sign_edit.setText(sign.strip())
            window.symptom_panel.add_typed()
    # let the last tiles (they fade in), markers, popup and repaint settle: the page must have drawn
    # a dozen frames, which takes long on a busy machine with software rendering
    wait_for_frames(window.map, 12, timeout_s=10)
    wait_until(lambda: False, 0.4)
    pixmap = window.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")
    outside = window.map.guard.outside_requests()
    window.close()
    data.close()
    app.processEvents()
    return {"painted_s": painted, "painted_epoch": painted_epoch, "window_epoch": first_paint.epoch or painted_epoch,
            "total_s": time.perf_counter() - start,
            "outside_requests": len(outside)}
