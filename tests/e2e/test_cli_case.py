"""``mdt case add``: an office's existing register brought in code by code, each code kept exactly as written,
a code already used refused whichever digits it was typed with, and the next code given when none is."""

from __future__ import annotations

from pathlib import Path

from mdt_desktop.services import cases
from mdt_desktop.storage.database import Database
from tests.conftest import TEST_PASSPHRASE
from tests.e2e.test_cli import mdt

STDIN = TEST_PASSPHRASE + "\n"


def test_codes_of_a_paper_register_are_kept_as_written_and_a_used_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    Database.create(path, TEST_PASSPHRASE)[0].close()

    def add(*options: str) -> tuple[int, str, str]:
        result = mdt("case", "add", str(path), *options, "--passphrase-stdin", stdin=STDIN)
        return result.returncode, result.stdout, result.stderr

    for code in ("MKL-2569-042", "ตก ๑๒/๒๕๖๙"):
        status, out, err = add("--code", code, "--type", "neglect", "--intake-date", "2026-03-01")
        assert status == 0, err
        assert out.rstrip("\n").split("\t")[1] == code
    status, _out, err = add("--code", "ตก 12/2569", "--type", "neglect")
    assert status == 2 and "ตก 12/2569" in err and "Traceback" not in err
    status, out, err = add("--type", "neglect", "--intake-date", "2026-03-02")
    assert status == 0, err
    assert out.rstrip("\n").split("\t")[1] == "MDT-2569-0001"

    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        codes = sorted(row.code for row in cases.list_cases(database))
    finally:
        database.close()
    assert codes == ["MDT-2569-0001", "MKL-2569-042", "ตก ๑๒/๒๕๖๙"]
