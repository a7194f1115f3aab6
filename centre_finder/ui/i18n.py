"""Interface language: the app's own Qt translation plus Qt's (standard dialogs), French by default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from centre_finder.paths import resource_path

LANGUAGES = {"fr": "Français", "en": "English"}
DEFAULT_LANGUAGE = "fr"


class Translations:
    """Source strings are English; French comes from resources/translations/centre_finder_fr.qm."""

    def __init__(self) -> None:
        self.lang = "en"
        self._installed: list[QTranslator] = []

    def set_language(self, lang: str) -> str:
        lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        locale = QLocale(QLocale.Language.French, QLocale.Country.France) if lang == "fr" else QLocale(
            QLocale.Language.English, QLocale.Country.UnitedKingdom)
        QLocale.setDefault(locale)
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, directory in ((f"qtbase_{lang}", qt_dir), (f"centre_finder_{lang}",
                                                                  str(resource_path("translations")))):
                translator = QTranslator(app)
                if translator.load(name, directory):
                    app.installTranslator(translator)
                    self._installed.append(translator)
        self.lang = lang
        return lang

    @property
    def installed(self) -> int:
        return len(self._installed)


_shared: Translations | None = None


def translations() -> Translations:
    """The application's translations (translators are global to the QApplication: one manager)."""
    global _shared
    if _shared is None:
        _shared = Translations()
    return _shared
