"""A case with a history, on top of ``register_fixtures.build_sample``: discussed at two meetings (items with
resolutions), assessed three times (the last overridden to high and past its review date on TODAY), two versions
of a safety plan, and two referrals (one escalation, one awaiting an answer past its due date).

Restricted text is planted in every restricted field (``PLANTED``) so that tests can show it never reaches what
is general.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    AgendaItem,
    AgendaItemCase,
    Referral,
    RiskAssessment,
    SafetyContact,
    SafetyPlan,
    SafetyPlanService,
)
from tests.register_fixtures import Sample

PLANTED = "ข้อความลับ-PLANTED"
D = dt.date


@dataclass
class CaseHistory:
    item1: int
    item2: int
    assessments: list[int]
    plan_v2: int
    referrals: list[int]
    second_action: int


def build_history(db: Database, sample: Sample) -> CaseHistory:
    with db.session() as s:
        item1 = AgendaItem(
            meeting_id=sample.meeting1,
            number="4.1",
            title="กรณีความรุนแรงในครอบครัว รายที่ 1",
            kind="case",
            sort_order=5,
            resolution="มอบ พมจ. เยี่ยมบ้านและประเมินความเสี่ยง",
        )
        item2 = AgendaItem(
            meeting_id=sample.meeting2,
            number="3.2",
            title="ติดตามกรณีความรุนแรงในครอบครัว",
            kind="case",
            sort_order=4,
            resolution="ส่งต่อโรงพยาบาลเพื่อดูแลสุขภาพจิต",
        )
        s.add_all([item1, item2])
        s.flush()
        s.add_all(
            [
                AgendaItemCase(agenda_item_id=item1.id, case_id=sample.case_id),
                AgendaItemCase(agenda_item_id=item2.id, case_id=sample.case_id),
            ]
        )
        second_action = ActionPoint(
            meeting_id=sample.meeting2,
            agenda_item_id=item2.id,
            body_id=sample.body_id,
            case_id=sample.case_id,
            agency_id=sample.hospital,
            task="นัดตรวจสุขภาพจิต",
            due_date=D(2026, 12, 1),
            status="open",
        )
        s.add(second_action)

        def assessment(on: dt.date, score: int, computed: str, level: str, review: dt.date) -> RiskAssessment:
            return RiskAssessment(
                case_id=sample.case_id,
                instrument_key="domestic_abuse_checklist",
                instrument_version=1,
                assessed_on=on,
                assessor="นายสมชาย ใจดี",
                assessor_agency_id=sample.pmj,
                answers=json.dumps({"q1": PLANTED}, ensure_ascii=False),
                score=score,
                computed_level=computed,
                level=level,
                override_reason=PLANTED if level != computed else "",
                next_review_on=review,
            )

        # Added out of date order: the story puts them in date order.
        assessments = [
            assessment(D(2026, 9, 20), 11, "medium", "medium", D(2026, 10, 20)),
            assessment(D(2026, 9, 5), 6, "standard", "standard", D(2026, 10, 5)),
            assessment(D(2026, 10, 15), 13, "medium", "high", D(2026, 11, 15)),
        ]
        s.add_all(assessments)

        def plan(version: int, agreed: dt.date) -> SafetyPlan:
            return SafetyPlan(
                case_id=sample.case_id,
                version=version,
                agreed_on=agreed,
                meeting_id=sample.meeting2 if version == 2 else sample.meeting1,
                responsible_worker="นายสมชาย ใจดี",
                responsible_agency_id=sample.pmj,
                signed_off_on=agreed if version == 2 else None,
                main_concern=PLANTED,
                strengths=PLANTED,
                steps_before=PLANTED,
                steps_during=PLANTED,
                steps_after=PLANTED,
                contacts=[SafetyContact(safe=False, name=PLANTED, how_to_reach=PLANTED)],
            )

        plan_v1, plan_v2 = plan(1, D(2026, 9, 10)), plan(2, D(2026, 10, 15))
        plan_v1.services = [SafetyPlanService(service="helpline", status="done")]
        plan_v2.services = [
            SafetyPlanService(
                service="safe_accommodation",
                agency_id=sample.pmj,
                due_date=D(2026, 11, 30),
                status="in_progress",
                sort_order=1,
            ),
            SafetyPlanService(
                service="medico_legal", agency_id=sample.hospital, due_date=D(2026, 10, 20), status="done"
            ),
        ]
        s.add_all([plan_v1, plan_v2])
        referrals = [
            Referral(
                case_id=sample.case_id,
                from_agency_id=sample.pmj,
                to_agency_id=sample.hospital,
                service="mental_health",
                sent_on=D(2026, 10, 16),
                answer_due_on=D(2026, 10, 30),
                status="sent",
                outcome=PLANTED,
                without_consent_note=PLANTED,
            ),
            Referral(
                case_id=sample.case_id,
                from_agency_id=sample.police,
                to_agency_id=sample.pmj,
                is_escalation=True,
                sent_on=D(2026, 9, 12),
                answer_due_on=D(2026, 9, 20),
                status="accepted",
                answered_on=D(2026, 9, 15),
                refusal_reason=PLANTED,
            ),
        ]
        s.add_all(referrals)
        s.flush()
        return CaseHistory(
            item1=item1.id,
            item2=item2.id,
            assessments=[a.id for a in assessments],
            plan_v2=plan_v2.id,
            referrals=[r.id for r in referrals],
            second_action=second_action.id,
        )
