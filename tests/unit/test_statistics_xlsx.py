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


def test_the_charts_read_only_the_published_cells(database: Database, areas: dict[str, int]) -> None:
    workbook = load_workbook(
        io.BytesIO(render_xlsx(statistics.report(database, START, END, areas["province"])))
    )
    charted = [sheet.title for sheet in workbook if sheet._charts]
    assert charted == ["กรณีตามประเภท", "งานที่มอบหมายตามหน่วยงาน"]

    by_type = workbook["กรณีตามประเภท"]
    (chart,) = by_type._charts
    (series,) = chart.series
    # The twelve types' counts, not the total under them: a withheld cell is text, which a chart draws no bar for.
    assert series.val.numRef.f == "'กรณีตามประเภท'!$B$7:$B$18"
    bars = {row[0].value: row[1].value for row in by_type["A7:B18"]}
    assert bars[CaseType.TRAFFICKING_LABOUR.th] == "<5"
    assert bars["ความรุนแรงทางเพศ"] == "x"
    assert "แผนภูมิแสดงเฉพาะจำนวนที่เผยแพร่" in by_type["A5"].value
    # Said to be there, or Excel draws the bars without their labels and scale.
    assert chart.x_axis.delete is False and chart.y_axis.delete is False

    actions = workbook["งานที่มอบหมายตามหน่วยงาน"]
    (stacked,) = actions._charts
    assert stacked.grouping == "stacked"
    assert [s.val.numRef.f.split("!")[1] for s in stacked.series] == [
        "$B$7:$B$8",
        "$C$7:$C$8",
        "$D$7:$D$8",
        "$E$7:$E$8",
        "$F$7:$F$8",
    ]  # the five states of the two agencies; neither the row totals (G) nor the totals row (9)
    assert [[cell.value for cell in row] for row in actions["B7:F8"]] == [
        ["x", "x", 10, 0, 5],
        ["<5", 0, 0, 0, 0],
    ]


def test_mdt_stats_refuses_a_file_it_cannot_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "stats.csv"
    argv = [
        "stats",
        str(tmp_path / "none.mdt"),
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "-o",
        str(output),
    ]
    assert cli.main([*argv, "--passphrase-stdin"]) == 2
    error = capsys.readouterr().err
    assert "บันทึกสถิติเป็นไฟล์ stats.csv ไม่ได้: ชื่อไฟล์ต้องลงท้ายด้วย .xlsx (Excel) หรือ .pdf" in error
    assert (
        "Cannot save the statistics as stats.csv: the file name must end in .xlsx (Excel) or .pdf." in error
    )
    assert not output.exists()


def test_a_table_with_nothing_counted_shows_zero_totals(database: Database) -> None:
    workbook = load_workbook(io.BytesIO(render_xlsx(statistics.report(database, START, END))))
    actions = rows_of(workbook["งานที่มอบหมายตามหน่วยงาน"])
    assert actions[5:] == [
        (None, "เสร็จตามกำหนด", "เสร็จล่าช้า", "ไม่ได้ดำเนินการ", "สถานการณ์เปลี่ยน", "ยังดำเนินการอยู่"),
        ("รวม", 0, 0, 0, 0, 0),
    ]
