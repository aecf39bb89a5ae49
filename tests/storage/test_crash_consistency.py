"""Kill -9 at random moments during edits committed through the services: no committed edit is lost and the file
stays sound. A few kills here; ``tests/crash_soak.py`` runs the same at scale (1,000 kills)."""

from __future__ import annotations

import random
from pathlib import Path

from tests import crash_soak

KILLS = 8
SEED = 20260115  # fixed, so a failure can be replayed with: tests/crash_soak.py --kills 8 --seed 20260115


def test_every_edit_reported_committed_survives_a_kill_at_a_random_moment_and_the_file_checks_sound(
    tmp_path: Path,
) -> None:
    target = crash_soak.prepare(tmp_path / "crash.mdt")
    tally = crash_soak.soak(target, KILLS, random.Random(SEED), max_delay=0.5)
    assert tally.kills == KILLS
    assert tally.committed > KILLS  # the children did write before they were killed
    assert tally.lost == []
    assert tally.corrupt == []
