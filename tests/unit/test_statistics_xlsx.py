"""The statistics workbook read back with openpyxl, and the ``mdt stats`` command that writes it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mdt_desktop import cli
from mdt_desktop.domain.codes import CaseType
from mdt_desktop.exports.statistics_xlsx import render_xlsx
from mdt_desktop.services import statistics
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Body, CaseFile, CaseIdentity
from tests.conftest import TEST_PASSPHRASE
from tests.statistics_fixtures import END, PLANTED_NAME, START, build_province


@pytest.fixture
def areas(database: Database) -> dict[str, int]:
    return build_province(database)


def rows_of(sheet: object) -> list[tuple[object, ...]]:
    return [tuple(cell for cell in row) for row in sheet.iter_rows(values_only=True)]  # type: ignore[attr-defined]


def test_one_sheet_per_table_with_the_period_area_and_marks(
    database: Database, areas: dict[str, int]
) -> None:
    report = statistics.report(database, START, END, areas["province"])
    workbook = load_workbook(io.BytesIO(render_xlsx(report)))
    assert workbook.sheetnames == [table.title for table in report.tables]

    by_type = workbook["กรณีตามประเภท"]
    assert by_type["A3"].value == "ช่วงเวลา 1 ม.ค. 2569 – 31 มี.ค. 2569"
    assert by_type["A4"].value == "พื้นที่ ลำปาง"
    assert by_type["B6"].value == "จำนวน"
    body = {row[0]: row[1] for row in rows_of(by_type)[6:]}
    assert body["ความรุนแรงในครอบครัว"] == "x"
    assert body[CaseType.TRAFFICKING_LABOUR.th] == "<5"
    assert body["ความรุนแรงทางเพศ"] == "x"
    assert body["การละเลยทอดทิ้ง"] == 0
    assert body["รวม"] == 12

    actions = rows_of(workbook["งานที่มอบหมายตามหน่วยงาน"])
    assert actions[5] == (
        None,
        "เสร็จตามกำหนด",
        "เสร็จล่าช้า",
        "ไม่ได้ดำเนินการ",
        "สถานการณ์เปลี่ยน",
        "ยังดำเนินการอยู่",
        "รวม",
    )
    assert actions[6] == ("พมจ.", "x", "x", 10, 0, 5, "x")
    assert actions[7] == ("สภ.", "<5", 0, 0, 0, 0, "<5")
    assert actions[8] == ("รวม", "x", "x", 10, 0, 5, 26)

    referrals = rows_of(workbook["การส่งต่อ"])
    assert referrals[-1] == ("ระยะเวลาตอบการส่งต่อ (มัธยฐาน, วัน)", 4)


def test_the_workbook_names_no_one(database: Database, areas: dict[str, int]) -> None:
    workbook = load_workbook(io.BytesIO(render_xlsx(statistics.report(database, START, END))))
    text = "\n".join(str(value) for sheet in workbook for row in rows_of(sheet) for value in row)
    assert PLANTED_NAME not in text
    assert "A-DV-0" not in text and "A-TL-0" not in text


def test_mdt_stats_writes_the_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "district.mdt"
    database, _recovery = Database.create(path, TEST_PASSPHRASE)
    with database.session() as s:
        body = Body(kind="mdt", name_th="ทีมสหวิชาชีพ", level="district")
        s.add(body)
        s.flush()
        for n in range(7):
            s.add(
                CaseFile(
                    code=f"DV-{n}",
                    body_id=body.id,
                    case_type=CaseType.DOMESTIC_VIOLENCE,
                    intake_date=dt.date(2026, 2, 1),
                    identity=CaseIdentity(full_name=PLANTED_NAME, sex="female"),
                )
            )
    database.close()
    output = tmp_path / "stats.xlsx"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"{TEST_PASSPHRASE}\n".encode())))
    argv = ["stats", str(path), "--from", "2026-01-01", "--to", "2026-03-31", "-o", str(output)]
    assert cli.main([*argv, "--passphrase-stdin"]) == 0
    rows = rows_of(load_workbook(output)["กรณีตามประเภท"])
    assert ("ความรุนแรงในครอบครัว", 7) in rows

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"{TEST_PASSPHRASE}\n".encode())))
    assert cli.main([*argv, "--passphrase-stdin"]) == 2  # the file is there: refused without --force
