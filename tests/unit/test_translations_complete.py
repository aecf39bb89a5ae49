"""Every Thai string the GUI shows has its English translation, so the English interface has no Thai left in it;
every message of the services and the packages below them is written in both languages."""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mdt_desktop.gui.common.i18n import parse_ts
from mdt_desktop.refusal import Message, collect_messages

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
        *sorted(p for p in (ROOT / "mdt_desktop" / "gui").rglob("*.py") if p.parent.name != "forms"),
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


THAI = re.compile(r"[\u0E00-\u0E7F]")
PLACEHOLDER = re.compile(r"{(\w*)}")
MESSAGE_PACKAGES = ("domain", "thai", "storage", "services", "exports")
MESSAGE_MODULES = ("mdt_desktop.cli", "mdt_desktop.qt_platform")
# A date typed with a Thai month is what the English date hint shows as one way to type it.
THAI_EXAMPLES_IN_ENGLISH = ("พ.ย.",)


def _service_messages() -> dict[str, Message]:
    """Every ``Message`` of the packages below the GUI: module constants, and the values of module tables."""
    module_names = list(MESSAGE_MODULES)
    for package_name in MESSAGE_PACKAGES:
        package = importlib.import_module(f"mdt_desktop.{package_name}")
        module_names.extend(
            info.name for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")
        )
    found: dict[str, Message] = {}
    for module_name in module_names:
        module = importlib.import_module(module_name)
        for name, message in collect_messages(module).items():
            found[f"{module_name}.{name}"] = message
        for name, table in vars(module).items():
            if isinstance(table, dict):
                for key, value in table.items():
                    if isinstance(value, Message):
                        found[f"{module_name}.{name}[{key}]"] = value
    return found


def test_the_service_messages_are_found() -> None:
    names = _service_messages()
    assert "mdt_desktop.services.meetings.agenda.ITEM_HAS_ACTIONS" in names
    assert "mdt_desktop.storage.errors._MESSAGES[wrong_secret]" in names
    assert "mdt_desktop.services.exports.destination.DISK_FULL" in names
    assert "mdt_desktop.cli.PASSPHRASES_DIFFER" in names
    assert len(names) > 20


@pytest.mark.parametrize(("name", "message"), sorted(_service_messages().items()))
def test_every_service_message_is_in_thai_and_in_english(name: str, message: Message) -> None:
    assert message.th.strip() and THAI.search(message.th), f"{name}: no Thai text"
    assert message.en.strip() and not THAI.search(message.en.replace("พ.ย.", "")), (
        f"{name}: Thai in the English"
    )
    assert set(PLACEHOLDER.findall(message.th)) == set(PLACEHOLDER.findall(message.en)), name
