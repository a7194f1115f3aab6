"""Start-up order (issue 14): what the first paint waits for, and what waits for the first paint."""

from __future__ import annotations

import subprocess
import sys
import threading

from centre_finder.core.reference import recovery
from centre_finder.ui.app import RECOVERY_LABELS
from tests.ui.conftest import type_text


def test_the_start_up_path_imports_neither_numpy_nor_the_build() -> None:
    """Chromium starts once `ui.app` is imported: the build, the update machinery and numpy (0.3 s of imports)
    come later, in the thread that prepares the window."""
    code = ("import sys, centre_finder.cli, centre_finder.ui.app\n"
            "heavy = ['numpy', 'rapidfuzz', 'centre_finder.core.reference.build',"
            " 'centre_finder.core.reference.updates', 'centre_finder.core.reference.recovery',"
            " 'centre_finder.ui.main_window', 'importlib.metadata']\n"
            "print(' '.join(m for m in heavy if m in sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_the_recovery_labels_name_every_way_out() -> None:
    assert set(RECOVERY_LABELS) == {recovery.RESTORE_BACKUP, recovery.RESTORE_BUNDLED, recovery.REBUILD}


def test_the_places_load_once_the_first_results_are_on_the_map(qtbot, make_window) -> None:
    """Loaded during the first paint, the gazetteer held the interpreter the map page's requests wait for."""
    window = make_window()
    gazetteer = window.searcher.gazetteer
    loading = [t.name for t in threading.enumerate() if t.name in ("gazetteer", "location-completion")]
    # (the gazetteer may be loaded already: windows of one process share it)
    assert not loading and not window.location_completion._preparing, "nothing loads the places before the search"
    assert "_of" not in window.data.expertise.__dict__, "nor groups the expertise by centre"
    qtbot.waitUntil(lambda: window.outcome is not None and window.map.markers_shown, timeout=20000)
    qtbot.waitUntil(lambda: gazetteer.completion_ready, timeout=20000)
    assert gazetteer.is_loaded and not gazetteer.error
    # then the expertise of each centre is grouped, so that the first selection does not pay for it
    qtbot.waitUntil(lambda: "_of" in window.data.expertise.__dict__, timeout=20000)


def test_a_location_to_resolve_loads_the_places_at_once(qtbot, make_window) -> None:
    window = make_window(lang="en")
    window.location_edit.setText("Lille")
    window.outcome = None
    window._first_search()
    qtbot.waitUntil(lambda: window.outcome is not None, timeout=20000)
    assert window.searcher.gazetteer.is_loaded
    assert window.outcome.location is not None and "Lille" in window.outcome.location.label


def test_a_keystroke_in_the_location_field_starts_the_completion(qtbot, make_window) -> None:
    window = make_window()
    window.location_edit.clear()
    window.location_edit.setFocus()
    type_text(window.location_edit, "Bordea")
    qtbot.waitUntil(lambda: window.location_completion.model.stringList()[:1] == ["Bordeaux (33)"], timeout=20000)
