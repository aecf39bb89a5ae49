"""Helpers for the storage tests: file fingerprints, and opening a database as an unprivileged user."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from mdt_desktop.storage.errors import StorageProblem
from tests.conftest import TEST_PASSPHRASE


def fingerprint(path: Path) -> tuple[str, int]:
    """What a user would notice changing: the bytes and the modification time."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def all_files(*roots: Path) -> list[Path]:
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


_OPEN_AND_WRITE = """
import json, sys
from pathlib import Path
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError
from mdt_desktop.storage.models import Setting
try:
    db = Database.open_with_passphrase(Path(sys.argv[1]), sys.argv[2])
    with db.session() as s:
        s.add(Setting(key="written", value="yes"))
    db.close()
    print(json.dumps({"problem": None}))
except StorageError as error:
    print(json.dumps({"problem": error.problem.value, "th": error.message("th"), "en": error.message("en")}))
"""


def open_and_write_unprivileged(path: Path) -> dict[str, str | None]:
    """Open the database and write one row in a separate process that file permissions apply to.

    Permissions do not stop root, and these tests may run as root in a container. There the child stays root,
    the owner of the files, but without any capability (``setpriv --bounding-set=-all``): root then meets the
    owner's permission bits like the secretary's own account does. It keeps reading the checkout and its
    virtual environment wherever they are, even in a folder no other user may enter.
    """
    command = [sys.executable, "-c", _OPEN_AND_WRITE, str(path), TEST_PASSPHRASE]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file permissions do not apply to root")
        command = [setpriv, "--bounding-set=-all", "--inh-caps=-all", *command]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        cwd="/",
        env={**os.environ, "HOME": str(path.parent)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder whose permissions a test takes away; given back before it is removed."""
    folder = Path(tempfile.mkdtemp(prefix="mdt-shared-"))
    folder.chmod(0o755)
    yield folder
    for directory in (folder, *(p for p in folder.rglob("*") if p.is_dir())):
        directory.chmod(0o755)
    shutil.rmtree(folder)


def problem_of(result: dict[str, str | None]) -> StorageProblem | None:
    value = result["problem"]
    return None if value is None else StorageProblem(value)
