"""No display is said, not hidden; Qt's and Chromium's chatter goes to the log, Python's errors to the user."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from centre_finder.ui import display


@pytest.mark.parametrize(("env", "expected"), [
    ({}, False),
    ({"DISPLAY": ":0"}, True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, True),  # asked for explicitly
])
def test_has_display_on_linux(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: bool) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", "linux")
    assert display.has_display() is expected
    monkeypatch.setattr(sys, "platform", "win32")
    assert display.has_display()


SCRIPT = textwrap.dedent("""
    import os, sys
    from centre_finder.ui.qt_log import route_to_log
    log = route_to_log("test")
    os.system("echo chromium-noise-from-a-child-process >&2")
    from PySide6.QtCore import qWarning
    qWarning("a-qt-warning")
    print("a-python-message", file=sys.stderr)
    if sys.argv[1] == "fatal":
        from PySide6.QtCore import qFatal
        qFatal("a-fatal-qt-error")
    raise RuntimeError("a-python-error")
""")


def run_script(tmp_path: Path, mode: str) -> tuple[subprocess.CompletedProcess[str], str]:
    home = tmp_path / "home"
    proc = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "CENTRE_FINDER_HOME": str(home)})
    return proc, (home / "logs" / "centre-finder.log").read_text(encoding="utf-8")


def test_native_chatter_goes_to_the_log_and_python_errors_to_the_terminal(tmp_path: Path) -> None:
    proc, log = run_script(tmp_path, "error")
    assert proc.returncode == 1
    assert "chromium-noise-from-a-child-process" in log and "a-qt-warning" in log
    assert "chromium-noise" not in proc.stderr and "a-qt-warning" not in proc.stderr
    assert "a-python-message" in proc.stderr
    assert "RuntimeError: a-python-error" in proc.stderr and "RuntimeError: a-python-error" in log
    assert str(tmp_path / "home" / "logs" / "centre-finder.log") in proc.stderr


def test_a_fatal_qt_error_still_reaches_the_terminal_with_what_led_to_it(tmp_path: Path) -> None:
    proc, log = run_script(tmp_path, "fatal")
    assert proc.returncode != 0
    assert "a-fatal-qt-error" in proc.stderr and "a-qt-warning" in proc.stderr
    assert "could not start Qt" in proc.stderr and "a-fatal-qt-error" in log
