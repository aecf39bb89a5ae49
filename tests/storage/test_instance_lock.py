"""A second copy of the program on the same database is refused at open, with a message naming the copy that has
it; closing lets go, and a copy that died leaves nothing that blocks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mdt_desktop.refusal import Refusal
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.instance_lock import lock_path_for
from mdt_desktop.storage.models import Setting
from tests.conftest import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# Run as a file called mdt-desktop, the name the program's own process has.
_HOLDER = """
import sys
from pathlib import Path
from mdt_desktop.storage.database import Database
database = Database.open_with_passphrase(Path(sys.argv[1]), sys.argv[2])
print("open", flush=True)
sys.stdin.readline()
database.close()
print("closed", flush=True)
"""


@pytest.fixture
def path(tmp_path: Path) -> Path:
    db, _code = Database.create(tmp_path / "ทีมแม่สาย.mdt", TEST_PASSPHRASE)
    db.close()
    return db.path


@pytest.fixture
def other_copy(tmp_path: Path, path: Path) -> Iterator[subprocess.Popen[str]]:
    script = tmp_path / "mdt-desktop"
    script.write_text(_HOLDER, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(script), str(path), TEST_PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "open"
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate()  # waits, and closes the pipes


def _refusal(path: Path) -> Refusal:
    with pytest.raises(Refusal) as caught:
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    return caught.value


def test_a_second_copy_is_refused_with_the_process_that_has_the_database(
    path: Path, other_copy: subprocess.Popen[str]
) -> None:
    refusal = _refusal(path)
    for language in ("th", "en"):
        message = refusal.message(language)
        assert str(other_copy.pid) in message
        assert "mdt-desktop" in message
        assert path.name in message
    assert "already open in another program" in refusal.message("en")


def test_creating_over_a_database_open_elsewhere_names_that_copy_too(
    path: Path, other_copy: subprocess.Popen[str]
) -> None:
    with pytest.raises(Refusal) as caught:
        Database.create(path, TEST_PASSPHRASE)
    assert str(other_copy.pid) in caught.value.message("en")


def test_the_database_opens_again_once_the_other_copy_has_closed_it(
    path: Path, other_copy: subprocess.Popen[str]
) -> None:
    _refusal(path)
    assert other_copy.stdin is not None and other_copy.stdout is not None
    other_copy.stdin.write("\n")
    other_copy.stdin.flush()
    assert other_copy.stdout.readline().strip() == "closed"
    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    with database.session() as session:
        session.add(Setting(key="after", value="yes"))
    database.close()
    assert not lock_path_for(path).exists()  # nothing left beside the database after a clean close


def test_a_copy_that_was_killed_does_not_block_the_next_start(
    path: Path, other_copy: subprocess.Popen[str]
) -> None:
    other_copy.send_signal(signal.SIGKILL)
    other_copy.wait()
    assert lock_path_for(path).exists()  # the crash left its file, naming a process that is gone
    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    database.close()


def test_the_same_program_may_open_its_own_database_twice(path: Path) -> None:
    """The unlock window's look and a backup open the file again inside the program: that is not a second copy."""
    first = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    second = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    second.close()
    with first.session() as session:
        session.add(Setting(key="still", value="open"))
    assert lock_path_for(path).exists()
    first.close()
    assert not lock_path_for(path).exists()


def test_a_database_that_could_not_be_created_leaves_no_lock_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mdt_desktop.storage import migrations
    from mdt_desktop.storage.errors import StorageError, StorageProblem

    target = tmp_path / "ใหม่.mdt"

    def disk_full(_engine: object) -> None:
        raise StorageError(StorageProblem.DISK_FULL, target)

    monkeypatch.setattr(migrations, "create_fresh", disk_full)
    with pytest.raises(StorageError):
        Database.create(target, TEST_PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no partial file, no lock still held
