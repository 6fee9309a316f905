"""Qt translations: Korean by default (the source strings are Korean), English available."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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


class StoredText:
    """Texts the Qt-free core stores in Korean, shown in the interface's language. Each
    template is its own Korean source with named fields (``{a}``); its pattern is derived from
    it (a field named twice must match the same text), so in Korean a template gives back the
    stored text exactly. ``fields`` gives a field's pattern (anything, else); ``value`` may
    rework a field's text before it is put in. A text no template knows is shown as stored."""

    def __init__(self, context: str, templates: Sequence[str], fields: dict[str, str] | None = None,
                 value: Callable[[str, str], str] | None = None) -> None:
        self.context = context
        self.fields = fields or {}
        self.value = value or (lambda _name, text: text)
        self.patterns = [(re.compile(self._pattern(t)), t) for t in templates]

    def _pattern(self, template: str) -> str:
        seen: set[str] = set()

        def field(m: re.Match) -> str:
            name = m[1]
            if name in seen:
                return f"(?P={name})"
            seen.add(name)
            return f"(?P<{name}>{self.fields.get(name, '.*?')})"

        return re.sub(r"\\\{(\w+)\\\}", field, re.escape(template))

    def match(self, text: str) -> tuple[re.Match, str] | None:
        """The first template that gives ``text`` whole, with its match."""
        for pattern, template in self.patterns:
            m = pattern.fullmatch(text)
            if m:
                return m, template
        return None

    def __call__(self, text: str) -> str:
        found = self.match(text)
        if found is None:
            return text
        m, template = found
        values = {k: self.value(k, v) for k, v in m.groupdict().items()}
        return QCoreApplication.translate(self.context, template).format(**values)
