"""Small hand-made data for the register, agency, body and case tests: one district team, three agencies,
members, two meetings and a handful of actions whose statuses and deadlines cover every case of the
overdue rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.fonts import FAMILY, apply_application_font
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionPoint, Agency, Area, Body, CaseFile, Meeting, Member

TODAY = dt.date(2026, 11, 21)  # 21 พ.ย. 2569


@dataclass
class Sample:
    body_id: int
    other_body_id: int
    pmj: int  # พมจ.
    police: int  # สภ.เมือง
    hospital: int  # รพ. / OSCC
    meeting1: int
    meeting2: int
    somchai: int  # member of พมจ., holds two open actions and one closed
    suda: int  # member of สภ.
    case_id: int
    actions: dict[str, int]


def build_sample(db: Database) -> Sample:
    with db.session() as s:
        area = Area(level="district", code="MKL", name_th="อำเภอแม่กลอง")
        pmj = Agency(
            name_th="สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",
            abbreviation="พมจ.",
            name_en="Provincial Social Development Office",
            sector="government",
            level="province",
            aliases="พัฒนาสังคม\nMSDHS",
        )
        police = Agency(
            name_th="สถานีตำรวจภูธรเมือง", abbreviation="สภ.เมือง", sector="government", level="district"
        )
        hospital = Agency(
            name_th="โรงพยาบาลแม่กลอง ศูนย์พึ่งได้",
            abbreviation="รพ.มก.",
            name_en="OSCC",
            sector="government",
            level="district",
        )
        body = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่กลอง", level="district", area=area, code="")
        other = Body(
            kind="child_protection", name_th="คณะกรรมการคุ้มครองเด็กจังหวัด", level="province", code="CPC"
        )
        s.add_all([area, pmj, police, hospital, body, other])
        s.flush()
        somchai = Member(
            body_id=body.id,
            full_name="นายสมชาย ใจดี",
            agency_id=pmj.id,
            position="นักสังคมสงเคราะห์",
            role="member",
            term_from=dt.date(2025, 1, 1),
            sort_order=1,
        )
        suda = Member(
            body_id=body.id,
            full_name="ร.ต.อ.หญิง สุดา กล้าหาญ",
            agency_id=police.id,
            position="พนักงานสอบสวน",
            role="member",
            sort_order=2,
            may_decide=True,
        )
        s.add_all([somchai, suda])
        m1 = Meeting(body_id=body.id, number=2, year_be=2569, date=dt.date(2026, 9, 10))
        m2 = Meeting(body_id=body.id, number=3, year_be=2569, date=dt.date(2026, 10, 15))
        m_other = Meeting(body_id=other.id, number=1, year_be=2569, date=dt.date(2026, 10, 1))
        case = CaseFile(
            code="MKL-2569-0001",
            body_id=body.id,
            case_type="domestic_violence",
            intake_date=dt.date(2026, 9, 1),
        )
        s.add_all([m1, m2, m_other, case])
        s.flush()

        def action(
            key: str,
            meeting: Meeting,
            agency: Agency,
            due: dt.date | None,
            status: str = "open",
            member: Member | None = None,
            body_id: int = body.id,
        ) -> tuple[str, ActionPoint]:
            return key, ActionPoint(
                meeting_id=meeting.id,
                body_id=body_id,
                agency_id=agency.id,
                task=f"งาน {key}",
                due_date=due,
                status=status,
                responsible_member_id=member.id if member else None,
                responsible_person=member.full_name if member else "",
                case_id=case.id if key == "visit" else None,
            )

        actions = dict(
            [
                action("visit", m1, pmj, dt.date(2026, 10, 1), "open", somchai),  # overdue 51 days
                action("shelter", m1, pmj, dt.date(2026, 11, 20), "in_progress", somchai),  # overdue 1 day
                action("report", m1, pmj, dt.date(2026, 10, 5), "done", somchai),  # closed: never overdue
                action(
                    "statement", m2, police, dt.date(2026, 11, 21), "open", suda
                ),  # due today: not overdue
                action("exam", m2, hospital, dt.date(2026, 11, 1), "open"),  # overdue 20 days
                action("plan", m2, hospital, None, "open"),  # no due date: not overdue
                action("school", m2, police, dt.date(2026, 12, 15), "in_progress", suda),
                action(
                    "other_body", m_other, pmj, dt.date(2026, 10, 20), "open", None, other.id
                ),  # overdue, other body
            ]
        )
        s.add_all(actions.values())
        s.flush()
        return Sample(
            body_id=body.id,
            other_body_id=other.id,
            pmj=pmj.id,
            police=police.id,
            hospital=hospital.id,
            meeting1=m1.id,
            meeting2=m2.id,
            somchai=somchai.id,
            suda=suda.id,
            case_id=case.id,
            actions={key: a.id for key, a in actions.items()},
        )


def make_context(database: Database) -> AppContext:
    """What the main window hands a page: the database, a background runner and the signals; the pages get the
    application's Thai font, as in the program, so that screenshots show what a person sees."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.font().family() != FAMILY:
        apply_application_font(app)
    return AppContext(database=database, tasks=TaskRunner(), signals=AppSignals(), user_name="เลขานุการทดสอบ")


def save_shot(widget: QWidget, name: str) -> None:
    """A screenshot of a page for a person to look at (layout, Thai rendering), in /tmp/shots."""
    folder = Path("/tmp/shots")
    folder.mkdir(exist_ok=True)
    widget.grab().save(str(folder / f"{name}.png"))
