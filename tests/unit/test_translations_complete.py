"""Every Thai string the GUI shows has its English translation, so the English interface has no Thai left in it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mdt_desktop.gui.i18n import parse_ts

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "mdt_en.ts"


def _lupdate() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_every_gui_string_has_an_english_translation(tmp_path: Path) -> None:
    current = tmp_path / "mdt_en.ts"
    shutil.copy(TS_FILE, current)
    sources = [
        *sorted((ROOT / "mdt_desktop" / "gui").glob("*.py")),
        *sorted((ROOT / "mdt_desktop" / "gui" / "widgets").glob("*.py")),
        *sorted((ROOT / "mdt_desktop" / "gui" / "models").glob("*.py")),
        *sorted((ROOT / "ui").glob("*.ui")),
    ]
    subprocess.run([_lupdate(), *map(str, sources), "-ts", str(current)], check=True, capture_output=True)
    translated = parse_ts(current)
    missing = []
    for context in ET.parse(current).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source", default=""), message.findtext("comment", default=""))
            if key not in translated:
                missing.append(f"{name}: {key[1]}")
    assert missing == [], "untranslated (run pyside6-lupdate, then translate): " + "; ".join(missing[:10])
