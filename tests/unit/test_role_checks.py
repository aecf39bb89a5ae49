"""Every guarded service checks the acting person's roles itself, whatever the window offers: per use case, each
role without the permission is refused (the bilingual refusal naming the role needed) and nothing is written, the
roles with it go through; and in a database where no role was ever granted, every one of them works as before.

The table below is the contract: ``allowed`` names the people who may do it. The office is one district team
(``register_fixtures``) with its secretary and chair, the secretary of the other body, an officer of the police
station, a centre officer and the administrator.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from mdt_desktop.domain.codes import (
    CentreDecisionKind,
    HighRiskResponse,
    IdentityPurpose,
    Service,
    ServiceStatus,
)
from mdt_desktop.domain.roles import Role
from mdt_desktop.exports.minutes_model import MinutesOptions
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import (
    agencies,
    backups,
    bodies,
    case_story,
    cases,
    centre,
    exchange,
    profiles,
    referrals,
    risk,
    roles,
    safety_plans,
    settings,
    statistics,
)
from mdt_desktop.services.exports import annex as annex_export
from mdt_desktop.services.exports import signing
from mdt_desktop.services.exports import statistics as statistics_export
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.keys import KeySlots
from mdt_desktop.storage.models import Base, SafetyPlan
from tests.conftest import TEST_PASSPHRASE
from tests.register_fixtures import TODAY, Sample, build_sample

PEOPLE = {
    "admin": "นางผู้ดูแล ระบบดี",
    "secretary": "นางสาวเลขา ประชุมดี",
    "chair": "นายประธาน ที่ประชุม",
    "other_secretary": "นายเลขา คณะอื่น",
    "officer": "ร.ต.ท.ตำรวจ รายงานเอง",
    "centre": "นางศูนย์ จังหวัดดี",
}
CHECKLIST = "domestic_abuse_checklist"
SENT = dt.date(2026, 11, 2)


@dataclass
class Office:
    """The database and what the use cases act on, made before any role is granted."""

    db: Database
    sample: Sample
    folder: Path
    consent_id: int = 0
    assessment_id: int = 0
    plan_id: int = 0
    service_id: int = 0
    referral_id: int = 0
    member_id: int = 0
    people: dict[str, int] = field(default_factory=dict)


def _checklist(yes: int) -> dict[str, str | int]:
    questions = json.loads((risk.instruments_dir() / f"{CHECKLIST}.json").read_text("utf-8"))["questions"]
    return {q["id"]: ("yes" if index < yes else "no") for index, q in enumerate(questions)}


def _newest_plan(office: Office) -> int:
    with office.db.read_session() as session:
        return (
            session.scalars(
                select(SafetyPlan.id)
                .where(SafetyPlan.case_id == office.sample.case_id)
                .order_by(SafetyPlan.version.desc())
            ).first()
            or 0
        )


def _prepare(db: Database, folder: Path) -> Office:
    sample = build_sample(db)
    office = Office(db, sample, folder)
    case = sample.case_id
    office.consent_id = cases.record_consent(
        db, case, "นางสาวผู้รอด ปลอดภัย", "นางสาวเลขา ประชุมดี", dt.date(2026, 9, 2), "การประชุมทีม"
    )
    cases.save_identity(db, case, cases.IdentityRecord(full_name="นางสาวผู้รอด ปลอดภัย"), "เลขา", TODAY)
    assessed = risk.assess(db, case, CHECKLIST, 1, _checklist(2), TODAY, "มาลี", "มาลี", today=TODAY)
    office.assessment_id = assessed.assessment.id
    content = safety_plans.PlanContent(
        main_concern="กลัวว่าสามีจะตามมาที่บ้านแม่",
        services=(safety_plans.ServiceEntry(Service.SAFE_ACCOMMODATION, agency_id=sample.pmj),),
    )
    office.plan_id = safety_plans.save_plan(db, case, None, content, "เลขา")
    office.service_id = safety_plans.load_plan(db, office.plan_id).content.services[0].id or 0
    office.referral_id = referrals.refer(
        db, case, sample.pmj, sample.hospital, Service.MENTAL_HEALTH, SENT, actor="เลขา"
    )
    office.member_id = sample.somchai
    signing.create_identity(db, "ทีมสหวิชาชีพอำเภอแม่กลอง")
    instrument = json.loads((risk.instruments_dir() / "child_protection_screen.json").read_text("utf-8"))
    instrument["key"] = "office_child_screen"
    (folder / "office.json").write_text(json.dumps(instrument, ensure_ascii=False), encoding="utf-8")
    office.people = {key: profiles.add_profile(db, name, actor=name).id for key, name in PEOPLE.items()}
    return office


def _grant_roles(office: Office) -> None:
    db, sample, people = office.db, office.sample, office.people
    profiles.start_session(db, people["admin"])
    roles.grant_role(db, people["admin"], Role.ADMINISTRATOR)
    roles.grant_role(db, people["secretary"], Role.SECRETARY, body_id=sample.body_id)
    roles.grant_role(db, people["chair"], Role.CHAIR, body_id=sample.body_id)
    roles.grant_role(db, people["other_secretary"], Role.SECRETARY, body_id=sample.other_body_id)
    roles.grant_role(db, people["officer"], Role.AGENCY_OFFICER, agency_id=sample.police)
    roles.grant_role(db, people["centre"], Role.CENTRE_OFFICER)


# --- the use cases --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UseCase:
    name: str
    allowed: frozenset[str]
    run: Callable[[Office], object]
    # The allowed person passes the role check and then meets a rule of the use case itself (a package from no
    # trusted district, an escalation the centre never received): a refusal other than the role's.
    refused_further: bool = False
    # What must be true before the use case can be done at all, made while no role is granted.
    prepare: Callable[[Office], object] | None = None


def use(
    name: str,
    allowed: str,
    run: Callable[[Office], object],
    *,
    refused_further: bool = False,
    prepare: Callable[[Office], object] | None = None,
) -> UseCase:
    return UseCase(name, frozenset(allowed.split()), run, refused_further, prepare)


SECRETARY = "secretary"
CASE_READERS = "secretary chair"
ANY_SECRETARY = "secretary other_secretary"
TEAM_SETUP = "admin secretary other_secretary"
BODY_SETUP = "admin secretary"
STATISTICS_READERS = "secretary chair other_secretary centre"


def _new_case(o: Office) -> object:
    return cases.create_case(o.db, cases.NewCase("domestic_violence", TODAY, body_id=o.sample.body_id))


def _save_plan(o: Office) -> object:
    plan = safety_plans.load_plan(o.db, o.plan_id)
    edited = safety_plans.PlanContent(**{**plan.content.__dict__, "strengths": "พี่สาวให้ที่พักได้"})
    return safety_plans.save_plan(o.db, o.sample.case_id, _newest_plan(o), edited, "เลขา")


def _sign_plan_off(o: Office) -> object:
    return safety_plans.sign_off(o.db, o.plan_id, TODAY, "นางสาวมาลี", o.sample.pmj, "x")


def _centre_certificate(o: Office) -> bytes:
    identity = signing.current_identity(o.db)
    assert identity is not None
    return signing.certificate_pem(o.db, identity.id)


def _export_package(o: Office) -> object:
    return exchange.export_package(
        o.db, _centre_certificate(o), SENT, TODAY, o.folder / "package.mdtx", actor="เลขา", force=True
    )


def _statistics_file(o: Office) -> object:
    report = statistics.report(o.db, SENT, TODAY)
    return statistics_export.export_statistics(o.db, report, o.folder / "stats.xlsx", actor="x", force=True)


def _change_passphrase(o: Office) -> object:
    return settings.change_passphrase(o.db, "x", TEST_PASSPHRASE, TEST_PASSPHRASE)


USE_CASES = [
    # cases, consent and identity
    use("create a case", SECRETARY, _new_case),
    use("change a case", SECRETARY, lambda o: cases.update_case(o.db, o.sample.case_id, "screening", "open")),
    use("list the cases", "secretary chair other_secretary", lambda o: cases.list_cases(o.db)),
    use(
        "record consent",
        SECRETARY,
        lambda o: cases.record_consent(o.db, o.sample.case_id, "ผู้รอด", "เลขา", TODAY, "การส่งต่อ"),
    ),
    use("list consents", CASE_READERS, lambda o: cases.list_consents(o.db, o.sample.case_id)),
    use(
        "withdraw consent", SECRETARY, lambda o: cases.withdraw_consent(o.db, o.consent_id, TODAY, actor="x")
    ),
    use(
        "save identity",
        SECRETARY,
        lambda o: cases.save_identity(o.db, o.sample.case_id, cases.IdentityRecord(phone="0"), "x", TODAY),
    ),
    use(
        "read identity",
        SECRETARY,
        lambda o: cases.read_identity(o.db, o.sample.case_id, "x", purpose=IdentityPurpose.SAFETY_PLANNING),
    ),
    use("read a case's story", CASE_READERS, lambda o: case_story.case_story(o.db, o.sample.case_id, TODAY)),
    # risk
    use(
        "import an instrument",
        ANY_SECRETARY,
        lambda o: risk.import_instrument(o.db, o.folder / "office.json", "x"),
    ),
    use(
        "assess a case",
        SECRETARY,
        lambda o: risk.assess(
            o.db, o.sample.case_id, CHECKLIST, 1, _checklist(1), TODAY, "มาลี", "x", today=TODAY
        ),
    ),
    use(
        "record the response to high risk",
        SECRETARY,
        lambda o: risk.record_high_risk_response(
            o.db, o.assessment_id, HighRiskResponse.URGENT_MEETING, "", "x"
        ),
    ),
    use("read the assessments", CASE_READERS, lambda o: risk.assessments_of(o.db, o.sample.case_id)),
    use("read an assessment's answers", CASE_READERS, lambda o: risk.answers_of(o.db, o.assessment_id)),
    # safety plans
    use("view the safety plan", CASE_READERS, lambda o: safety_plans.view_plan(o.db, o.sample.case_id, "x")),
    use("load a plan version", CASE_READERS, lambda o: safety_plans.load_plan(o.db, o.plan_id)),
    use(
        "list the plan's versions", CASE_READERS, lambda o: safety_plans.plan_versions(o.db, o.sample.case_id)
    ),
    use("save the safety plan", SECRETARY, _save_plan),
    use(
        "sign the plan off",
        SECRETARY,
        lambda o: safety_plans.sign_off(o.db, o.plan_id, TODAY, "นางสาวมาลี", o.sample.pmj, "x"),
    ),
    use(
        "start a new plan version",
        SECRETARY,
        lambda o: safety_plans.new_version(o.db, o.sample.case_id, "x", TODAY),
        prepare=_sign_plan_off,
    ),
    use(
        "set a service's status",
        SECRETARY,
        lambda o: safety_plans.set_service_status(o.db, o.service_id, ServiceStatus.IN_PROGRESS, "x"),
    ),
    use(
        "record a safety check",
        SECRETARY,
        lambda o: safety_plans.record_safety_check(o.db, o.service_id, "มาลี", TODAY, "ปลอดภัย", "x"),
    ),
    # referrals and escalation
    use(
        "refer a case",
        SECRETARY,
        lambda o: referrals.refer(
            o.db, o.sample.case_id, o.sample.pmj, o.sample.police, Service.INVESTIGATION, SENT, actor="x"
        ),
    ),
    use(
        "escalate a case",
        SECRETARY,
        lambda o: referrals.escalate(
            o.db, o.sample.case_id, o.sample.pmj, o.sample.hospital, SENT, actor="x"
        ),
    ),
    use(
        "mark a case resolved at the district",
        SECRETARY,
        lambda o: referrals.mark_resolved_at_district(o.db, o.sample.case_id, "x"),
    ),
    use(
        "answer a referral",
        SECRETARY,
        lambda o: referrals.answer(o.db, o.referral_id, True, TODAY, actor="x"),
    ),
    use("view the referrals", CASE_READERS, lambda o: referrals.view_referrals(o.db, o.sample.case_id, "x")),
    # the team's set-up
    use(
        "add an agency",
        TEAM_SETUP,
        lambda o: agencies.create_agency(
            o.db, agencies.AgencyRecord(name_th="โรงเรียนบ้านดอน", sector="government")
        ),
    ),
    use("retire an agency", TEAM_SETUP, lambda o: agencies.set_active(o.db, o.sample.hospital, False)),
    use(
        "add an area",
        TEAM_SETUP,
        lambda o: bodies.create_area(o.db, bodies.AreaRecord(level="district", name_th="อำเภออัมพวา")),
    ),
    use("add a body", TEAM_SETUP, lambda o: bodies.create_body(o.db, bodies.BodyRecord(name_th="ทีมอัมพวา"))),
    use(
        "change a body",
        BODY_SETUP,
        lambda o: bodies.update_body(
            o.db, bodies.BodyRecord(name_th="ทีมสหวิชาชีพอำเภอแม่กลอง", code="MKL", id=o.sample.body_id)
        ),
    ),
    use(
        "add a member",
        BODY_SETUP,
        lambda o: bodies.create_member(
            o.db, bodies.MemberRecord(body_id=o.sample.body_id, full_name="นายใหม่ ใจดี")
        ),
    ),
    use(
        "end a member's term",
        BODY_SETUP,
        lambda o: bodies.end_term(o.db, o.member_id, TODAY, successor_id=o.sample.suda),
    ),
    # the team's settings and the keys
    use("name the team", TEAM_SETUP, lambda o: settings.set_mdt_label(o.db, settings.MDT_LABELS[1])),
    use("add a holiday", TEAM_SETUP, lambda o: settings.put_holiday(o.db, dt.date(2026, 12, 31), "วันสิ้นปี")),
    use(
        "keep the backups",
        TEAM_SETUP,
        lambda o: backups.save_backup_settings(o.db, None, 5, backups.BackupSchedule.DAILY),
    ),
    use("set the automatic lock", "admin", lambda o: settings.save_auto_lock_minutes(o.db, 15, "x")),
    # statistics, the centre and the exchange
    use("read the statistics", STATISTICS_READERS, lambda o: statistics.report(o.db, SENT, TODAY)),
    use("write the statistics to a file", STATISTICS_READERS, _statistics_file),
    use("read the centre's statistics", "centre", lambda o: centre.report(o.db, SENT, TODAY)),
    use("read the centre's overview", "centre", lambda o: centre.overview(o.db, TODAY)),
    use(
        "decide on an escalation",
        "centre",
        lambda o: centre.decide_escalation(o.db, 1, 1, CentreDecisionKind.TAKEN_UP, "", actor="x"),
        refused_further=True,
    ),
    use(
        "trust a district's certificate",
        "centre",
        lambda o: exchange.trust_certificate(o.db, _centre_certificate(o), "อำเภอเมือง", actor="x"),
        refused_further=True,
    ),
    use(
        "import a district's package",
        "centre",
        lambda o: exchange.import_package(o.db, b"not a package", actor="x"),
        refused_further=True,
    ),
    use("send the package to the centre", ANY_SECRETARY, _export_package),
    use(
        "build the restricted annex",
        SECRETARY,
        lambda o: annex_export.build_annex(o.db, o.sample.meeting2, "x", MinutesOptions(), TODAY),
    ),
]


# The keys of an encrypted file (a database on a server has none: its administrator keeps its accounts).
KEY_USE_CASES = [
    use("change the passphrase", "admin", _change_passphrase),
    use("make a new recovery code", "admin", lambda o: settings.new_recovery_code(o.db, "x")),
]


# --- the checks -----------------------------------------------------------------------------------------------


def _everything(db: Database) -> dict[str, list[str]]:
    """Every row of every table: what a refused call must leave as it was."""
    with db.read_session() as session:
        return {
            table.name: sorted(repr(tuple(row)) for row in session.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


def _as(office: Office, person: str) -> None:
    profiles.start_session(office.db, office.people[person])


@pytest.fixture
def office(database: Database, tmp_path: Path) -> Office:
    return _prepare(database, tmp_path)


def _ready(office: Office, use_case: UseCase) -> None:
    if use_case.prepare is not None:
        use_case.prepare(office)


def _allowed_run(use_case: UseCase, office: Office) -> None:
    if not use_case.refused_further:
        use_case.run(office)
        return
    with pytest.raises(Refusal) as refused:
        use_case.run(office)
    assert refused.value.reason not in (roles.MISSING_ROLE, roles.NOBODY_ACTING)


def _check_per_role(office: Office, use_case: UseCase, everything: Callable[[Database], object]) -> None:
    _ready(office, use_case)
    _grant_roles(office)
    for person in PEOPLE:
        if person in use_case.allowed:
            continue
        _as(office, person)
        before = everything(office.db)
        with pytest.raises(Refusal) as refused:
            use_case.run(office)
        assert refused.value.reason is roles.MISSING_ROLE, person
        assert "ต้องมีบทบาท" in refused.value.message("th") and "needs the role" in refused.value.message("en")
        assert everything(office.db) == before, person
    for person in sorted(use_case.allowed):
        _as(office, person)
        _allowed_run(use_case, office)


@pytest.mark.parametrize("use_case", USE_CASES, ids=lambda use_case: use_case.name)
def test_each_role_without_the_permission_is_refused_and_nothing_is_written(
    office: Office, use_case: UseCase
) -> None:
    _check_per_role(office, use_case, _everything)


def _everything_and_the_key_file(db: Database) -> tuple[dict[str, list[str]], bytes]:
    return _everything(db), KeySlots.path_for(db.path).read_bytes()


@pytest.mark.parametrize("use_case", KEY_USE_CASES, ids=lambda use_case: use_case.name)
def test_only_the_administrator_changes_the_files_keys(office: Office, use_case: UseCase) -> None:
    _check_per_role(office, use_case, _everything_and_the_key_file)


@pytest.mark.parametrize("use_case", KEY_USE_CASES, ids=lambda use_case: use_case.name)
def test_with_no_role_ever_granted_anyone_changes_the_keys(office: Office, use_case: UseCase) -> None:
    _allowed_run(use_case, office)


@pytest.mark.parametrize("use_case", USE_CASES, ids=lambda use_case: use_case.name)
def test_with_no_role_ever_granted_everyone_may_do_it(office: Office, use_case: UseCase) -> None:
    _ready(office, use_case)
    assert not roles.are_in_force(office.db)
    _allowed_run(use_case, office)


def test_the_refusal_names_the_role_and_the_body_it_is_needed_for(office: Office) -> None:
    _grant_roles(office)
    _as(office, "other_secretary")
    with pytest.raises(Refusal) as refused:
        cases.update_case(office.db, office.sample.case_id, "screening", "open")
    assert refused.value.message("th") == (
        "ท่านทำสิ่งนี้ไม่ได้ ต้องมีบทบาทเลขานุการ ของ ทีมสหวิชาชีพอำเภอแม่กลอง โปรดติดต่อผู้ดูแลระบบของฐานข้อมูลนี้"
    )
    assert refused.value.message("en") == (
        "You cannot do this: it needs the role of secretary for ทีมสหวิชาชีพอำเภอแม่กลอง. "
        "Ask this database's administrator"
    )
    with pytest.raises(Refusal) as refused:
        settings.save_auto_lock_minutes(office.db, 5, "x")
    assert refused.value.message("en").startswith("You cannot do this: it needs the role of administrator.")


def test_a_secretary_lists_the_cases_of_the_bodies_they_serve_and_those_of_no_body(office: Office) -> None:
    _new_case(office)  # another case of the district team
    unassigned, _code = cases.create_case(office.db, cases.NewCase("trafficking_labour", TODAY))
    _grant_roles(office)
    _as(office, "other_secretary")
    assert [row.id for row in cases.list_cases(office.db)] == [unassigned]
    _as(office, "chair")
    assert len(cases.list_cases(office.db)) == 3


def test_someone_who_did_not_say_who_they_are_is_asked_to(office: Office) -> None:
    _grant_roles(office)
    office.db.actor = ""
    with pytest.raises(Refusal) as refused:
        cases.list_cases(office.db)
    assert refused.value.reason is roles.NOBODY_ACTING


def test_only_an_administrator_of_the_backup_restores_it(office: Office, tmp_path: Path) -> None:
    _grant_roles(office)
    backup = backups.back_up_now(office.db, folder=tmp_path / "backups")
    target = tmp_path / "restored" / "office.mdt"
    target.parent.mkdir()
    for not_administrator in (PEOPLE["secretary"], "computer-login"):  # the restore window acts as the login
        with pytest.raises(Refusal) as refused:
            backups.restore(backup, target, TEST_PASSPHRASE, not_administrator)
        assert refused.value.reason is backups.RESTORE_NEEDS_ADMINISTRATOR
        assert "mdt restore --user" in refused.value.message("th")
        assert not target.exists()
    backups.restore(backup, target, TEST_PASSPHRASE, PEOPLE["admin"])
    restored = Database.open_with_passphrase(target, TEST_PASSPHRASE)
    try:
        with_roles = {person.name for person in roles.list_people_with_roles(restored) if person.grants}
        assert with_roles == set(PEOPLE.values())
    finally:
        restored.close()
