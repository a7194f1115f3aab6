"""User settings (QSettings, an INI file in the user's data folder, never next to the executable)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from centre_finder.paths import user_data_dir


def open_settings() -> QSettings | None:
    """The user's settings, or None when the user data folder cannot be created (nothing is then saved)."""
    folder = user_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def get_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default
