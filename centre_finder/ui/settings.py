"""User settings (QSettings, an INI file in the user's data folder, never next to the executable)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from centre_finder.paths import user_data_dir


def open_settings() -> QSettings:
    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def get_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default
