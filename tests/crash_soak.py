"""Kill -9 during committed writes, then check: nothing the program said it saved is lost, the file is sound.

A child process opens the database and commits edits through the services the meeting editor uses
(``meetings.add_action`` and ``meetings.update_item_text``), printing a counter right after each call returns,
that is after its transaction committed. The parent kills the child with SIGKILL at a random moment, reopens the
database, runs the check ``mdt check`` runs (``storage.integrity.check``) and looks for every counter the child
reported. ``tests/storage/test_crash_consistency.py`` runs a few kills in the suite; run this file by hand for the
soak (its name does not start with ``test_``, so pytest does not collect it)::

    .venv/bin/python tests/crash_soak.py --kills 1000

It prints the kills, the edits the children reported committed, how many of them were lost, and how many times
the file was found corrupt; it exits 1 when anything was lost or corrupt. Linux and macOS only (SIGKILL).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from mdt_desktop.services import meetings
from mdt_desktop.storage import integrity
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionPoint, Agency, AgendaItem, Body

PASSPHRASE = "ทดสอบ-รหัสผ่าน-2569"
CHEAP_KDF = {"n": 2**12, "r": 8, "p": 1}  # as tests/conftest.py: each child unlocks in milliseconds
TASK_PREFIX = "ติดตามเยี่ยมบ้าน ครั้งที่ "
OPENED = "opened"
COUNTERS_PER_KILL = 1_000_000  # each child counts in its own range, so a counter names one edit only
_STARTUP_TIMEOUT = 120.0

# The child writes as the meeting editor does: one action, then the item's discussion, each its own commit.
_CHILD = """
import datetime as dt
import sys
from pathlib import Path
from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database
path, passphrase, prefix, opened, meeting_id, item_id, agency_id, start = sys.argv[1:]
meeting_id, item_id, agency_id, counter = int(meeting_id), int(item_id), int(agency_id), int(start)
db = Database.open_with_passphrase(Path(path), passphrase)
print(opened, flush=True)
while True:
    meetings.add_action(db, meeting_id, item_id, agency_id, prefix + str(counter), dt.date(2026, 2, 13))
    meetings.update_item_text(db, item_id, "discussion", str(counter))
    print(counter, flush=True)
    counter += 1
"""


@dataclass(frozen=True)
class Target:
    """The database the children write into, and the meeting, item and agency they write to."""

    path: Path
    meeting_id: int
    item_id: int
    agency_id: int


@dataclass
class Tally:
    kills: int = 0
    committed: int = 0
    lost: list[int] = field(default_factory=list)
    corrupt: list[str] = field(default_factory=list)  # the check's problem lines, one entry per bad reopen


def prepare(path: Path) -> Target:
    """A new database (created with the cheap key derivation) holding one meeting; closed on return, so that
    the children can take the lock beside it."""
    database, _recovery = Database.create(path, PASSPHRASE, kdf=dict(CHEAP_KDF))
    try:
        with database.session() as session:
            team = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district")
            agency = Agency(
                name_th="สำนักงานพัฒนาสังคม", abbreviation="พมจ.", sector="government", level="province"
            )
            session.add_all([team, agency])
            session.flush()
            team_id, agency_id = team.id, agency.id
        meeting_id = meetings.create_meeting(database, team_id, dt.date(2026, 1, 15))
        item_id = meetings.load_meeting(database, meeting_id).items[3].id
    finally:
        database.close()
    return Target(path, meeting_id, item_id, agency_id)


def _start_child(target: Target, start: int) -> subprocess.Popen[str]:
    arguments = [str(target.path), PASSPHRASE, TASK_PREFIX, OPENED]
    arguments += [str(target.meeting_id), str(target.item_id), str(target.agency_id), str(start)]
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=target.path.parent,
    )


def _wait_until_opened(child: subprocess.Popen[str]) -> None:
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        if not selector.select(_STARTUP_TIMEOUT):
            child.kill()
            raise RuntimeError("the writing child did not open the database in time")
    line = child.stdout.readline().strip()
    if line != OPENED:
        child.kill()
        _out, err = child.communicate()
        raise RuntimeError(f"the writing child failed before writing: {line!r}\n{err}")


def kill_during_writes(target: Target, start: int, delay: float) -> list[int]:
    """Run a writing child until ``delay`` seconds after it opened the database, SIGKILL it, and return the
    counters it reported committed."""
    child = _start_child(target, start)
    try:
        _wait_until_opened(child)
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        out, err = child.communicate()  # what the child printed before it died is still in the pipe
    if child.returncode != -signal.SIGKILL:
        raise RuntimeError(f"the writing child ended by itself (status {child.returncode}):\n{err}")
    return [int(line) for line in out.split() if line.isdigit()]


def lost_and_problems(target: Target, reported: list[int]) -> tuple[list[int], list[str]]:
    """Reopen the database, run ``mdt check``'s checks, and find which reported counters are missing.

    An action whose counter was reported must exist; the item's discussion must hold the last reported counter
    or a later one (the child may have committed one more edit before it could print)."""
    database = Database.open_with_passphrase(target.path, PASSPHRASE)
    try:
        report = integrity.check(database)
        problems = [] if report.ok else report.lines
        with database.read_session() as session:
            tasks = session.scalars(select(ActionPoint.task).where(ActionPoint.task.startswith(TASK_PREFIX)))
            stored = {int(task.removeprefix(TASK_PREFIX)) for task in tasks}
            discussion = session.get_one(AgendaItem, target.item_id).discussion
    finally:
        database.close()
    lost = sorted(set(reported) - stored)
    if reported and (not discussion.isdigit() or int(discussion) < max(reported)):
        lost.append(max(reported))  # the discussion went back to an older text: the last edit was lost
    return lost, problems


def soak(target: Target, kills: int, rng: random.Random, max_delay: float, progress: bool = False) -> Tally:
    tally = Tally()
    for kill in range(kills):
        reported = kill_during_writes(target, (kill + 1) * COUNTERS_PER_KILL, rng.uniform(0.0, max_delay))
        lost, problems = lost_and_problems(target, reported)
        tally.kills += 1
        tally.committed += len(reported)
        tally.lost += lost
        if problems:
            tally.corrupt.append("; ".join(problems))
        if progress and (kill + 1) % 50 == 0:
            print(f"{kill + 1} kills, {tally.committed} committed, {len(tally.lost)} lost, {len(tally.corrupt)} corrupt",
                  file=sys.stderr, flush=True)  # fmt: skip
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kills", type=int, default=1000, help="how many times to kill the writer (1000)")
    parser.add_argument(
        "--seed", type=int, default=None, help="seed for the kill moments (random when left out)"
    )
    parser.add_argument(
        "--max-delay", type=float, default=0.5, help="longest wait before a kill, seconds (0.5)"
    )
    parser.add_argument("--keep", type=Path, default=None, help="folder for the database, kept afterwards")
    arguments = parser.parse_args(argv)
    seed = arguments.seed if arguments.seed is not None else random.SystemRandom().randrange(2**32)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mdt-crash-soak-") as temporary:
        folder = arguments.keep or Path(temporary)
        # Settings and logs of the children go to the temporary folder, never the real home.
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(Path(temporary) / variable.lower())
        target = prepare(folder / "soak.mdt")
        tally = soak(target, arguments.kills, random.Random(seed), arguments.max_delay, progress=True)
    print(f"seed {seed}, {time.monotonic() - started:.0f} s")
    print(f"kills {tally.kills}")
    print(f"committed {tally.committed}")
    print(f"lost {len(tally.lost)}" + (f" (counters {tally.lost[:20]})" if tally.lost else ""))
    print(f"corrupt {len(tally.corrupt)}" + (f" (first: {tally.corrupt[0]})" if tally.corrupt else ""))
    return 1 if tally.lost or tally.corrupt else 0


if __name__ == "__main__":
    sys.exit(main())
