"""Qt translations: Korean by default (the source strings are Korean), English available."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"ko": "한국어", "en": "English"}
DEFAULT_LANGUAGE = "ko"
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("translations")))


def install(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> str:
    """Install Recon1015's and Qt's own translations for ``language``; returns the one used."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"recon1015_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return language
