"""The office's backup schedule in the program: a backup at the first open of a day and one at every close, made
on the worker, each opening with the same passphrase; a second open the same day makes no second morning backup."""

from __future__ import annotations

import subprocess
import sys

from mdt_desktop.services import profiles
from mdt_desktop.storage import backups
from mdt_desktop.storage.database import Database
from tests.conftest import TEST_PASSPHRASE
from tests.gui.meeting_fixtures import make_team

_LAUNCH = "import sys\nfrom mdt_desktop.gui.shell.app import main\nsys.exit(main())\n"


def test_the_program_backs_up_at_the_first_open_of_the_day_and_at_close(database):
    make_team(database)
    profiles.add_profile(database, "เลขานุการทดสอบ", actor="")  # the only profile: taken without asking
    path, key = database.path, database.key
    database.close()
    command = [sys.executable, "-c", _LAUNCH, "--open", str(path), "--key-stdin", "--quit-when-shown"]

    for _ in range(2):
        opened = subprocess.run(command, input=key.hex() + "\n", capture_output=True, text=True, timeout=120)
        assert opened.returncode == 0, opened.stderr

    made = backups.list_backups(path)
    reasons = [name.name.split("-", 4)[-1].removesuffix(".mdt") for name in made]
    assert reasons == ["first-open-of-day", "at-close", "at-close"]
    for copy in made:
        Database.open_with_passphrase(copy, TEST_PASSPHRASE).close()
