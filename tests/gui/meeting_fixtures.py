"""Shared set-up for the meeting GUI tests: an AppContext on the test database and a small district team."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Agency, Body, Member

D = dt.date


@pytest.fixture
def context(database: Database, qtbot) -> Iterator[AppContext]:
    tasks = TaskRunner()
    context = AppContext(database=database, tasks=tasks, signals=AppSignals())
    yield context
    qtbot.waitUntil(lambda: not tasks.busy)
    tasks.shutdown()


def wait_idle(qtbot, context: AppContext) -> None:
    """Wait until every background job (stores and reloads) has finished and its callback has run."""
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10000)


def make_team(database: Database) -> dict[str, int]:
    with database.session() as s:
        team = Body(
            kind="mdt",
            name_th="ทีมสหวิชาชีพอำเภอแม่สาย",
            level="district",
            code="MSI",
            confidentiality_statement="ข้อมูลกรณีในที่ประชุมนี้เป็นความลับ ห้ามเปิดเผยต่อบุคคลภายนอก",
        )
        pmj = Agency(
            name_th="สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",
            abbreviation="พมจ.",
            sector="government",
            level="province",
        )
        police = Agency(
            name_th="สถานีตำรวจภูธรแม่สาย", abbreviation="สภ.แม่สาย", sector="government", level="district"
        )
        hospital = Agency(
            name_th="โรงพยาบาลแม่สาย ศูนย์พึ่งได้", abbreviation="รพ.แม่สาย", sector="government", level="district",
            aliases="OSCC",
        )  # fmt: skip
        s.add_all([team, pmj, police, hospital])
        s.flush()
        roster = [
            ("นายสมชาย ใจดี", "นายอำเภอแม่สาย", None, "chair"),
            ("นางสาวพัฒนา สังคมดี", "นักพัฒนาสังคมชำนาญการ", pmj.id, "member"),
            ("พ.ต.ท. ยุติธรรม รักษ์ไทย", "สารวัตรสอบสวน", police.id, "member"),
            ("นางพยาบาล ใส่ใจ", "พยาบาลวิชาชีพ ศูนย์พึ่งได้", hospital.id, "secretary"),
        ]
        for order, (name, position, agency_id, role) in enumerate(roster):
            s.add(
                Member(
                    body_id=team.id, full_name=name, position=position, agency_id=agency_id, role=role,
                    sort_order=order, term_from=D(2025, 1, 1),
                )
            )  # fmt: skip
    return {"body": team.id, "pmj": pmj.id, "police": police.id, "hospital": hospital.id}
