"""Item models of the register and editor pages, without a window: Qt's model tester plus what cells show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.cases.cases_model import CasesModel
from mdt_desktop.gui.common.item_model_base import ID_ROLE
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.register.register_model import (
    OVERDUE,
    OVERDUE_BACKGROUND,
    AgencyCountsModel,
    RegisterModel,
)
from mdt_desktop.gui.team.agencies_model import AgenciesModel
from mdt_desktop.gui.team.members_model import MembersModel
from mdt_desktop.services import agencies, bodies, cases
from mdt_desktop.services.meetings import RegisterFilter
from mdt_desktop.storage.database import Database
from tests.register_fixtures import TODAY, Sample, build_sample

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


def texts(model: object, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]  # type: ignore[attr-defined]


def test_register_pages_arrive_as_the_view_asks(
    qtbot: QtBot, database: Database, sample: Sample, runner: TaskRunner
) -> None:
    model = RegisterModel(database, runner, page_size=3)
    QAbstractItemModelTester(model, FAIL)
    with qtbot.waitSignal(model.loaded):
        model.set_filter(RegisterFilter(today=TODAY))
    assert (model.rowCount(), model.total) == (3, 8)
    assert model.canFetchMore()
    while model.canFetchMore():
        with qtbot.waitSignal(model.loaded):
            model.fetchMore()
    assert model.rowCount() == 8
    assert not model.canFetchMore()
    assert texts(model, 4)[:2] == ["1 ต.ค. 2569", "5 ต.ค. 2569"]  # due dates in พ.ศ.


def test_overdue_rows_are_marked_in_text_and_colour(
    qtbot: QtBot, database: Database, sample: Sample, runner: TaskRunner
) -> None:
    model = RegisterModel(database, runner)
    counts = AgencyCountsModel()
    QAbstractItemModelTester(counts, FAIL)
    model.countsChanged.connect(counts.set_counts)
    with qtbot.waitSignal(model.loaded):
        model.set_filter(RegisterFilter(body_id=sample.body_id, today=TODAY))
    by_task = {model.index(r, 3).data(): r for r in range(model.rowCount())}
    visit, statement = by_task["งาน visit"], by_task["งาน statement"]
    assert model.index(visit, OVERDUE).data() == "เกินกำหนด 51 วัน"
    assert model.index(visit, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert model.index(statement, OVERDUE).data() == ""  # due today is not overdue
    assert model.index(statement, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(visit, 5).data() == "ยังไม่ดำเนินการ"
    assert [(counts.index(r, 0).data(), counts.index(r, 2).data()) for r in range(counts.rowCount())] == [
        ("พมจ.", "2"),
        ("รพ.มก.", "1"),
        ("สภ.เมือง", "0"),
    ]


def test_a_new_filter_drops_pages_of_the_old_one(
    qtbot: QtBot, database: Database, sample: Sample, runner: TaskRunner
) -> None:
    model = RegisterModel(database, runner)
    model.set_filter(RegisterFilter(today=TODAY))
    with qtbot.waitSignal(model.loaded):
        model.set_filter(RegisterFilter(agency_id=sample.police, today=TODAY))
    qtbot.waitUntil(lambda: not runner.busy)
    assert set(texts(model, 2)) == {"สภ.เมือง"}
    assert model.rowCount() == 2


def test_agencies_model_shows_inactive_agencies_muted(
    qtbot: QtBot, database: Database, sample: Sample
) -> None:
    agencies.deactivate_agency(database, sample.hospital)
    model = AgenciesModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_records(agencies.list_agencies(database))
    assert texts(model, 0) == ["พมจ.", "สภ.เมือง", "รพ.มก."]
    assert texts(model, 3)[0] == "ภาครัฐ"
    assert texts(model, 5)[0] == "พัฒนาสังคม, MSDHS"
    hospital = model.row_of(sample.hospital)
    assert model.index(hospital, 6).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(hospital, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(ID_ROLE) == sample.pmj


def test_members_model_shows_terms_in_be_and_marks_past_members(
    qtbot: QtBot, database: Database, sample: Sample
) -> None:
    bodies.end_term(database, sample.somchai, dt.date(2026, 11, 1), successor_id=sample.suda)
    model = MembersModel(today=TODAY)
    QAbstractItemModelTester(model, FAIL)
    model.set_records(bodies.list_members(database, sample.body_id, today=TODAY))
    assert texts(model, 0) == ["ร.ต.อ.หญิง สุดา กล้าหาญ", "นายสมชาย ใจดี (สิ้นสุดวาระ)"]
    assert texts(model, 5)[1] == "1 ม.ค. 2568 – 1 พ.ย. 2569"
    assert texts(model, 1)[0] == "กรรมการ"
    assert texts(model, 7)[1] == "ร.ต.อ.หญิง สุดา กล้าหาญ"
    assert texts(model, 8)[0] == "4"
    assert model.index(0, 6).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_cases_model_shows_codes_and_labels_only(qtbot: QtBot, database: Database, sample: Sample) -> None:
    cases.create_case(
        database,
        cases.NewCase("child_exploitation", TODAY, sample.body_id, is_child=True, child_status="victim"),
    )
    model = CasesModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_records(cases.list_cases(database, today=TODAY))
    assert texts(model, 0) == ["MKL-2569-0002", "MKL-2569-0001"]
    assert texts(model, 1) == ["การแสวงหาประโยชน์จากเด็ก", "ความรุนแรงในครอบครัว"]
    assert texts(model, 2) == ["ผู้เสียหาย", ""]
    assert texts(model, 5)[0] == "21 พ.ย. 2569"
    assert texts(model, 7) == ["ยังไม่บันทึก", "ยังไม่บันทึก"]
