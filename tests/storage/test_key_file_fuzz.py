"""A damaged, cut-off, foreign or newer key file is a classified message, never a traceback, never "wrong passphrase".

Every byte of a real key file is flipped in turn (one bit, so JSON whitespace, digits and base64 all change into
something else), the file is cut at several lengths, another database's key file is put in its place, and a file
of a newer version is written. Each must give a ``StorageError`` naming the key-file problem through
``Database.open_with_passphrase``, or, when only the other slot (or a MAC) was hit, open with the right
passphrase and report the damaged part. Most flips are caught by the checksums before any key derivation.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from mdt_desktop import cli
from mdt_desktop.storage import keys
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from tests.conftest import TEST_PASSPHRASE

KEY_FILE_PROBLEMS = {
    StorageProblem.KEY_FILE_DAMAGED,
    StorageProblem.KEY_FILE_FOREIGN,
    StorageProblem.KEY_FILE_NEWER,
}


def _outcome(path: Path) -> str:
    """The problem's value, or "opened, <damaged parts>" when the database opened with the passphrase."""
    try:
        database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    except StorageError as error:
        return error.problem.value
    try:
        return "opened, " + ",".join(database.key_file_problems)
    finally:
        database.close()


def _acceptable(outcome: str) -> bool:
    if outcome.startswith("opened, "):
        return outcome != "opened, "  # the damage was found and reported, not silently ignored
    return outcome in {problem.value for problem in KEY_FILE_PROBLEMS}


@pytest.fixture
def team(tmp_path: Path) -> Path:
    path = tmp_path / "team.mdt"
    database, _code = Database.create(path, TEST_PASSPHRASE)
    database.close()
    return path


def test_every_flipped_byte_is_reported_as_damage_never_as_a_wrong_passphrase(team: Path) -> None:
    key_file = keys.KeySlots.path_for(team)
    original = key_file.read_bytes()
    assert 500 < len(original) < 2000
    unacceptable: dict[int, str] = {}
    seen: set[str] = set()
    for position in range(len(original)):
        flipped = bytearray(original)
        flipped[position] ^= 0x01
        key_file.write_bytes(bytes(flipped))
        outcome = _outcome(team)
        seen.add(outcome.split(",")[0] if outcome.startswith("opened") else outcome)
        if not _acceptable(outcome):
            unacceptable[position] = outcome
    key_file.write_bytes(original)
    assert unacceptable == {}
    # Both ways of finding damage were met: the file refused, and a damaged slot set aside.
    assert {StorageProblem.KEY_FILE_DAMAGED.value, "opened"} <= seen
    assert _outcome(team) == "opened, "  # the original still opens, with nothing to report


def test_a_cut_off_key_file_is_damage(team: Path) -> None:
    key_file = keys.KeySlots.path_for(team)
    original = key_file.read_bytes()
    for length in (0, 1, 2, 17, len(original) // 3, len(original) // 2, len(original) - 2, len(original) - 1):
        key_file.write_bytes(original[:length])
        assert _outcome(team) == StorageProblem.KEY_FILE_DAMAGED.value, length


def test_another_databases_key_file_is_named_as_foreign(team: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.mdt"
    database, _code = Database.create(other, TEST_PASSPHRASE)  # even the same passphrase does not help
    database.close()
    keys.KeySlots.path_for(team).write_bytes(keys.KeySlots.path_for(other).read_bytes())
    assert _outcome(team) == StorageProblem.KEY_FILE_FOREIGN.value


def test_a_key_file_of_a_newer_version_is_named_as_such(team: Path) -> None:
    key_file = keys.KeySlots.path_for(team)
    data = json.loads(key_file.read_text(encoding="utf-8"))
    data["version"] = keys.FORMAT_VERSION + 1
    data["new_field_of_a_later_version"] = "x"
    header = {k: v for k, v in data.items() if k not in ("checksum", "mac", "slots")}
    data["checksum"] = keys._checksum(header)
    key_file.write_text(json.dumps(data), encoding="utf-8")
    assert _outcome(team) == StorageProblem.KEY_FILE_NEWER.value


def test_the_command_line_prints_one_line_and_exits_2_for_a_sample(
    team: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = keys.KeySlots.path_for(team)
    original = key_file.read_bytes()
    other = tmp_path / "other.mdt"
    database, _code = Database.create(other, TEST_PASSPHRASE)
    database.close()
    samples = {
        "flipped": bytes([original[0] ^ 1]) + original[1:],
        "cut": original[: len(original) // 2],
        "foreign": keys.KeySlots.path_for(other).read_bytes(),
    }
    for name, content in samples.items():
        key_file.write_bytes(content)
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"{TEST_PASSPHRASE}\n".encode())))
        status = cli.main(["meetings", str(team), "--passphrase-stdin"])
        captured = capsys.readouterr()
        assert status == 2, name
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("mdt: "), (name, captured.err)
        assert "Traceback" not in captured.err and "wrong" not in lines[0].lower(), name
        assert "team.mdt.keys" in lines[0], name
