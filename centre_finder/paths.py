"""Where the application's files are, in development and in a PyInstaller bundle.

This is the only module that knows about `sys._MEIPASS`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CentreFinder"
APP_AUTHOR = "CentreFinder"


def app_root() -> Path:
    """The folder holding `resources/` and `db/`: the bundle folder, or the source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def sources_dir() -> Path:
    return app_root() / "db" / "sources"


def bundled_database() -> Path:
    """The reference database shipped with the application (read-only in an installed bundle)."""
    return app_root() / "db" / "centres.db"


def user_database() -> Path:
    """Where an updated reference database goes (the bundled one may be read-only)."""
    return user_data_dir() / "reference" / "centres.db"


NO_UPDATE = "no updated copy in the user's data folder: the data shipped with the application"


def active_database() -> Path:
    """The reference database the app uses: the user's own update, unless the bundled data supersede it."""
    return active_database_and_reason()[0]


def active_database_and_reason() -> tuple[Path, str]:
    """The database in use and why (the rules are in core.reference.updates.choose_database)."""
    updated = user_database()
    if not updated.is_file():
        return bundled_database(), NO_UPDATE
    from centre_finder.core.reference.updates import choose_database

    return choose_database(updated, bundled_database())


def user_data_dir() -> Path:
    """Per-user folder for favourites, notes, backups and caches; `CENTRE_FINDER_HOME` overrides it."""
    override = os.environ.get("CENTRE_FINDER_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
