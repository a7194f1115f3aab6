"""Is there a screen to open the window on? Checked before Qt starts, so that no display is said, not hidden.

Without a display Qt would fall back to offscreen rendering (set in qtargs for the headless commands) and the
window would open nowhere: the app would seem to hang.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from centre_finder import paths


def has_display() -> bool:
    """False only on Linux/BSD with neither an X11 nor a Wayland display and no platform chosen explicitly."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True  # Windows and macOS always have their own platform
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def launcher() -> str:
    """How this app was started, to repeat under xvfb-run."""
    script = paths.app_root() / "scripts" / "run-app.sh"
    if not getattr(sys, "frozen", False) and script.is_file():
        return "bash scripts/run-app.sh"
    return str(Path(sys.argv[0]).resolve()) if sys.argv and sys.argv[0] else "centre-finder"


def no_display_message() -> str:
    command = launcher()
    return (
        "error: no display — the window needs a graphical session, and neither DISPLAY nor WAYLAND_DISPLAY is set.\n"
        "  → start Centre Finder from a desktop session (or `ssh -X` to a machine with one), or\n"
        f"  → on a machine without a screen, run it on a virtual one: xvfb-run -a {command}\n"
        "  The commands that need no window work without a display: search, export, referral, screenshot…\n"
        "  (see `centre-finder --help`).\n"
        "Erreur : pas d'écran — la fenêtre a besoin d'une session graphique (ni DISPLAY ni WAYLAND_DISPLAY).\n"
        f"  Ouvrez une session de bureau, ou utilisez un écran virtuel : xvfb-run -a {command}"
    )
