"""Window speed: process start → painted map, and keystroke → updated table and map.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py [--runs 7] [--keys 40]
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python benchmarks/bench_ui.py   # a real X screen

Start-up: each run is a fresh process (`python -m centre_finder screenshot`); the time is taken from
just before the process is spawned to the moment the page reports its first tiles painted. Baseline in
the same run: a fresh process that only imports PySide6.QtWebEngineWidgets and exits.

Keystroke: in one window, a character is typed into the search field; the time runs until the table
holds the new results and the map page has executed the marker update (a JS round trip queued after
it returns). Baseline in the same run: a bare JS round trip to the page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def startup(runs: int, binary: str | None = None) -> None:
    env = dict(os.environ)
    if "DISPLAY" not in env:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    painted, baseline = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import PySide6.QtWebEngineWidgets"], env=env, check=True)
            baseline.append(time.perf_counter() - start)
            start = time.time()
            command = [binary] if binary else [sys.executable, "-m", "centre_finder"]
            proc = subprocess.run(
                [*command, "screenshot", "--out", f"{tmp}/s{i}.png", "--query", "sclérodermie", "--near", "62400",
                 "--stamp"],
                env=env, capture_output=True, text=True, check=True,
            )
            stamp = next(line for line in proc.stderr.splitlines() if line.startswith("painted-at "))
            painted.append(float(stamp.split()[1]) - start)
    b, p = statistics.median(baseline), statistics.median(painted)
    what = f"bundle {binary}" if binary else "python -m centre_finder"
    print(f"start-up of {what}, {runs} fresh processes ({'X' if 'DISPLAY' in env else env['QT_QPA_PLATFORM']}):")
    print(f"  baseline (process importing QtWebEngineWidgets): median {b:.2f} s")
    print(f"  process start → map painted (search + location):  median {p:.2f} s  ({p / b:.1f} × baseline)")
    print(f"  all runs: {', '.join(f'{x:.2f}' for x in painted)}")


def keystrokes(count: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CENTRE_FINDER_HOME"] = tempfile.mkdtemp()
    from centre_finder.ui import qtargs

    qtargs.configure()
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from centre_finder import paths
    from centre_finder.core.reference import database
    from centre_finder.ui.app import application, create_window, wait_until

    app = application()
    data = database.load(paths.bundled_database())
    window = create_window(data, settings=None, lang="fr")
    window.resize(1400, 900)
    window.show()
    window.location_edit.setText("62400")
    window._search_now()
    assert wait_until(lambda: window.map.is_painted, 30)

    def js_roundtrip() -> None:
        loop = QEventLoop()
        window.map.page().runJavaScript("1", 0, lambda _v: loop.quit())
        QTimer.singleShot(5000, loop.quit)
        loop.exec()

    def typed(ch: str) -> float:
        loop = QEventLoop()
        window.searchFinished.connect(loop.quit)
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(window.search_edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        loop.exec()
        window.searchFinished.disconnect(loop.quit)
        js_roundtrip()  # queued after setMarkers/fitBounds: returns once the map has them
        return time.perf_counter() - start

    base = []
    for _ in range(count):
        start = time.perf_counter()
        js_roundtrip()
        base.append(time.perf_counter() - start)
    words = ["lupus ", "sclérodermie ", "horton ", "fmf "]
    times = []
    while len(times) < count:
        for word in words:
            window.search_edit.clear()
            app.processEvents()
            for ch in word:
                times.append(typed(ch))
    b, k = statistics.median(base) * 1000, statistics.median(times) * 1000
    print(f"keystroke, {len(times)} keys typed (search debounce {window.search_timer.interval()} ms included):")
    print(f"  baseline (bare JS round trip to the page): median {b:.1f} ms")
    print(f"  keystroke → table and map updated:         median {k:.1f} ms  ({k / b:.1f} × baseline), "
          f"max {max(times) * 1000:.1f} ms")
    window.close()
    data.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--binary", help="benchmark the start-up of this executable (e.g. the PyInstaller bundle)")
    args = parser.parse_args()
    startup(args.runs, args.binary)
    if not args.binary:
        keystrokes(args.keys)


if __name__ == "__main__":
    main()
