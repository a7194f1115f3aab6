"""Qt's and Chromium's own messages go to a log file in the user's data folder, not to the user's terminal.

QtWebEngine prints a screenful on every start (OpenGL/QRhi, D-Bus, Vulkan, "GPUInfo not initialized"), from
this process and from its QtWebEngineProcess children, which inherit file descriptor 2. So descriptor 2 itself
is pointed at the log before Qt starts, while Python's `sys.stderr` (the app's own messages and tracebacks)
keeps writing to the terminal. A fatal Qt message (no usable platform plugin…) still reaches the terminal,
with the lines that led to it. `--verbose` leaves everything on the terminal.
"""

from __future__ import annotations

import collections
import contextlib
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

from centre_finder import paths

LOG_NAME = "centre-finder.log"
MAX_BYTES = 2_000_000  # beyond this the log is kept as centre-finder.log.1 and a new one begins

_recent: collections.deque[str] = collections.deque(maxlen=8)
_log: Path | None = None


def log_path() -> Path:
    return paths.user_data_dir() / "logs" / LOG_NAME


def route_to_log(command: str) -> Path | None:
    """Point descriptor 2 at the log, keep `sys.stderr` on the terminal; returns the log, or None if unwritable."""
    global _log
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(LOG_NAME + ".1"))
        log_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    except OSError:
        return None  # nowhere to put them: the messages stay on the terminal
    if sys.stderr is not None:  # None in a windowed Windows bundle: no terminal to keep
        sys.stderr.flush()
    try:
        terminal = os.dup(2)
    except OSError:
        terminal = None
    os.dup2(log_fd, 2)
    os.close(log_fd)
    if terminal is not None:
        sys.stderr = os.fdopen(terminal, "w", buffering=1, encoding="utf-8", errors="backslashreplace")
    _write_log(f"\n--- {datetime.now().isoformat(timespec='seconds')} centre-finder {command} (pid {os.getpid()})")
    sys.excepthook = _excepthook
    _log = path
    _install_qt_handler()
    return path


def _write_log(line: str) -> None:
    with contextlib.suppress(OSError):
        os.write(2, (line.rstrip("\n") + "\n").encode("utf-8", "backslashreplace"))


def _excepthook(kind, value, tb) -> None:
    """A Python error reaches the user (terminal) and the log, where it sits among Qt's messages."""
    text = "".join(traceback.format_exception(kind, value, tb))
    _write_log(text)
    if sys.stderr is not None:
        sys.stderr.write(text)
        sys.stderr.write(f"(Qt and Chromium messages of this run: {_log})\n")


def _install_qt_handler() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handle(mode: QtMsgType, context, message: str) -> None:
        category = getattr(context, "category", "") or ""
        line = f"{category}: {message}" if category and category != "default" else message
        _write_log(line)
        _recent.append(line)
        if mode == QtMsgType.QtFatalMsg and sys.stderr is not None:
            from centre_finder.ui.display import launcher

            sys.stderr.write("\n".join(_recent) + f"\nCentre Finder could not start Qt; details in {_log}\n"
                             f"Is the display {os.environ.get('DISPLAY') or os.environ.get('WAYLAND_DISPLAY') or ''} "
                             f"reachable? Without a screen, use a virtual one: xvfb-run -a {launcher()}\n")
            sys.stderr.flush()

    qInstallMessageHandler(handle)
