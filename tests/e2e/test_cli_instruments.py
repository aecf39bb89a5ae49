"""``mdt instruments``: the instruments an office can assess with, and its own instrument files imported beside
the shipped ones, a new version added, a changed one refused, a malformed one named with its problem."""

from __future__ import annotations

import json
from pathlib import Path

from mdt_desktop.storage.database import Database
from tests.conftest import TEST_PASSPHRASE
from tests.e2e.test_cli import mdt

STDIN = TEST_PASSPHRASE + "\n"
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "instruments" / "domestic_abuse_checklist.json"


def _office_version(folder: Path, version: int, title: str) -> Path:
    """The checklist as an office would adapt it: its own key, a version, its own title."""
    definition = json.loads(SHIPPED.read_text(encoding="utf-8"))
    definition.update(key="office_checklist", version=version)
    definition["title"] = {"th": title, "en": "Office checklist"}
    path = folder / f"office-{version}-{len(title)}.json"
    path.write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_office_imports_its_own_instrument_and_new_versions_go_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    Database.create(path, TEST_PASSPHRASE)[0].close()
    listed = mdt("instruments", "list", str(path), "--passphrase-stdin", stdin=STDIN)
    assert listed.returncode == 0, listed.stderr
    keys = [line.split("\t")[:2] for line in listed.stdout.splitlines()]
    assert ["domestic_abuse_checklist", "1"] in keys and ["trafficking_indicators", "1"] in keys
    assert ["child_protection_screen", "1"] in keys

    first = _office_version(tmp_path, 1, "แบบตรวจสอบของสำนักงาน")
    added = mdt("instruments", "import", str(path), str(first), "--passphrase-stdin", stdin=STDIN)
    assert added.returncode == 0, added.stderr
    assert added.stdout.split("\t")[:3] == ["office_checklist", "1", "แบบตรวจสอบของสำนักงาน"]

    changed = _office_version(tmp_path, 1, "แบบตรวจสอบที่แก้ไขแล้ว")  # same key and version, other content
    refused = mdt("instruments", "import", str(path), str(changed), "--passphrase-stdin", stdin=STDIN)
    assert refused.returncode == 2
    assert "office_checklist" in refused.stderr

    second = _office_version(tmp_path, 2, "แบบตรวจสอบที่แก้ไขแล้ว")
    assert (
        mdt("instruments", "import", str(path), str(second), "--passphrase-stdin", stdin=STDIN).returncode
        == 0
    )
    listed = mdt("instruments", "list", str(path), "--passphrase-stdin", stdin=STDIN).stdout
    office = [line.split("\t")[1:3] for line in listed.splitlines() if line.startswith("office_checklist\t")]
    assert office == [["1", "แบบตรวจสอบของสำนักงาน"], ["2", "แบบตรวจสอบที่แก้ไขแล้ว"]]

    broken = tmp_path / "broken.json"
    broken.write_text('{"key": "x", "version": 1}', encoding="utf-8")
    named = mdt("instruments", "import", str(path), str(broken), "--passphrase-stdin", stdin=STDIN)
    assert named.returncode == 2 and "broken.json" in named.stderr
    assert "Traceback" not in named.stderr
