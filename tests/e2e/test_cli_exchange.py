"""``mdt exchange`` as two districts and their centre run it: separate processes, passphrases on standard input,
two small demo databases of different seeds as the districts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mdt_desktop.services import centre, exchange, statistics
from mdt_desktop.storage.database import Database
from tests.e2e.test_cli import STRONG, mdt

PERIOD = ("--from", "2025-10-01", "--to-date", "2026-09-30")
PASS = STRONG + "\n"


def run(*args: str) -> str:
    done = mdt(*args, "--passphrase-stdin", stdin=PASS)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Districts one and two (demos of seeds 1 and 2), each with its certificate; the centre with its own."""
    folder = tmp_path_factory.mktemp("province")
    for seed in ("1", "2"):
        run("demo", str(folder / f"district{seed}.mdt"), "--seed", seed)
        run(
            "export", "certificate", str(folder / f"district{seed}.mdt"),
            "--create", f"ที่ทำการปกครองอำเภอ {seed}", "-o", str(folder / f"district{seed}.pem"),
        )  # fmt: skip
    run("init", str(folder / "centre.mdt"))
    run(
        "export", "certificate", str(folder / "centre.mdt"),
        "--create", "ศูนย์ปฏิบัติการจังหวัด", "-o", str(folder / "centre.pem"),
    )  # fmt: skip
    return folder


def counts_of(workbook: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every sheet's table rows (below the heading lines that name the period and the area)."""
    book = load_workbook(workbook)
    return {sheet.title: list(sheet.iter_rows(min_row=6, values_only=True)) for sheet in book}


def test_two_districts_send_and_the_centre_counts_the_same(province: Path) -> None:
    for seed in ("1", "2"):
        sent = run(
            "exchange", "export", str(province / f"district{seed}.mdt"), "--to", str(province / "centre.pem"),
            *PERIOD, "-o", str(province / f"d{seed}.mdtx"),
        )  # fmt: skip
        assert f"d{seed}.mdtx" in sent and "meeting=" in sent
        run(
            "exchange", "trust", str(province / "centre.mdt"), str(province / f"district{seed}.pem"),
            "--district", f"อำเภอ {seed}",
        )  # fmt: skip
    imported = run(
        "exchange",
        "import",
        str(province / "centre.mdt"),
        str(province / "d1.mdtx"),
        str(province / "d2.mdtx"),
    )
    assert imported.count("\tIMPORTED\t") == 2
    again = run("exchange", "import", str(province / "centre.mdt"), str(province / "d1.mdtx"))
    assert "\tALREADY\tอำเภอ 1\t2025-10-01..2026-09-30" in again

    # The centre's statistics file of what district 1 sent holds the counts district 1's own file holds.
    run("stats", str(province / "centre.mdt"), "--district", "อำเภอ 1", "--from", "2025-10-01", "--to",
        "2026-09-30", "-o", str(province / "centre-1.xlsx"))  # fmt: skip
    run("stats", str(province / "district1.mdt"), "--from", "2025-10-01", "--to", "2026-09-30",
        "-o", str(province / "district-1.xlsx"))  # fmt: skip
    assert counts_of(province / "centre-1.xlsx") == counts_of(province / "district-1.xlsx")
    unknown = mdt(
        "stats", str(province / "centre.mdt"), "--district", "อำเภอ 9", "--from", "2025-10-01", "--to",
        "2026-09-30", "-o", str(province / "nine.xlsx"), "--passphrase-stdin", stdin=PASS,
    )  # fmt: skip
    assert unknown.returncode == 2 and "There is no district called อำเภอ 9" in unknown.stderr

    hub = Database.open_with_passphrase(province / "centre.mdt", STRONG)
    try:
        for seed, district in zip(("1", "2"), exchange.districts(hub), strict=True):
            office = Database.open_with_passphrase(province / f"district{seed}.mdt", STRONG)
            try:
                start, end = dt.date(2025, 10, 1), dt.date(2026, 9, 30)
                assert centre.report(hub, start, end, district.id).tables == (
                    statistics.report(office, start, end).tables
                )
            finally:
                office.close()
    finally:
        hub.close()


def test_a_damaged_package_is_refused_and_the_others_still_come_in(province: Path, tmp_path: Path) -> None:
    run(
        "exchange", "export", str(province / "district1.mdt"), "--to", str(province / "centre.pem"),
        "--from", "2026-10-01", "--to-date", "2026-11-20", "-o", str(tmp_path / "good.mdtx"),
    )  # fmt: skip
    data = bytearray((tmp_path / "good.mdtx").read_bytes())
    data[-40] ^= 0x20
    (tmp_path / "bad.mdtx").write_bytes(bytes(data))
    done = mdt(
        "exchange", "import", str(province / "centre.mdt"), str(tmp_path / "bad.mdtx"), str(tmp_path / "good.mdtx"),
        "--passphrase-stdin", stdin=PASS,
    )  # fmt: skip
    assert done.returncode == 2
    lines = done.stdout.splitlines()
    assert "bad.mdtx\tREFUSED\t" in lines[0] and "was changed or damaged" in lines[0]
    assert "good.mdtx\tIMPORTED\t" in lines[1]


def test_a_package_for_another_centre_is_refused_by_name(province: Path, tmp_path: Path) -> None:
    run("init", str(tmp_path / "other.mdt"))
    run(
        "export", "certificate", str(tmp_path / "other.mdt"), "--create", "ศูนย์จังหวัดอื่น",
        "-o", str(tmp_path / "other.pem"),
    )  # fmt: skip
    run(
        "exchange", "export", str(province / "district2.mdt"), "--to", str(tmp_path / "other.pem"), *PERIOD,
        "-o", str(tmp_path / "elsewhere.mdtx"),
    )  # fmt: skip
    done = mdt(
        "exchange", "import", str(province / "centre.mdt"), str(tmp_path / "elsewhere.mdtx"),
        "--passphrase-stdin", stdin=PASS,
    )  # fmt: skip
    assert done.returncode == 2
    assert "ส่งถึงศูนย์อื่น" in done.stdout and "addressed to another centre" in done.stdout
