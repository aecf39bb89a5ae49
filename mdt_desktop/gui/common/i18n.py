"""Translations: Thai is the source language in the code; English comes from resources/translations/mdt_en.ts.

The .ts file (Qt Linguist XML, written by pyside6-lupdate) is parsed at run time by a small QTranslator, so there are
no compiled .qm files to keep in step with it. The language is a user preference; switching installs another
translator and Qt sends every widget a LanguageChange event, so forms that call ``retranslateUi`` in
``changeEvent`` switch at once and the rest on the next start.

The stretched-strings mode (environment MDT_STRETCH_STRINGS=1 or the preference) lengthens every translated string
by about half, to find layouts that cut text off when a translation is longer than the Thai.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from mdt_desktop.logging_setup import get_logger
from mdt_desktop.paths import resources_dir

SOURCE_LANGUAGE = "th"
STRETCH_ENV = "MDT_STRETCH_STRINGS"

_log = get_logger("gui")


def translation_file(language: str) -> Path:
    return resources_dir() / "translations" / f"mdt_{language}.ts"


def qt_translation_file(language: str) -> Path:
    """Qt's own strings (dialog buttons, wizard, text-field menus): Qt ships no Thai, so the project keeps one."""
    return resources_dir() / "translations" / f"qt_{language}.ts"


def parse_ts(path: Path) -> dict[tuple[str, str, str], str]:
    """``(context, source, disambiguation) -> translation`` for every message that has a usable translation."""
    table: dict[tuple[str, str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            # Messages lupdate no longer finds in the code are kept in the file but must not be used.
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = translation.findall("numerusform")
            text = (numerus[0].text or "") if numerus else (translation.text or "")
            if text:
                table[(context_name, source, message.findtext("comment", default=""))] = text
    return table


def stretch(text: str) -> str:
    """About half as long again; rich text gets padding after it so no tag is cut in two."""
    if not text:
        return text
    if "<" in text:
        return text + " " + "~" * max(2, len(text) // 4)
    return f"{text} {text[: max(1, len(text) // 2)]}"


class TsTranslator(QTranslator):
    """Looks strings up in a parsed .ts file; with ``stretch`` lengthens them, the Thai sources too."""

    def __init__(
        self,
        table: dict[tuple[str, str, str], str],
        *,
        stretched: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._table = table
        self._by_context = {(context, source): text for (context, source, _), text in table.items()}
        self._stretched = stretched

    @classmethod
    def for_language(
        cls, language: str, *, stretched: bool = False, parent: QObject | None = None
    ) -> TsTranslator:
        table: dict[tuple[str, str, str], str] = {}
        paths = [qt_translation_file(language)]
        if language != SOURCE_LANGUAGE:
            paths.append(translation_file(language))
        for path in paths:
            if not path.exists() and path.name.startswith("qt_"):
                continue  # English needs none: Qt's own strings are English
            try:
                table.update(parse_ts(path))
            except (OSError, ET.ParseError) as error:
                _log.warning(
                    "translation file %s unusable (%s); showing Thai", path.name, type(error).__name__
                )
        return cls(table, stretched=stretched, parent=parent)

    def isEmpty(self) -> bool:
        return not self._table and not self._stretched

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = self._table.get((context, source_text, disambiguation or ""))
        if text is None:
            text = self._by_context.get((context, source_text))
        if text is None:
            if not self._stretched:
                return None  # a null QString: Qt then shows the Thai source
            text = source_text
        return stretch(text) if self._stretched else text


def stretch_requested() -> bool:
    return os.environ.get(STRETCH_ENV, "") not in ("", "0")


_installed: TsTranslator | None = None


def install_translator(language: str, *, stretched: bool = False) -> TsTranslator:
    """Replace the application's translator; widgets receive a LanguageChange event."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing a translator")
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
    _installed = TsTranslator.for_language(language, stretched=stretched, parent=app)
    QCoreApplication.installTranslator(_installed)
    return _installed


def current_translator() -> TsTranslator | None:
    return _installed
