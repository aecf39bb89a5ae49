"""Writing an export where the person chose: whole or not at all, an existing file kept unless replacing was asked
for, and every way the destination can fail told as one refusal that names the file and what to do."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import BinaryIO

import pytest

from mdt_desktop.refusal import Refusal
from mdt_desktop.services.exports import destination
from mdt_desktop.services.exports.destination import write_whole

CONTENT = b"%PDF-1.7 the minutes, all of them\n%%EOF\n"


def _refused(path: Path, *, force: bool = False) -> Refusal:
    with pytest.raises(Refusal) as caught:
        write_whole(path, CONTENT, force=force)
    return caught.value


def test_the_file_is_written_whole_with_nothing_left_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "รายงานการประชุม 3-2569.pdf"
    assert write_whole(target, CONTENT, force=False) == target
    assert target.read_bytes() == CONTENT
    assert list(tmp_path.iterdir()) == [target]


def test_a_missing_folder_is_refused_naming_the_file_and_the_folder(tmp_path: Path) -> None:
    refusal = _refused(tmp_path / "missing" / "x.pdf")
    assert refusal.reason == destination.NO_FOLDER
    assert refusal.message("en") == (
        f"Could not save x.pdf: the folder {tmp_path / 'missing'} does not exist. Choose a folder that exists."
    )
    assert "x.pdf" in refusal.message("th") and "ไม่พบโฟลเดอร์ปลายทาง" in refusal.message("th")


def test_a_file_name_given_without_a_folder_is_told_with_the_full_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.pdf").write_bytes(b"the office's copy")
    refusal = _refused(Path("x.pdf"))
    assert refusal.message("en") == (
        f"Did not save x.pdf: a file of that name is already in {tmp_path}. "
        "Choose another name, or allow replacing it."
    )


def test_a_file_where_the_folder_should_be_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    assert _refused(tmp_path / "notes.txt" / "x.pdf").reason == destination.NOT_A_FOLDER
    (tmp_path / "x.pdf").mkdir()
    refusal = _refused(tmp_path / "x.pdf", force=True)
    assert refusal.reason == destination.A_FOLDER_THERE and "is a folder, not a file" in refusal.message("en")


def test_an_existing_file_is_kept_unless_replacing_was_asked_for(tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    target.write_bytes(b"approved last week")
    refusal = _refused(target)
    assert refusal.reason == destination.FILE_EXISTS and "x.pdf" in refusal.message("en")
    assert target.read_bytes() == b"approved last week"
    write_whole(target, CONTENT, force=True)
    assert target.read_bytes() == CONTENT and list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.EROFS, destination.READ_ONLY),
        (errno.EACCES, destination.READ_ONLY),
        (errno.EPERM, destination.READ_ONLY),
        (errno.ENOSPC, destination.DISK_FULL),
        (errno.EDQUOT, destination.DISK_FULL),
        (errno.EIO, destination.CANNOT_WRITE),
    ],
)
def test_a_failure_while_writing_leaves_neither_the_file_nor_a_part_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: object
) -> None:
    # Simulated: the seam through which the bytes reach the disk fails half-way, as the device would.
    def fail_half_way(stream: BinaryIO, content: bytes) -> None:
        stream.write(content[: len(content) // 2])
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(destination, "write_all", fail_half_way)
    target = tmp_path / "x.pdf"
    refusal = _refused(target)
    assert refusal.reason == reason and "x.pdf" in refusal.message("th") and "x.pdf" in refusal.message("en")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_replacement_keeps_the_file_that_was_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(stream: BinaryIO, content: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(destination, "write_all", full)
    target = tmp_path / "x.pdf"
    target.write_bytes(b"approved last week")
    assert _refused(target, force=True).reason == destination.DISK_FULL
    assert target.read_bytes() == b"approved last week" and list(tmp_path.iterdir()) == [target]


def test_a_folder_that_refuses_new_files_is_told_as_read_only() -> None:
    # /sys refuses to create files for every user, root included (EACCES): a real refusal, not a simulated one.
    refusal = _refused(Path("/sys/x.pdf"))
    assert refusal.reason == destination.READ_ONLY
    assert "/sys" in refusal.message("en") and "Choose another place" in refusal.message("en")


def test_an_interrupted_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(stream: BinaryIO, content: bytes) -> None:
        stream.write(content[:5])
        raise KeyboardInterrupt

    monkeypatch.setattr(destination, "write_all", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_whole(tmp_path / "x.pdf", CONTENT, force=False)
    assert list(tmp_path.iterdir()) == []
