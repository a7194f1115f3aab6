"""Ways out when the reference database is missing or broken at start (the user database is never touched)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from centre_finder import paths
from centre_finder.core.reference.build import build_database
from centre_finder.core.reference.updates import backups_dir, database_is_usable, list_backups, rollback

RESTORE_BUNDLED = "bundled"  # go back to the copy shipped with the application
RESTORE_BACKUP = "backup"  # put back the copy saved before the last update
REBUILD = "rebuild"  # rebuild from the curated sources shipped with the application


def recovery_options(path: Path) -> list[str]:
    path = Path(path)
    options = []
    if list_backups(path) and database_is_usable(list_backups(path)[-1]):
        options.append(RESTORE_BACKUP)
    bundled = paths.bundled_database()
    if path.resolve() != bundled.resolve() and database_is_usable(bundled):
        options.append(RESTORE_BUNDLED)
    if (paths.sources_dir() / "centres.csv").is_file():
        options.append(REBUILD)
    return options


def recover(path: Path, option: str) -> Path:
    """Carry out a way out; returns the database to open."""
    path = Path(path)
    if option == RESTORE_BACKUP:
        _set_aside(path)
        rollback(path)
        return path
    if option == RESTORE_BUNDLED:
        _set_aside(path)
        return paths.bundled_database()
    if option == REBUILD:
        target = paths.user_database()
        _set_aside(target)
        build_database(paths.sources_dir(), target)
        return target
    raise ValueError(option)


def _set_aside(path: Path) -> None:
    """Keep a broken file for inspection instead of deleting it."""
    if path.exists() and path.resolve() != paths.bundled_database().resolve():
        folder = backups_dir(path) / "broken"
        folder.mkdir(parents=True, exist_ok=True)
        os.replace(path, folder / f"{path.stem}-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.db")
