"""Everything that must happen before the QApplication exists, in one place.

Chromium flags (sandbox off only when running as root, no background network chatter), the
`cf:` URL scheme registration, and the QtWebEngine import that must precede the QApplication.
"""

from __future__ import annotations

import os
import sys

from centre_finder.mapping import SCHEME

# Chromium phones home (component updates, safe browsing, DNS prefetch…) unless told not to;
# the app must never wait on, or leak to, a network.
CHROMIUM_FLAGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
    "--disable-sync",
    "--no-first-run",
    "--no-pings",
    "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,DialMediaRouteProvider",
    "--dns-prefetch-disable",
)

_configured = False


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def configure() -> None:
    """Call once, before creating the QApplication."""
    global _configured
    if _configured:
        return
    flags = list(CHROMIUM_FLAGS)
    if running_as_root():
        # QtWebEngine refuses to start as root with its sandbox on; as a normal user keep it.
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        flags.append("--no-sandbox")
    existing = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([existing, *flags]).strip()
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import PySide6.QtWebEngineWidgets  # noqa: F401  (must be imported before the QApplication)
    from PySide6.QtWebEngineCore import QWebEngineUrlScheme

    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    _configured = True
