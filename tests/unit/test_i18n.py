"""Translations: Thai by default, English from the .ts file, and the stretched-strings mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from mdt_desktop.gui.common import i18n
from mdt_desktop.gui.common.i18n import TsTranslator, parse_ts, stretch, translation_file


@pytest.fixture
def translator(qapp):
    installed: list[TsTranslator] = []

    def install(language: str, stretched: bool = False) -> TsTranslator:
        translator = i18n.install_translator(language, stretched=stretched)
        installed.append(translator)
        return translator

    yield install
    if installed:
        QCoreApplication.removeTranslator(installed[-1])
        i18n._installed = None


def test_the_english_file_parses_and_translates_the_navigation():
    table = parse_ts(translation_file("en"))
    assert len(table) > 100
    assert table[("MainWindow", "ประชุม", "")] == "Meetings"
    assert all(text.strip() for text in table.values())


def test_english_selected_shows_english(translator):
    translator("en")
    assert QCoreApplication.translate("MainWindow", "ทะเบียนติดตามงาน") == "Action register"
    assert QCoreApplication.translate("SettingsPage", "ความปลอดภัย") == "Security"


def test_thai_is_the_default_and_shows_the_source(translator):
    translator("th")
    assert QCoreApplication.translate("MainWindow", "ทะเบียนติดตามงาน") == "ทะเบียนติดตามงาน"


def test_a_string_without_translation_falls_back_to_thai(translator):
    translator("en")
    assert QCoreApplication.translate("MainWindow", "ข้อความที่ไม่มีในไฟล์") == "ข้อความที่ไม่มีในไฟล์"


def test_stretched_strings_are_longer_in_both_languages(translator):
    translator("th", stretched=True)
    thai = QCoreApplication.translate("MainWindow", "ประชุม")
    assert thai.startswith("ประชุม") and len(thai) > len("ประชุม")
    translator("en", stretched=True)
    english = QCoreApplication.translate("MainWindow", "ประชุม")
    assert english.startswith("Meetings") and len(english) > len("Meetings")


def test_stretching_rich_text_keeps_the_tags_whole():
    link = '<a href="recovery">ใช้รหัสกู้คืน</a>'
    assert stretch(link).startswith(link)


def test_stretch_mode_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv(i18n.STRETCH_ENV, "1")
    assert i18n.stretch_requested()
    monkeypatch.setenv(i18n.STRETCH_ENV, "0")
    assert not i18n.stretch_requested()


def test_qts_own_buttons_speak_thai_in_thai_and_english_in_english(translator):
    """Qt ships no Thai: without our file a Thai dialog would end in "OK / Cancel" and a wizard in "Next >"."""
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    translator("th")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert [button.text() for button in box.buttons()] == ["ตกลง", "ยกเลิก"]
    assert QWizard().buttonText(QWizard.WizardButton.FinishButton) == "เสร็จสิ้น"
    translator("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert [button.text() for button in box.buttons()] == ["OK", "Cancel"]
