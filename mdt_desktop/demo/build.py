"""Synthetic demonstration databases: a fictional province with 20 years of minutes, or one district for a year.

Everything is invented (``demo.text`` holds the word lists) and deterministic: the same scale and seed give the
same rows, because every choice comes from one ``random.Random(seed)`` and the history ends on a fixed day,
``DEMO_END`` (20 November 2026), never on today's date. The demo's "today" for open and overdue actions is
that day too.

The province build writes several hundred thousand rows, so it bypasses the ORM: ids are assigned here, rows are
plain dicts inserted with SQLAlchemy Core in one transaction (in SQLite: foreign keys deferred to the commit, the
search triggers dropped and the index rebuilt once at the end). A failed build leaves the database as it was.

On a PostgreSQL server the same rows go in parents first (its foreign keys are checked at each statement), there
is no search index yet, and each table's id sequence is moved past the ids given here, so that the program's own
inserts afterwards take new ids.
"""

from __future__ import annotations

import bisect
import json
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any, Literal

from sqlalchemy import Connection, bindparam, func, insert, select, text, update

from mdt_desktop.demo import text as words
from mdt_desktop.demo.case_conference import add_case_conference
from mdt_desktop.domain.agenda_template import STANDARD_AGENDA
from mdt_desktop.domain.case_codes import make_case_code
from mdt_desktop.domain.codes import (
    ActionStatus,
    AgendaKind,
    AttendanceCategory,
    BodyKind,
    CaseOutcome,
    CaseStage,
    CaseType,
    ChildStatus,
    IdStatus,
    IntakeChannel,
    Level,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    RecordingLevel,
    Sector,
    Sex,
)
from mdt_desktop.domain.deadlines import add_working_days, with_substitute_days
from mdt_desktop.domain.numbering import meeting_number_label
from mdt_desktop.domain.setting_keys import SettingKey
from mdt_desktop.services.seed import SEED_VERSION, seed_holidays, seed_settings
from mdt_desktop.storage import search_index, server_search
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    ActionProgress,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Area,
    Attendance,
    Base,
    Body,
    CaseConsent,
    CaseFile,
    CaseIdentity,
    Holiday,
    Meeting,
    Member,
    Referral,
    RiskAssessment,
    SafetyPlan,
    Setting,
    UserProfile,
)
from mdt_desktop.thai.dates import format_date, to_be

DEMO_PASSPHRASE = "mdt-demo-2569"
DEMO_SETTING_KEY = "demo"
# The one user profile of the demo, so that it opens without asking who is working (a fictional name).
DEMO_PROFILE_NAME = "เลขานุการตัวอย่าง"
# The last day of the demo's history and its "today": fixed so that a seed always gives the same data.
DEMO_END = date(2026, 11, 20)

Scale = Literal["small", "province"]
ProgressCallback = Callable[[int, str], None]

# Case load: the province has at least 30,000 cases over 20 years; the small demo one district's year, kept
# small because the tests build it.
_PROVINCE_YEARS = 20
_PROVINCE_CASES = 30_400
_SMALL_CASES = 48
# The practice of reading a confidentiality statement and having each attendee acknowledge it came in later.
_ACK_SINCE = date(2015, 1, 1)
_ONLINE_SINCE = date(2020, 4, 1)


@dataclass(frozen=True)
class DemoSummary:
    scale: str
    seed: int
    end_date: date
    counts: dict[str, int]


def is_demo(db: Database) -> bool:
    with db.read_session() as session:
        return session.get(Setting, DEMO_SETTING_KEY) is not None


def build_demo(
    db: Database, scale: Scale, seed: int = 1, progress: ProgressCallback | None = None
) -> DemoSummary:
    """Fill an empty database with the demo; raises ValueError when it already holds meetings or cases."""
    if scale not in ("small", "province"):
        raise ValueError(f"Unknown demo scale: {scale}")
    report = progress or (lambda _percent, _message: None)
    with db.engine.begin() as connection:
        for table in (Meeting, CaseFile):
            if connection.execute(select(func.count()).select_from(table)).scalar_one():
                raise ValueError("The demo is built into an empty database only")
        on_sqlite = connection.dialect.name == "sqlite"
        # The search index is filled once after the load (rebuild), not row by row by its triggers.
        if on_sqlite:
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for name in _search_trigger_names():
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        else:
            for statement in server_search.drop_trigger_statements():
                connection.exec_driver_sql(statement)
        builder = _Builder(connection, scale, seed, report)
        builder.build()
        report(85, "ประเมินความเสี่ยง แผนความปลอดภัย และการส่งต่อ")
        add_case_conference(connection, seed, DEMO_END)
        if on_sqlite:
            report(90, "สร้างดัชนีค้นหา")
            search_index.rebuild(connection)
            search_index.create(connection)
        else:
            report(90, "สร้างดัชนีค้นหา")
            server_search.rebuild(connection)
            server_search.create(connection)
            _move_sequences_past_ids(connection)
            # The planner's statistics, for the tables just filled, before anyone reads them (autovacuum would
            # get there only after a while).
            connection.execute(text("ANALYZE"))
        # The seed's settings and holidays are part of the demo; its generic agencies are replaced by the
        # province's own, so the seed is marked as done and never adds them later.
        present = set(connection.execute(select(Setting.key)).scalars())
        settings = {key.value: value for key, value in seed_settings().items()}
        settings[SettingKey.SEED_VERSION.value] = SEED_VERSION
        settings[DEMO_SETTING_KEY] = json.dumps(
            {"scale": scale, "seed": seed, "end_date": DEMO_END.isoformat()}
        )
        connection.execute(
            insert(Setting),
            [{"key": key, "value": value} for key, value in settings.items() if key not in present],
        )
        if not connection.execute(select(func.count()).select_from(UserProfile)).scalar_one():
            connection.execute(insert(UserProfile), [{"name": DEMO_PROFILE_NAME, "retired": False}])
        counts = {
            table.__tablename__: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (
                Agency,
                Body,
                Member,
                Meeting,
                Attendance,
                AgendaItem,
                CaseFile,
                CaseConsent,
                CaseIdentity,
                ActionPoint,
                ActionProgress,
                Holiday,
                RiskAssessment,
                SafetyPlan,
                Referral,
            )
        }
    db.checkpoint()
    report(100, "เสร็จแล้ว")
    return DemoSummary(scale=scale, seed=seed, end_date=DEMO_END, counts=counts)


def _insert_parents_first(connection: Connection, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert ``rows``; on PostgreSQL, which checks a foreign key at each statement, a row naming a later row of its
    own table (a member's successor) goes in without that reference, which is set once both rows are in."""
    table = Base.metadata.tables[model.__tablename__]
    later: dict[str, list[dict[str, int]]] = defaultdict(list)
    if connection.dialect.name != "sqlite":
        own = [c.name for c in table.columns if any(key.column.table is table for key in c.foreign_keys)]
        for row in rows:
            for name in own:
                if row.get(name) is not None and row[name] >= row["id"]:
                    later[name].append({"row_id": row["id"], "target": row[name]})
    if not later:
        connection.execute(insert(model), rows)
        return
    waiting = {(item["row_id"], name) for name, items in later.items() for item in items}
    connection.execute(
        insert(model),
        [{**row, **{name: None for name in later if (row["id"], name) in waiting}} for row in rows],
    )
    for name, items in later.items():
        connection.execute(
            update(table).where(table.c.id == bindparam("row_id")).values({name: bindparam("target")}), items
        )


def _move_sequences_past_ids(connection: Connection) -> None:
    """PostgreSQL: every table's id sequence continues after the highest id the build gave (a table left empty
    starts at 1 again)."""
    for table in Base.metadata.sorted_tables:
        column = table.columns.get("id")
        if column is None or not column.autoincrement or not column.primary_key:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def _search_trigger_names() -> list[str]:
    pattern = re.compile(r"CREATE TRIGGER IF NOT EXISTS (\w+)")
    return [
        match.group(1)
        for statement in search_index.schema_statements()
        if (match := pattern.match(statement))
    ]


# --- the generator ---------------------------------------------------------------------------------------------


@dataclass
class _AgencyInfo:
    id: int
    kind: str
    abbreviation: str
    name_th: str


@dataclass
class _Holder:
    member_id: int
    full_name: str
    term_from: date
    term_to: date | None


@dataclass
class _Seat:
    role: MemberRole
    agency: _AgencyInfo
    position: str
    stand_in_position: str
    holders: list[_Holder] = field(default_factory=list)

    def holder_on(self, day: date) -> _Holder:
        for holder in self.holders:
            if holder.term_to is None or day <= holder.term_to:
                return holder
        return self.holders[-1]


@dataclass
class _BodyInfo:
    id: int
    kind: BodyKind
    venue: str
    district: int | None  # index in words.DISTRICTS; None at province level
    seats: list[_Seat]
    code: str = ""
    agencies_by_kind: dict[str, list[_AgencyInfo]] = field(default_factory=dict)


@dataclass
class _Case:
    id: int
    code: str
    case_type: CaseType
    is_child: bool
    age: int
    sex: Sex
    nationality: str
    intake: date
    urgent: bool
    escalate: bool
    district: int
    summary: str
    measure: str
    first_discussed: date | None = None


@dataclass
class _PlannedMeeting:
    day: date
    kind: MeetingKind
    cases: list[_Case] = field(default_factory=list)
    follow_ups: list[_Case] = field(default_factory=list)
    id: int = 0


class _Builder:
    """Generates and inserts the demo, table by table, body by body."""

    def __init__(self, connection: Connection, scale: Scale, seed: int, report: ProgressCallback) -> None:
        self.connection = connection
        self.scale = scale
        self.rng = random.Random(seed)
        self.report = report
        years = _PROVINCE_YEARS if scale == "province" else 1
        self.start = date(DEMO_END.year - years, DEMO_END.month, DEMO_END.day + 1)
        self.districts = list(range(len(words.DISTRICTS))) if scale == "province" else [0]
        self.ids: dict[str, int] = defaultdict(int)
        self.rows: dict[type[Base], list[dict[str, Any]]] = defaultdict(list)
        self.holidays: set[date] = set()
        self.people: dict[tuple[Any, ...], list[tuple[str, date, date | None]]] = {}
        self.agencies: list[_AgencyInfo] = []
        self.province_agencies: dict[str, _AgencyInfo] = {}
        self.district_agencies: dict[int, dict[str, _AgencyInfo]] = defaultdict(dict)
        self.ngos: list[_AgencyInfo] = []
        self.internationals: dict[str, _AgencyInfo] = {}
        self.escalated: list[tuple[_Case, date]] = []
        self.subdistrict_areas: dict[int, list[tuple[int, str]]] = defaultdict(list)
        self.district_areas: dict[int, int] = {}
        self.province_area = 0
        self.mdt_ids: dict[int, int] = {}  # district -> its MDT, the body a district's cases belong to

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def add(self, model: type[Base], row: dict[str, Any]) -> None:
        self.rows[model].append(row)

    def flush(self) -> None:
        # Parents before children, although foreign keys are deferred to the commit anyway.
        order = (
            Area,
            Agency,
            Body,
            Member,
            Holiday,
            CaseFile,
            CaseConsent,
            CaseIdentity,
            Meeting,
            Attendance,
            AgendaItem,
            AgendaItemCase,
            ActionPoint,
            ActionProgress,
        )
        for model in order:
            rows = self.rows.pop(model, None)
            if rows:
                _insert_parents_first(self.connection, model, rows)

    # --- overall plan -------------------------------------------------------------------------------------------

    def build(self) -> None:
        self.report(1, "สร้างพื้นที่ หน่วยงาน และวันหยุด")
        self.make_holidays()
        self.make_areas()
        self.make_agencies()
        district_bodies = {d: self.make_district_bodies(d) for d in self.districts}
        province_bodies = self.make_province_bodies() if self.scale == "province" else []
        self.flush()
        for position, d in enumerate(self.districts):
            self.report(
                5 + int(75 * position / len(self.districts)),
                f"สร้างกรณีและการประชุมของอำเภอ{words.DISTRICTS[d].name_th}",
            )
            cases = self.make_cases(d)
            mdt, centre, child_committee = district_bodies[d]
            self.run_body(mdt, self.plan_mdt(cases))
            self.finish_cases(cases)
            self.run_body(centre, self.plan_periodic(centre, months=3, extra=MeetingKind.PLANNING))
            self.run_body(child_committee, self.plan_periodic(child_committee, months=2))
            self.flush()
        if province_bodies:
            self.report(82, "สร้างการประชุมระดับจังหวัด")
            centre, child_committee, cso = province_bodies
            self.run_body(centre, self.plan_province_centre(centre))
            self.run_body(child_committee, self.plan_periodic(child_committee, months=3))
            self.run_body(cso, self.plan_periodic(cso, months=2, extra=MeetingKind.LESSONS_LEARNED))
            self.flush()

    # --- reference data -----------------------------------------------------------------------------------------

    def make_holidays(self) -> None:
        """The seed's holidays (with its lunar dates) plus the fixed-date ones of the earlier years, and their
        substitute days; days the database already lists are kept as they are."""
        fixed = {
            date(year, month, day): name
            for year in range(self.start.year, DEMO_END.year + 2)
            for month, day, name, since, until in _FIXED_HOLIDAYS
            if since <= year <= until
        }
        holidays = with_substitute_days(fixed | seed_holidays())
        existing = set(self.connection.execute(select(Holiday.day)).scalars())
        for day, name in sorted(holidays.items()):
            if day not in existing:
                self.add(Holiday, {"day": day, "name": name})
        self.holidays = set(holidays) | existing

    def make_areas(self) -> None:
        self.province_area = self.next_id("area")
        self.add(
            Area,
            {
                "id": self.province_area,
                "level": Level.PROVINCE.value,
                "code": words.PROVINCE_CODE,
                "name_th": f"จังหวัด{words.PROVINCE_TH}",
                "name_en": f"{words.PROVINCE_EN} Province",
                "parent_id": None,
            },
        )
        for d in self.districts:
            spec = words.DISTRICTS[d]
            area_id = self.next_id("area")
            self.district_areas[d] = area_id
            self.add(
                Area,
                {
                    "id": area_id,
                    "level": Level.DISTRICT.value,
                    "code": spec.code,
                    "name_th": f"อำเภอ{spec.name_th}",
                    "name_en": f"{spec.name_en} District",
                    "parent_id": self.province_area,
                },
            )
            for name_th, name_en in spec.subdistricts:
                sub_id = self.next_id("area")
                self.subdistrict_areas[d].append((sub_id, name_th))
                self.add(
                    Area,
                    {
                        "id": sub_id,
                        "level": Level.SUBDISTRICT.value,
                        "code": "",
                        "name_th": f"ตำบล{name_th}",
                        "name_en": f"{name_en} Sub-district",
                        "parent_id": area_id,
                    },
                )

    def agency(
        self,
        kind: str,
        name_th: str,
        abbreviation: str,
        name_en: str,
        sector: Sector,
        level: Level,
        area_id: int | None,
        aliases: str = "",
    ) -> _AgencyInfo:
        agency_id = self.next_id("agency")
        self.add(
            Agency,
            {
                "id": agency_id,
                "name_th": name_th,
                "abbreviation": abbreviation,
                "name_en": name_en,
                "sector": sector.value,
                "level": level.value,
                "area_id": area_id,
                "aliases": aliases,
                "active": True,
            },
        )
        info = _AgencyInfo(agency_id, kind, abbreviation, name_th)
        self.agencies.append(info)
        return info

    def make_agencies(self) -> None:
        p, pe, area = words.PROVINCE_TH, words.PROVINCE_EN, self.province_area
        gov, province = Sector.GOVERNMENT, Level.PROVINCE
        for key, kind, name_th, abbreviation, name_en in _PROVINCE_AGENCIES:
            self.province_agencies[key] = self.agency(
                kind, name_th.format(p=p), abbreviation.format(p=p), name_en.format(p=pe), gov, province, area
            )
        self.province_agencies["pao"] = self.agency(
            "local",
            f"องค์การบริหารส่วนจังหวัด{p}",
            "อบจ.",
            f"{pe} Provincial Administrative Organisation",
            Sector.LOCAL_GOVERNMENT,
            province,
            area,
        )
        for name_th, abbreviation, name_en, sector in _NGOS:
            self.ngos.append(
                self.agency(
                    "ngo", name_th.format(p=p), abbreviation, name_en.format(p=pe), sector, province, area
                )
            )
        for key, name_th, abbreviation, name_en in _INTERNATIONALS:
            self.internationals[key] = self.agency(
                "international", name_th, abbreviation, name_en, Sector.INTERNATIONAL, Level.NATIONAL, None
            )
        self.province_agencies["interpreter"] = self.agency(
            "interpreter",
            f"ศูนย์ล่ามชุมชนจังหวัด{p}",
            "ศูนย์ล่ามฯ",
            f"{pe} Community Interpreter Centre",
            Sector.CIVIL_SOCIETY,
            province,
            area,
            aliases="ล่าม\ninterpreter",
        )
        for d in self.districts:
            spec = words.DISTRICTS[d]
            n, ne, darea = spec.name_th, spec.name_en, self.district_areas[d]
            district = Level.DISTRICT
            own = self.district_agencies[d]
            own["district"] = self.agency(
                "district", f"ที่ว่าการอำเภอ{n}", f"อ.{n}", f"{ne} District Office", gov, district, darea
            )
            own["police"] = self.agency(
                "police", f"สถานีตำรวจภูธร{n}", f"สภ.{n}", f"{ne} Police Station", gov, district, darea
            )
            own["hospital"] = self.agency(
                "hospital",
                f"โรงพยาบาล{n}",
                f"รพ.{n}",
                f"{ne} Hospital",
                gov,
                district,
                darea,
                aliases="ศูนย์พึ่งได้\nOSCC",
            )
            own["health"] = self.agency(
                "health",
                f"สำนักงานสาธารณสุขอำเภอ{n}",
                f"สสอ.{n}",
                f"{ne} District Public Health Office",
                gov,
                district,
                darea,
            )
            sub_id, sub_name = self.subdistrict_areas[d][d % 3]
            own["local"] = self.agency(
                "local",
                f"องค์การบริหารส่วนตำบล{sub_name}",
                f"อบต.{sub_name}",
                f"{sub_name} Sub-district Administrative Organisation",
                Sector.LOCAL_GOVERNMENT,
                Level.SUBDISTRICT,
                sub_id,
            )
            if d % 2 == 0:
                own["clinic"] = self.agency(
                    "health",
                    f"โรงพยาบาลส่งเสริมสุขภาพตำบล{sub_name}",
                    f"รพ.สต.{sub_name}",
                    f"{sub_name} Health Promoting Hospital",
                    gov,
                    Level.SUBDISTRICT,
                    sub_id,
                )
            if d % 2 == 1 or self.scale == "small":
                own["school"] = self.agency(
                    "school",
                    f"โรงเรียนบ้าน{sub_name}",
                    f"รร.บ้าน{sub_name}",
                    f"Ban {sub_name} School",
                    gov,
                    Level.SUBDISTRICT,
                    sub_id,
                )

    # --- people -------------------------------------------------------------------------------------------------

    def person_name(self, title_kind: str) -> str:
        rng = self.rng
        female = rng.random() < (0.7 if title_kind == "care" else 0.45 if title_kind == "civil" else 0.2)
        first = rng.choice(words.FEMALE_FIRST if female else words.MALE_FIRST)
        last = rng.choice(words.SURNAME_HEADS) + rng.choice(words.SURNAME_TAILS)
        if title_kind == "police":
            title = rng.choice(("พ.ต.ท.", "ร.ต.อ.", "พ.ต.ต.", "ร.ต.อ.หญิง" if female else "ร.ต.ท."))
        elif female:
            title = rng.choice(("นาง", "นางสาว"))
        else:
            title = rng.choice(("นาย", "นาย", "นาย", "ว่าที่ร้อยตรี"))
        return f"{title}{first} {last}"

    def post_holders(
        self, key: tuple[Any, ...], title_kind: str, years: tuple[int, int]
    ) -> list[tuple[str, date, date | None]]:
        """Who held a post over the demo's span: the same post shared by two bodies has the same people."""
        if key not in self.people:
            timeline: list[tuple[str, date, date | None]] = []
            begin = self.start - timedelta(days=self.rng.randint(30, 900))
            while True:
                length = timedelta(days=self.rng.randint(years[0] * 365, years[1] * 365))
                end = begin + length
                if end >= DEMO_END:
                    timeline.append((self.person_name(title_kind), begin, None))
                    break
                timeline.append((self.person_name(title_kind), begin, end))
                begin = end + timedelta(days=1)
            self.people[key] = timeline
        return self.people[key]

    def make_seats(self, body_id: int, specs: Iterable[tuple[Any, ...]]) -> list[_Seat]:
        seats: list[_Seat] = []
        for sort_order, (
            role,
            agency,
            position,
            profession,
            may_decide,
            title_kind,
            years,
            stand_in,
        ) in enumerate(specs):
            seat = _Seat(role, agency, position, stand_in)
            previous: dict[str, Any] | None = None
            for full_name, term_from, term_to in self.post_holders((agency.id, position), title_kind, years):
                member_id = self.next_id("member")
                row = {
                    "id": member_id,
                    "body_id": body_id,
                    "full_name": full_name,
                    "agency_id": agency.id,
                    "position": position,
                    "profession": profession,
                    "role": role.value,
                    "term_from": term_from,
                    "term_to": term_to,
                    "may_decide": may_decide,
                    "successor_id": None,
                    "sort_order": sort_order,
                }
                if previous is not None:
                    previous["successor_id"] = member_id
                self.add(Member, row)
                previous = row
                seat.holders.append(_Holder(member_id, full_name, term_from, term_to))
            seats.append(seat)
        return seats

    # --- bodies -------------------------------------------------------------------------------------------------

    def new_body(
        self,
        kind: BodyKind,
        name_th: str,
        self_label: str,
        name_en: str,
        level: Level,
        area_id: int,
        code: str,
        statement: str,
    ) -> int:
        body_id = self.next_id("body")
        self.add(
            Body,
            {
                "id": body_id,
                "kind": kind.value,
                "name_th": name_th,
                "self_label": self_label,
                "name_en": name_en,
                "level": level.value,
                "area_id": area_id,
                "code": code,
                "agenda_template": "",
                "confidentiality_statement": statement,
                "active": True,
            },
        )
        return body_id

    def make_district_bodies(self, d: int) -> tuple[_BodyInfo, _BodyInfo, _BodyInfo]:
        spec = words.DISTRICTS[d]
        own, prov = self.district_agencies[d], self.province_agencies
        n = spec.name_th
        label = "ทีมสหวิชาชีพ" if d % 3 else "ทีมสหสาขาวิชาชีพ"
        chief = (
            MemberRole.CHAIR,
            own["district"],
            f"นายอำเภอ{n}",
            "ผู้บริหาร",
            True,
            "civil",
            (1, 3),
            "ปลัดอำเภอ",
        )
        deputy = (
            MemberRole.SECRETARY,
            own["district"],
            f"ปลัดอำเภอ (หัวหน้าฝ่ายความมั่นคง) อำเภอ{n}",
            "ปลัดอำเภอ",
            False,
            "civil",
            (2, 5),
            "ปลัดอำเภอ",
        )
        police = (
            MemberRole.MEMBER,
            own["police"],
            f"สารวัตรสอบสวน สภ.{n}",
            "พนักงานสอบสวน",
            True,
            "police",
            (2, 4),
            "รองสารวัตรสอบสวน",
        )
        nurse = (
            MemberRole.MEMBER,
            own["hospital"],
            f"พยาบาลวิชาชีพชำนาญการ ศูนย์พึ่งได้ โรงพยาบาล{n}",
            "พยาบาล",
            False,
            "care",
            (3, 7),
            "พยาบาลวิชาชีพปฏิบัติการ",
        )
        health = (
            MemberRole.MEMBER,
            own["health"],
            f"สาธารณสุขอำเภอ{n}",
            "นักวิชาการสาธารณสุข",
            True,
            "civil",
            (3, 6),
            "นักวิชาการสาธารณสุขชำนาญการ",
        )
        social = (
            MemberRole.MEMBER,
            prov["social"],
            "นักสังคมสงเคราะห์ชำนาญการ พมจ.",
            "นักสังคมสงเคราะห์",
            True,
            "care",
            (2, 5),
            "นักพัฒนาสังคมปฏิบัติการ",
        )
        shelter = (
            MemberRole.MEMBER,
            prov["shelter"],
            "นักจิตวิทยา บ้านพักเด็กและครอบครัวจังหวัด",
            "นักจิตวิทยา",
            False,
            "care",
            (3, 6),
            "นักสังคมสงเคราะห์ปฏิบัติการ",
        )
        labour = (
            MemberRole.MEMBER,
            prov["labour"],
            "นักวิชาการแรงงาน (ผู้ตรวจแรงงาน)",
            "ผู้ตรวจแรงงาน",
            False,
            "civil",
            (2, 6),
            "นักวิชาการแรงงานปฏิบัติการ",
        )
        local = (
            MemberRole.MEMBER,
            own["local"],
            f"ปลัด{own['local'].name_th}",
            "ปลัดองค์กรปกครองส่วนท้องถิ่น",
            True,
            "civil",
            (3, 7),
            "นักพัฒนาชุมชน",
        )
        ngo = self.ngos[d % len(self.ngos)]
        ngo_seat = (
            MemberRole.MEMBER,
            ngo,
            f"ผู้ประสานงาน {ngo.name_th}",
            "นักพัฒนาชุมชน",
            False,
            "care",
            (3, 8),
            "เจ้าหน้าที่ภาคสนาม",
        )
        assistant = (
            MemberRole.ASSISTANT_SECRETARY,
            prov["social"],
            "นักพัฒนาสังคมปฏิบัติการ พมจ.",
            "นักพัฒนาสังคม",
            False,
            "care",
            (2, 4),
            "นักพัฒนาสังคม",
        )
        mdt_specs = [chief, police, nurse, health, social, shelter, labour, local, ngo_seat]
        if spec.border:
            mdt_specs.append(
                (
                    MemberRole.MEMBER,
                    prov["immigration"],
                    "สารวัตร ด่านตรวจคนเข้าเมือง",
                    "เจ้าหน้าที่ตรวจคนเข้าเมือง",
                    False,
                    "police",
                    (2, 4),
                    "รองสารวัตร",
                )
            )
        if "school" in own:
            mdt_specs.append(
                (
                    MemberRole.MEMBER,
                    own["school"],
                    f"ผู้อำนวยการ{own['school'].name_th}",
                    "ครู",
                    True,
                    "civil",
                    (4, 8),
                    "ครูแนะแนว",
                )
            )
        mdt_specs += [deputy, assistant]
        statement = (
            "ข้อมูลกรณีที่นำเสนอในที่ประชุมเป็นความลับ ผู้เข้าร่วมประชุมทุกคนรับทราบและจะไม่เปิดเผยแก่ผู้ไม่เกี่ยวข้อง"
            " ตามพระราชบัญญัติคุ้มครองเด็ก พ.ศ. 2546 และพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
        )
        area = self.district_areas[d]
        mdt_id = self.new_body(
            BodyKind.MDT,
            f"คณะทำงานสหสาขาวิชาชีพประจำอำเภอ{n}",
            label,
            f"{spec.name_en} District Multidisciplinary Team",
            Level.DISTRICT,
            area,
            spec.code,
            statement,
        )
        mdt = _BodyInfo(
            mdt_id, BodyKind.MDT, f"ห้องประชุมที่ว่าการอำเภอ{n}", d, self.make_seats(mdt_id, mdt_specs), spec.code
        )
        centre_id = self.new_body(
            BodyKind.OPERATION_CENTRE,
            f"ศูนย์ปฏิบัติการป้องกันและปราบปรามการค้ามนุษย์อำเภอ{n}",
            "ศปคม.อ.",
            f"{spec.name_en} District Anti-Trafficking Operation Centre",
            Level.DISTRICT,
            area,
            "",
            statement,
        )
        centre_specs = [chief, police, health, social, labour, local, deputy]
        centre = _BodyInfo(
            centre_id,
            BodyKind.OPERATION_CENTRE,
            f"ห้องประชุมที่ว่าการอำเภอ{n}",
            d,
            self.make_seats(centre_id, centre_specs),
        )
        sub_id, sub_name = self.subdistrict_areas[d][d % 3]
        child_specs = [
            (
                MemberRole.CHAIR,
                own["local"],
                f"นายก{own['local'].name_th}",
                "ผู้บริหารท้องถิ่น",
                True,
                "civil",
                (4, 4),
                "รองนายก",
            ),
            (
                MemberRole.MEMBER,
                own["district"],
                f"กำนันตำบล{sub_name}",
                "ผู้นำชุมชน",
                False,
                "civil",
                (5, 10),
                "ผู้ใหญ่บ้าน",
            ),
            (
                MemberRole.MEMBER,
                own.get("clinic", own["health"]),
                "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบล",
                "พยาบาล",
                True,
                "care",
                (3, 8),
                "พยาบาลวิชาชีพ",
            ),
            (
                MemberRole.MEMBER,
                own.get("school", own["district"]),
                "ครูแนะแนว",
                "ครู",
                False,
                "care",
                (3, 8),
                "ครู",
            ),
            (
                MemberRole.MEMBER,
                prov["social"],
                "นักพัฒนาสังคม พมจ.",
                "นักพัฒนาสังคม",
                False,
                "care",
                (2, 5),
                "นักพัฒนาสังคม",
            ),
            (
                MemberRole.SECRETARY,
                own["local"],
                f"หัวหน้าสำนักปลัด{own['local'].name_th}",
                "นักพัฒนาชุมชน",
                False,
                "care",
                (3, 7),
                "นักพัฒนาชุมชน",
            ),
        ]
        child_id = self.new_body(
            BodyKind.CHILD_PROTECTION,
            f"คณะกรรมการคุ้มครองเด็กระดับตำบล{sub_name}",
            "",
            f"{sub_name} Sub-district Child Protection Committee",
            Level.SUBDISTRICT,
            sub_id,
            "",
            statement,
        )
        child = _BodyInfo(
            child_id,
            BodyKind.CHILD_PROTECTION,
            f"ห้องประชุม{own['local'].name_th}",
            d,
            self.make_seats(child_id, child_specs),
        )
        for body in (mdt, centre, child):
            body.agencies_by_kind = self.kind_map(d)
        return mdt, centre, child

    def kind_map(self, d: int | None) -> dict[str, list[_AgencyInfo]]:
        prov = self.province_agencies
        own = self.district_agencies[d] if d is not None else {}
        return {
            "police": [own.get("police", prov["provincial_police"])],
            "hospital": [own.get("hospital", prov["hospital"])],
            "health": [a for a in (own.get("clinic"), own.get("health", prov["health"])) if a],
            "social": [prov["social"]],
            "shelter": [prov["shelter"]],
            "labour": [prov["labour"], prov["welfare"]],
            "employment": [prov["employment"]],
            "immigration": [prov["immigration"]],
            "district": [own.get("district", prov["governor"])],
            "local": [own.get("local", prov["pao"])],
            "school": [own.get("school", prov["education"])],
            "prosecutor": [prov["prosecutor"]],
            "ngo": self.ngos,
            "international": list(self.internationals.values()),
            "interpreter": [prov["interpreter"]],
        }

    def make_province_bodies(self) -> list[_BodyInfo]:
        prov, p, pe, area = self.province_agencies, words.PROVINCE_TH, words.PROVINCE_EN, self.province_area
        governor = (
            MemberRole.CHAIR,
            prov["governor"],
            f"ผู้ว่าราชการจังหวัด{p}",
            "ผู้บริหาร",
            True,
            "civil",
            (1, 2),
            "รองผู้ว่าราชการจังหวัด",
        )
        social_head = (
            MemberRole.SECRETARY,
            prov["social"],
            f"พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด{p}",
            "นักพัฒนาสังคม",
            True,
            "care",
            (2, 4),
            "หัวหน้ากลุ่มการพัฒนาสังคม",
        )

        def seat(key: str, position: str, profession: str, kind: str = "civil") -> tuple[Any, ...]:
            return (MemberRole.MEMBER, prov[key], position, profession, True, kind, (2, 5), "ผู้แทน")

        centre_specs = [
            governor,
            seat("provincial_police", f"ผู้บังคับการตำรวจภูธรจังหวัด{p}", "ตำรวจ", "police"),
            seat("immigration", "ผู้กำกับการด่านตรวจคนเข้าเมือง", "เจ้าหน้าที่ตรวจคนเข้าเมือง", "police"),
            seat("prosecutor", "อัยการจังหวัด", "อัยการ"),
            seat("labour", f"แรงงานจังหวัด{p}", "นักวิชาการแรงงาน"),
            seat("welfare", f"สวัสดิการและคุ้มครองแรงงานจังหวัด{p}", "ผู้ตรวจแรงงาน"),
            seat("employment", f"จัดหางานจังหวัด{p}", "นักวิชาการแรงงาน"),
            seat("health", f"นายแพทย์สาธารณสุขจังหวัด{p}", "แพทย์"),
            seat("education", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "ครู"),
            seat("justice", f"ยุติธรรมจังหวัด{p}", "นักวิชาการยุติธรรม"),
            seat("fisheries", f"ประมงจังหวัด{p}", "นักวิชาการประมง"),
            (
                MemberRole.MEMBER,
                self.internationals["iom"],
                "เจ้าหน้าที่โครงการ IOM",
                "นักสังคมสงเคราะห์",
                False,
                "care",
                (2, 4),
                "เจ้าหน้าที่โครงการ",
            ),
            (
                MemberRole.MEMBER,
                self.ngos[0],
                f"ผู้อำนวยการ{self.ngos[0].name_th}",
                "นักพัฒนาชุมชน",
                False,
                "care",
                (4, 10),
                "ผู้ประสานงาน",
            ),
            social_head,
        ]
        statement = (
            "ข้อมูลผู้เสียหายที่นำเสนอเป็นความลับตามพระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551"
            " ผู้เข้าร่วมประชุมทุกคนรับทราบและจะไม่เปิดเผยแก่ผู้ไม่เกี่ยวข้อง"
        )
        centre_id = self.new_body(
            BodyKind.SUBCOMMITTEE,
            f"คณะอนุกรรมการศูนย์ปฏิบัติการป้องกันและปราบปรามการค้ามนุษย์จังหวัด{p}",
            "ศปคม.จ.",
            f"{pe} Provincial Anti-Trafficking Operation Centre Subcommittee",
            Level.PROVINCE,
            area,
            words.PROVINCE_CODE,
            statement,
        )
        centre = _BodyInfo(
            centre_id,
            BodyKind.SUBCOMMITTEE,
            f"ห้องประชุมศาลากลางจังหวัด{p} ชั้น 2",
            None,
            self.make_seats(centre_id, centre_specs),
            words.PROVINCE_CODE,
        )
        child_specs = [
            governor,
            seat("shelter", f"ผู้ปกครองบ้านพักเด็กและครอบครัวจังหวัด{p}", "นักสังคมสงเคราะห์", "care"),
            seat("health", "นายแพทย์สาธารณสุขจังหวัด (ผู้แทน)", "แพทย์"),
            seat("education", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "ครู"),
            seat("provincial_police", "รองผู้บังคับการตำรวจภูธรจังหวัด", "ตำรวจ", "police"),
            seat("juvenile", "ผู้อำนวยการสถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัด", "นักจิตวิทยา", "care"),
            (
                MemberRole.MEMBER,
                prov["pao"],
                f"นายกองค์การบริหารส่วนจังหวัด{p}",
                "ผู้บริหารท้องถิ่น",
                True,
                "civil",
                (4, 4),
                "รองนายก",
            ),
            (
                MemberRole.MEMBER,
                self.internationals["unicef"],
                "เจ้าหน้าที่คุ้มครองเด็ก UNICEF",
                "นักสังคมสงเคราะห์",
                False,
                "care",
                (2, 4),
                "เจ้าหน้าที่โครงการ",
            ),
            social_head,
        ]
        child_id = self.new_body(
            BodyKind.CHILD_PROTECTION,
            f"คณะกรรมการคุ้มครองเด็กจังหวัด{p}",
            "",
            f"{pe} Provincial Child Protection Committee",
            Level.PROVINCE,
            area,
            "",
            statement,
        )
        child = _BodyInfo(
            child_id,
            BodyKind.CHILD_PROTECTION,
            f"ห้องประชุมศาลากลางจังหวัด{p} ชั้น 3",
            None,
            self.make_seats(child_id, child_specs),
        )
        cso_specs = [
            (
                MemberRole.CHAIR if i == 0 else MemberRole.SECRETARY if i == 1 else MemberRole.MEMBER,
                ngo,
                f"{'ประธานมูลนิธิ' if i == 0 else 'ผู้ประสานงาน'} {ngo.abbreviation}",
                "นักพัฒนาชุมชน",
                True,
                "care",
                (3, 8),
                "เจ้าหน้าที่ภาคสนาม",
            )
            for i, ngo in enumerate(self.ngos)
        ]
        cso_specs.append(cso_specs.pop(1))  # the secretary is listed last, as in Thai minutes
        cso_id = self.new_body(
            BodyKind.CSO_COMMITTEE,
            f"คณะกรรมการประสานงานภาคประชาสังคมจังหวัด{p}",
            "",
            f"{pe} Civil Society Coordination Committee",
            Level.PROVINCE,
            area,
            "",
            statement,
        )
        cso = _BodyInfo(
            cso_id,
            BodyKind.CSO_COMMITTEE,
            f"ห้องประชุม{self.ngos[0].name_th}",
            None,
            self.make_seats(cso_id, cso_specs),
        )
        for body in (centre, child, cso):
            body.agencies_by_kind = self.kind_map(None)
        return [centre, child, cso]

    # --- cases --------------------------------------------------------------------------------------------------

    def case_counts(self, d: int) -> list[tuple[int, int]]:
        """(calendar year, number of cases) for one district: the load grows over the years."""
        if self.scale == "small":
            return [(self.start.year, _SMALL_CASES // 12), (DEMO_END.year, _SMALL_CASES - _SMALL_CASES // 12)]
        total_weight = sum(words.DISTRICTS[i].weight for i in range(len(words.DISTRICTS)))
        share = _PROVINCE_CASES * words.DISTRICTS[d].weight / total_weight
        years = list(range(self.start.year, DEMO_END.year + 1))
        growth = [1 + 0.12 * i for i in range(len(years))]
        # The first and last calendar years are partial; weigh them by the days they hold.
        fractions = [
            ((min(date(y, 12, 31), DEMO_END) - max(date(y, 1, 1), self.start)).days + 1) / 365 for y in years
        ]
        weights = [g * f for g, f in zip(growth, fractions, strict=True)]
        return [(y, round(share * w / sum(weights)) + 1) for y, w in zip(years, weights, strict=True)]

    def make_cases(self, d: int) -> list[_Case]:
        spec, rng = words.DISTRICTS[d], self.rng
        types = list(_CASE_TYPE_WEIGHTS)
        weights = [
            _CASE_TYPE_WEIGHTS[t] * (2.2 if spec.border and t.value.startswith("trafficking") else 1)
            for t in types
        ]
        cases: list[_Case] = []
        for year, count in self.case_counts(d):
            first = max(date(year, 1, 1), self.start)
            last = min(date(year, 12, 31), DEMO_END)
            span = (last - first).days
            days = sorted(first + timedelta(days=rng.randint(0, span)) for _ in range(count))
            for running, intake in enumerate(days, 1):
                case_type = rng.choices(types, weights)[0]
                is_child = case_type in _CHILD_TYPES or rng.random() < _CHILD_SHARE.get(case_type, 0.15)
                age = rng.randint(3, 17) if is_child else rng.randint(18, 62)
                female_share = 0.35 if case_type == CaseType.TRAFFICKING_LABOUR else 0.8
                sex = Sex.FEMALE if rng.random() < female_share else Sex.MALE
                trafficking = case_type.value.startswith("trafficking")
                foreign = trafficking and rng.random() < (0.7 if spec.border else 0.4)
                nationality = rng.choice(words.NATIONALITIES[3:]) if foreign else "ไทย"
                situation = rng.choice(words.CASE_SITUATIONS[case_type.value]).format(
                    sex="หญิง" if sex == Sex.FEMALE else "ชาย",
                    age=age,
                    nat=nationality,
                    sector=rng.choice(words.SECTORS),
                    rel=rng.choice(words.RELATIONSHIPS),
                )
                case = _Case(
                    id=self.next_id("case"),
                    code=make_case_code(spec.code, to_be(year), running),
                    case_type=case_type,
                    is_child=is_child,
                    age=age,
                    sex=sex,
                    nationality=nationality,
                    intake=intake,
                    urgent=rng.random() < (0.12 if is_child or trafficking else 0.04),
                    escalate=rng.random() < (0.4 if trafficking else 0.04),
                    district=d,
                    summary=situation,
                    measure="prosecution" if trafficking and rng.random() < 0.4 else "protection",
                )
                cases.append(case)
        return cases

    def finish_cases(self, cases: list[_Case]) -> None:
        """Case rows as they stand on DEMO_END, with consent and restricted identity records for a share."""
        rng = self.rng
        channels = list(IntakeChannel)
        channel_weights = (12, 14, 10, 18, 14, 12, 8, 12)
        for case in cases:
            age_days = (DEMO_END - case.intake).days
            if case.first_discussed is None:
                stage = CaseStage.INTAKE
            elif age_days > 365 or rng.random() < age_days / 500:
                stage = CaseStage.CLOSED
            else:
                stage = _STAGES_BY_AGE[min(age_days // 60, len(_STAGES_BY_AGE) - 1)][rng.randrange(2)]
            if case.escalate and case.first_discussed is not None:
                outcome = CaseOutcome.ESCALATED
            elif stage == CaseStage.CLOSED:
                outcome = CaseOutcome.RESOLVED_DISTRICT
            else:
                outcome = CaseOutcome.OPEN
            self.add(
                CaseFile,
                {
                    "id": case.id,
                    "code": case.code,
                    "body_id": self.mdt_ids[case.district],
                    "case_type": case.case_type.value,
                    "is_child": case.is_child,
                    "child_status": (
                        ChildStatus.AT_RISK.value
                        if case.case_type == CaseType.NEGLECT and rng.random() < 0.6
                        else ChildStatus.VICTIM.value
                    )
                    if case.is_child
                    else None,
                    "stage": stage.value,
                    "outcome": outcome.value,
                    "measure": case.measure,
                    "intake_channel": rng.choices(channels, channel_weights)[0].value,
                    "intake_date": case.intake,
                    "summary": case.summary,
                },
            )
            self.consent_and_identity(case)

    def consent_and_identity(self, case: _Case) -> None:
        rng = self.rng
        draw = rng.random()
        if draw < 0.015 and case.is_child:
            self.add(
                CaseConsent,
                {
                    "id": self.next_id("consent"),
                    "case_id": case.id,
                    "given_by": "-",
                    "recorded_by": "ฝ่ายเลขานุการ",
                    "given_on": case.intake,
                    "scope": "แบ่งปันข้อมูลกับหน่วยงานในทีม",
                    "withdrawn_on": None,
                    "without_consent_reason": "เด็กอยู่ในภาวะอันตรายร้ายแรงเฉพาะหน้า จำเป็นต้องส่งต่อข้อมูลทันที",
                },
            )
        elif draw < 0.45:
            withdrawn = case.intake + timedelta(days=rng.randint(30, 400)) if rng.random() < 0.05 else None
            if withdrawn is not None and withdrawn > DEMO_END:
                withdrawn = None
            self.add(
                CaseConsent,
                {
                    "id": self.next_id("consent"),
                    "case_id": case.id,
                    "given_by": rng.choice(("มารดา (ผู้ปกครอง)", "ผู้ปกครองตามกฎหมาย"))
                    if case.is_child
                    else "ผู้เสียหาย",
                    "recorded_by": "นักสังคมสงเคราะห์ พมจ.",
                    "given_on": case.intake + timedelta(days=rng.randint(0, 5)),
                    "scope": "เปิดเผยข้อมูลแก่หน่วยงานในทีมสหวิชาชีพเพื่อการคุ้มครองและช่วยเหลือเท่านั้น",
                    "withdrawn_on": withdrawn,
                    "without_consent_reason": "",
                },
            )
            if withdrawn is not None or rng.random() < 0.1:
                return
        else:
            return
        foreign = case.nationality != "ไทย"
        if foreign:
            name = f"{rng.choice(words.MIGRANT_FIRST)} {rng.choice(words.MIGRANT_LAST)}"
            id_status = rng.choice(
                (IdStatus.PINK_CARD, IdStatus.FOREIGN_PASSPORT, IdStatus.STATELESS, IdStatus.UNKNOWN)
            )
        else:
            first = words.FEMALE_FIRST if case.sex == Sex.FEMALE else words.MALE_FIRST
            title = (
                ("เด็กหญิง" if case.sex == Sex.FEMALE else "เด็กชาย")
                if case.is_child and case.age < 15
                else ("นางสาว" if case.sex == Sex.FEMALE else "นาย")
            )
            name = f"{title}{rng.choice(first)} {rng.choice(words.SURNAME_HEADS)}{rng.choice(words.SURNAME_TAILS)}"
            id_status = IdStatus.THAI_ID if rng.random() < 0.92 else IdStatus.STATELESS
        _sub_id, sub_name = rng.choice(self.subdistrict_areas[case.district])
        birth = case.intake - timedelta(days=case.age * 365 + rng.randint(0, 364))
        self.add(
            CaseIdentity,
            {
                "case_id": case.id,
                "full_name": name,
                "date_of_birth": birth,
                "sex": case.sex.value,
                # 555 exchange codes and a wrong ID check digit: numbers that cannot belong to anyone.
                "phone": f"08{rng.randint(0, 9)}-555-{rng.randint(0, 9999):04d}"
                if rng.random() < 0.8
                else "",
                "address": f"บ้านเลขที่ {rng.randint(1, 250)} หมู่ {rng.randint(1, 14)} ตำบล{sub_name} "
                f"อำเภอ{words.DISTRICTS[case.district].name_th} จังหวัด{words.PROVINCE_TH}",
                "nationality": case.nationality,
                "id_status": id_status.value,
                "id_number": _fake_id_number(rng) if id_status == IdStatus.THAI_ID else "",
                "language": words.LANGUAGES[case.nationality],
                "interpreter_needed": foreign,
            },
        )

    # --- meeting plans ------------------------------------------------------------------------------------------

    def meeting_day(self, year: int, month: int, earliest: int = 8, latest: int = 24) -> date:
        d = date(year, month, self.rng.randint(earliest, latest))
        while d.weekday() >= 5 or d in self.holidays:
            d += timedelta(days=1)
        return d

    def months(self, step: int, offset: int = 0) -> Iterable[tuple[int, int]]:
        year, month = self.start.year, self.start.month
        index = 0
        while (year, month) <= (DEMO_END.year, DEMO_END.month):
            if index % step == offset:
                yield year, month
            index += 1
            month += 1
            if month == 13:
                year, month = year + 1, 1

    def in_span(self, day: date) -> bool:
        return self.start <= day <= DEMO_END

    def plan_periodic(
        self, body: _BodyInfo, months: int, extra: MeetingKind | None = None
    ) -> list[_PlannedMeeting]:
        plan = [
            _PlannedMeeting(day, MeetingKind.REGULAR)
            for y, m in self.months(months, body.id % months)
            if self.in_span(day := self.meeting_day(y, m))
        ]
        if extra is not None:
            plan += [
                _PlannedMeeting(day, extra)
                for y, m in self.months(12, (body.id * 5) % 12)
                if self.in_span(day := self.meeting_day(y, m, 25, 28))
            ]
        return plan

    def plan_mdt(self, cases: list[_Case]) -> list[_PlannedMeeting]:
        rng = self.rng
        regular = [
            _PlannedMeeting(day, MeetingKind.REGULAR)
            for y, m in self.months(1)
            if self.in_span(day := self.meeting_day(y, m))
        ]
        regular_days = [m.day for m in regular]
        urgent: list[_PlannedMeeting] = []
        for case in cases:
            if case.urgent:
                day = add_working_days(case.intake, rng.randint(0, 2), self.holidays)
                if day > DEMO_END:
                    continue
                if urgent and (day - urgent[-1].day).days <= 2:
                    urgent[-1].cases.append(case)
                else:
                    urgent.append(_PlannedMeeting(day, MeetingKind.URGENT_CASE, [case]))
                case.first_discussed = urgent[-1].day
            else:
                index = bisect.bisect_left(regular_days, case.intake + timedelta(days=3))
                if index < len(regular):
                    regular[index].cases.append(case)
                    case.first_discussed = regular[index].day
        for case in cases:
            if case.first_discussed is None:
                continue
            if rng.random() < 0.22:  # seen again at a later regular meeting
                index = bisect.bisect_right(
                    regular_days, case.first_discussed + timedelta(days=rng.randint(25, 120))
                )
                if index < len(regular):
                    regular[index].follow_ups.append(case)
            if case.escalate:
                self.escalated.append((case, case.first_discussed))
        reviews = [
            _PlannedMeeting(day, MeetingKind.CASE_REVIEW)
            for y, m in self.months(6, 2)
            if self.in_span(day := self.meeting_day(y, m, 25, 28))
        ]
        discussed = sorted(
            ((c.first_discussed, c) for c in cases if c.first_discussed is not None), key=lambda pair: pair[0]
        )
        discussed_days = [day for day, _case in discussed]
        for review in reviews:
            low = bisect.bisect_left(discussed_days, review.day - timedelta(days=150))
            high = bisect.bisect_left(discussed_days, review.day - timedelta(days=20))
            pool = [case for _day, case in discussed[low:high]]
            review.follow_ups = rng.sample(pool, min(len(pool), rng.randint(3, 6)))
        lessons = [
            _PlannedMeeting(day, MeetingKind.LESSONS_LEARNED)
            for y, m in self.months(12, 10)
            if self.in_span(day := self.meeting_day(y, m, 25, 28))
        ]
        return regular + urgent + reviews + lessons

    def plan_province_centre(self, body: _BodyInfo) -> list[_PlannedMeeting]:
        regular = [
            _PlannedMeeting(day, MeetingKind.REGULAR)
            for y, m in self.months(1)
            if self.in_span(day := self.meeting_day(y, m, 12, 22))
        ]
        days = [m.day for m in regular]
        for case, discussed in self.escalated:
            index = bisect.bisect_left(days, discussed + timedelta(days=7))
            if index < len(regular):
                regular[index].cases.append(case)
        planning = [
            _PlannedMeeting(day, MeetingKind.PLANNING)
            for y, m in self.months(3, 1)
            if self.in_span(day := self.meeting_day(y, m, 25, 28))
        ]
        return regular + planning

    # --- meetings -----------------------------------------------------------------------------------------------

    def run_body(self, body: _BodyInfo, plan: list[_PlannedMeeting]) -> None:
        if body.kind == BodyKind.MDT and body.district is not None:
            self.mdt_ids[body.district] = body.id
        plan.sort(key=lambda m: (m.day, _KIND_ORDER[m.kind]))
        numbers: dict[int, int] = defaultdict(int)
        labels: list[str] = []
        for meeting in plan:
            meeting.id = self.next_id("meeting")
        regular = [m for m in plan if m.kind == MeetingKind.REGULAR]
        regular_days = [m.day for m in regular]
        reports: dict[int, list[str]] = defaultdict(list)  # meeting id -> statuses reported there
        for meeting in plan:
            year_be = to_be(meeting.day.year)
            numbers[year_be] += 1
            label = meeting_number_label(numbers[year_be], year_be)
            self.write_meeting(
                body,
                meeting,
                numbers[year_be],
                year_be,
                labels[-1] if labels else "",
                regular,
                regular_days,
                reports,
            )
            labels.append(label)

    def write_meeting(
        self,
        body: _BodyInfo,
        meeting: _PlannedMeeting,
        number: int,
        year_be: int,
        previous_label: str,
        regular: list[_PlannedMeeting],
        regular_days: list[date],
        reports: dict[int, list[str]],
    ) -> None:
        rng = self.rng
        start = rng.choice((time(9, 0), time(9, 30), time(10, 0), time(13, 30)))
        duration = rng.randint(60, 210) if meeting.kind != MeetingKind.URGENT_CASE else rng.randint(45, 120)
        end_minutes = start.hour * 60 + start.minute + duration
        recent = (DEMO_END - meeting.day).days < 35
        online = meeting.day >= _ONLINE_SINCE and rng.random() < 0.25
        self.add(
            Meeting,
            {
                "id": meeting.id,
                "body_id": body.id,
                "number": number,
                "year_be": year_be,
                "kind": meeting.kind.value,
                "date": meeting.day,
                "start_time": start,
                "end_time": time(end_minutes // 60, end_minutes % 60),
                "venue": body.venue + (" และผ่านสื่ออิเล็กทรอนิกส์" if online else ""),
                "recording_level": (
                    RecordingLevel.RESOLUTION_ONLY
                    if rng.random() < 0.1
                    else RecordingLevel.REASONS_AND_RESOLUTION
                ).value,
                "status": (MeetingStatus.HELD if recent else MeetingStatus.APPROVED).value,
            },
        )
        holders = self.write_attendance(body, meeting)
        items = _ItemWriter(self, body, meeting, holders, regular, regular_days, reports)
        if meeting.kind == MeetingKind.REGULAR:
            items.regular(previous_label, online)
        elif meeting.kind == MeetingKind.URGENT_CASE:
            items.urgent()
        elif meeting.kind == MeetingKind.CASE_REVIEW:
            items.review()
        elif meeting.kind == MeetingKind.LESSONS_LEARNED:
            items.lessons()
        else:
            items.planning()

    def write_attendance(self, body: _BodyInfo, meeting: _PlannedMeeting) -> dict[int, _Holder]:
        """Attendance as it was on the day; returns the seat holders by agency id, for assigning actions."""
        rng = self.rng
        ack = meeting.day >= _ACK_SINCE
        holders: dict[int, _Holder] = {}
        order = 0

        def row(category: AttendanceCategory, **values: Any) -> None:
            nonlocal order
            order += 1
            self.add(
                Attendance,
                {
                    "id": self.next_id("attendance"),
                    "meeting_id": meeting.id,
                    "member_id": None,
                    "category": category.value,
                    "agency_id": None,
                    "stands_in_for_id": None,
                    "stands_in_for_text": "",
                    "reason": "",
                    "confidentiality_ack": ack and category != AttendanceCategory.ABSENT,
                    "sort_order": order,
                    **values,
                },
            )

        absent: list[tuple[_Seat, _Holder]] = []
        for seat in body.seats:
            holder = seat.holder_on(meeting.day)
            holders.setdefault(seat.agency.id, holder)
            draw = rng.random()
            essential = seat.role in (MemberRole.CHAIR, MemberRole.SECRETARY)
            if essential or draw < 0.76:
                row(
                    AttendanceCategory.PRESENT,
                    member_id=holder.member_id,
                    full_name=holder.full_name,
                    position=seat.position,
                    agency_id=seat.agency.id,
                )
            elif draw < 0.87:
                row(
                    AttendanceCategory.STAND_IN,
                    full_name=self.person_name("civil"),
                    position=f"{seat.stand_in_position} {seat.agency.abbreviation}",
                    agency_id=seat.agency.id,
                    stands_in_for_id=holder.member_id,
                    stands_in_for_text=seat.position,
                )
            else:
                absent.append((seat, holder))
        for seat, holder in absent:
            row(
                AttendanceCategory.ABSENT,
                member_id=holder.member_id,
                full_name=holder.full_name,
                position=seat.position,
                agency_id=seat.agency.id,
                reason=rng.choice(words.ABSENCE_REASONS),
            )
        reporters = [c for c in meeting.cases if c.urgent][:1]
        for case in reporters:
            kind = "school" if case.is_child else "district"
            agency = body.agencies_by_kind[kind][0]
            row(
                AttendanceCategory.ATTENDEE,
                full_name=self.person_name("care"),
                position=("ครูประจำชั้น " if kind == "school" else "ผู้ใหญ่บ้าน ") + agency.abbreviation,
                agency_id=agency.id,
            )
        if rng.random() < 0.08:
            international = rng.choice(list(self.internationals.values()))
            row(
                AttendanceCategory.OBSERVER,
                full_name=self.person_name("care"),
                position=f"เจ้าหน้าที่โครงการ {international.abbreviation}",
                agency_id=international.id,
            )
        foreign = {c.nationality for c in meeting.cases + meeting.follow_ups if c.nationality != "ไทย"}
        interpreter = self.province_agencies["interpreter"]
        for nationality in sorted(foreign):
            row(
                AttendanceCategory.INTERPRETER,
                full_name=f"{rng.choice(words.MIGRANT_FIRST)} {rng.choice(words.MIGRANT_LAST)}",
                position=f"ล่ามภาษา{words.LANGUAGES[nationality]}",
                agency_id=interpreter.id,
            )
        return holders

    def contact_person(self, agency: _AgencyInfo, day: date) -> str:
        for full_name, _from, term_to in self.post_holders((agency.id, "contact"), "care", (2, 6)):
            if term_to is None or day <= term_to:
                return full_name
        return ""


class _ItemWriter:
    """The agenda items, case links and actions of one meeting, and the later progress of those actions."""

    def __init__(
        self,
        builder: _Builder,
        body: _BodyInfo,
        meeting: _PlannedMeeting,
        holders: dict[int, _Holder],
        regular: list[_PlannedMeeting],
        regular_days: list[date],
        reports: dict[int, list[str]],
    ) -> None:
        self.b = builder
        self.rng = builder.rng
        self.body = body
        self.meeting = meeting
        self.holders = holders
        self.regular_meetings = regular
        self.regular_days = regular_days
        self.reports = reports
        self.order = 0

    def item(
        self,
        number: str,
        kind: AgendaKind,
        title: str,
        discussion: str,
        resolution: str,
        parent: int | None = None,
        measure: str | None = None,
    ) -> int:
        self.order += 1
        item_id = self.b.next_id("agenda_item")
        self.b.add(
            AgendaItem,
            {
                "id": item_id,
                "meeting_id": self.meeting.id,
                "parent_id": parent,
                "number": number,
                "title": title,
                "kind": kind.value,
                "sort_order": self.order,
                "discussion": discussion,
                "resolution": resolution,
                "measure": measure,
            },
        )
        return item_id

    # --- agendas ------------------------------------------------------------------------------------------------

    def regular(self, previous_label: str, online: bool) -> None:
        rng, day = self.rng, self.meeting.day
        template = {t.kind: t.title for t in STANDARD_AGENDA}
        announcements = rng.sample(words.CHAIR_ANNOUNCEMENTS, rng.randint(1, 2))
        if online:
            announcements.append(words.ONLINE_NOTE)
        self.item(
            "1",
            AgendaKind.ANNOUNCEMENTS,
            template[AgendaKind.ANNOUNCEMENTS],
            " ".join(announcements),
            "รับทราบ",
        )
        if previous_label:
            corrected = rng.random() < 0.12
            self.item(
                "2",
                AgendaKind.APPROVE_MINUTES,
                template[AgendaKind.APPROVE_MINUTES],
                f"ฝ่ายเลขานุการได้จัดทำรายงานการประชุมครั้งที่ {previous_label} และส่งให้ผู้เข้าประชุมพิจารณาล่วงหน้าแล้ว",
                f"รับรองรายงานการประชุมครั้งที่ {previous_label}"
                + (" โดยแก้ไขชื่อผู้เข้าประชุมให้ถูกต้อง" if corrected else " โดยไม่มีการแก้ไข"),
            )
        else:
            self.item("2", AgendaKind.APPROVE_MINUTES, template[AgendaKind.APPROVE_MINUTES], "ไม่มี", "")
        reported = self.reports.pop(self.meeting.id, [])
        if reported:
            done = sum(1 for s in reported if s == ActionStatus.DONE.value)
            failed = sum(
                1
                for s in reported
                if s in (ActionStatus.CIRCUMSTANCES_CHANGED.value, ActionStatus.NOT_DONE_BY_AGENCY.value)
            )
            discussion = (
                f"ฝ่ายเลขานุการรายงานความคืบหน้าการดำเนินการตามมติการประชุมครั้งก่อน จำนวน {len(reported)} เรื่อง "
                f"ดำเนินการแล้วเสร็จ {done} เรื่อง ดำเนินการไม่ได้ {failed} เรื่อง "
                f"อยู่ระหว่างดำเนินการ {len(reported) - done - failed} เรื่อง รายละเอียดตามรายการติดตาม"
            )
            resolution = "รับทราบ และให้หน่วยงานที่ยังดำเนินการไม่แล้วเสร็จรายงานความคืบหน้าในการประชุมครั้งต่อไป"
        else:
            discussion, resolution = "ไม่มีเรื่องค้างดำเนินการจากการประชุมครั้งก่อน", "รับทราบ"
        self.item(
            "3", AgendaKind.MATTERS_ARISING, template[AgendaKind.MATTERS_ARISING], discussion, resolution
        )
        cases = self.meeting.cases
        follow_ups = self.meeting.follow_ups
        topics = 0 if self.body.kind == BodyKind.MDT and rng.random() < 0.8 else rng.randint(1, 2)
        total = len(cases) + len(follow_ups) + topics
        parent = self.item(
            "4",
            AgendaKind.FOR_CONSIDERATION,
            template[AgendaKind.FOR_CONSIDERATION],
            f"ฝ่ายเลขานุการเสนอเรื่องเพื่อพิจารณา จำนวน {total} เรื่อง ดังนี้" if total else "ไม่มี",
            "",
        )
        sub = 0
        # Children's cases first, so that children's agencies can leave (good practice, DOMAIN.md).
        for case in sorted(cases, key=lambda c: (not c.is_child, c.code)):
            sub += 1
            self.case_item(f"4.{sub}", case, parent, first=True)
        for case in sorted(follow_ups, key=lambda c: (not c.is_child, c.code)):
            sub += 1
            self.case_item(f"4.{sub}", case, parent, first=False)
        for _ in range(topics):
            sub += 1
            self.topic_item(f"4.{sub}", parent)
        next_meeting = day + timedelta(days=rng.randint(25, 35))
        if rng.random() < 0.6:
            self.item(
                "5",
                AgendaKind.OTHER,
                template[AgendaKind.OTHER],
                f"ฝ่ายเลขานุการแจ้งกำหนดการประชุมครั้งต่อไปในวันที่ {format_date(next_meeting, 'long')}",
                "รับทราบ",
            )
        else:
            self.item("5", AgendaKind.OTHER, template[AgendaKind.OTHER], "ไม่มี", "")

    def urgent(self) -> None:
        cases = self.meeting.cases
        codes = ", ".join(c.code for c in cases)
        self.item(
            "1",
            AgendaKind.ANNOUNCEMENTS,
            "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            f"ประธานแจ้งเหตุผลการเรียกประชุมเร่งด่วน เนื่องจากได้รับแจ้งกรณี {codes} "
            "ซึ่งต้องให้ความคุ้มครองโดยเร็ว และขอให้ผู้เข้าประชุมรับทราบข้อตกลงการรักษาความลับ",
            "รับทราบ",
        )
        parent = self.item("2", AgendaKind.FOR_CONSIDERATION, "เรื่องเสนอเพื่อพิจารณา", "", "")
        for index, case in enumerate(cases, 1):
            self.case_item(f"2.{index}", case, parent, first=True)
        self.item("3", AgendaKind.OTHER, "เรื่องอื่น ๆ", "ไม่มี", "")

    def review(self) -> None:
        self.item(
            "1",
            AgendaKind.ANNOUNCEMENTS,
            "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "ประธานแจ้งวัตถุประสงค์ของการประชุมทบทวนกรณีที่อยู่ระหว่างการช่วยเหลือในรอบหกเดือน",
            "รับทราบ",
        )
        parent = self.item(
            "2",
            AgendaKind.FOR_CONSIDERATION,
            "ทบทวนความคืบหน้ากรณีที่อยู่ระหว่างการช่วยเหลือ",
            f"ฝ่ายเลขานุการนำเสนอกรณีเพื่อทบทวน จำนวน {len(self.meeting.follow_ups)} กรณี",
            "",
        )
        for index, case in enumerate(self.meeting.follow_ups, 1):
            self.case_item(f"2.{index}", case, parent, first=False)
        self.item("3", AgendaKind.OTHER, "เรื่องอื่น ๆ", "ไม่มี", "")

    def lessons(self) -> None:
        fiscal = to_be(self.meeting.day.year) + (1 if self.meeting.day.month >= 10 else 0)
        self.item(
            "1",
            AgendaKind.ANNOUNCEMENTS,
            "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "ประธานแจ้งวัตถุประสงค์ของการถอดบทเรียนการดำเนินงานในรอบปี",
            "รับทราบ",
        )
        parent = self.item(
            "2",
            AgendaKind.FOR_CONSIDERATION,
            f"ถอดบทเรียนการดำเนินงานปีงบประมาณ {fiscal - 1}",
            "ที่ประชุมร่วมกันสรุปจุดแข็ง ได้แก่ การส่งต่อกรณีที่รวดเร็วและการประสานงานผ่านกลุ่มสื่อสารของทีม "
            "และจุดที่ต้องพัฒนา ได้แก่ การติดตามผลหลังส่งกลับภูมิลำเนาและการส่งมอบงานเมื่อมีการโยกย้ายเจ้าหน้าที่",
            "เห็นชอบข้อสรุปการถอดบทเรียน และมอบหมายให้ฝ่ายเลขานุการจัดทำแนวปฏิบัติการส่งมอบงาน",
        )
        self.topic_actions(parent, 1, "policy")
        self.item("3", AgendaKind.OTHER, "เรื่องอื่น ๆ", "ไม่มี", "")

    def planning(self) -> None:
        quarter = (self.meeting.day.month - 1) // 3 + 1
        self.item(
            "1",
            AgendaKind.ANNOUNCEMENTS,
            "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            self.rng.choice(words.CHAIR_ANNOUNCEMENTS),
            "รับทราบ",
        )
        self.item(
            "2",
            AgendaKind.FOR_INFORMATION,
            f"ผลการดำเนินงานไตรมาสที่ {quarter}",
            "ฝ่ายเลขานุการสรุปผลการดำเนินงานตามมาตรการ 5 ด้าน ได้แก่ นโยบาย ป้องกัน คุ้มครองช่วยเหลือ "
            "ดำเนินคดี และความร่วมมือ",
            "รับทราบ",
        )
        parent = self.item(
            "3",
            AgendaKind.FOR_CONSIDERATION,
            "แผนการดำเนินงานไตรมาสถัดไป",
            "ฝ่ายเลขานุการเสนอร่างแผนการดำเนินงานเพื่อพิจารณา",
            "เห็นชอบแผนการดำเนินงานตามที่เสนอ",
        )
        self.topic_actions(parent, self.rng.randint(2, 4), None)
        self.item("4", AgendaKind.OTHER, "เรื่องอื่น ๆ", "ไม่มี", "")

    # --- sub-items and actions ------------------------------------------------------------------------------------

    def case_item(self, number: str, case: _Case, parent: int, first: bool) -> None:
        rng = self.rng
        kinds = words.CASE_AGENCY_KINDS[case.case_type.value]
        chosen = list(kinds[:2]) + rng.sample(kinds[2:], min(len(kinds) - 2, rng.randint(0, 3)))
        if case.nationality == "ไทย" and "interpreter" in chosen:
            chosen.remove("interpreter")
        if not first:
            chosen = chosen[: rng.randint(1, 2)]
        agencies = [rng.choice(self.body.agencies_by_kind[kind]) for kind in chosen]
        escalated_here = self.body.kind == BodyKind.SUBCOMMITTEE
        if escalated_here:
            title = f"กรณี {case.code} ส่งต่อจากอำเภอ{words.DISTRICTS[case.district].name_th}"
        elif first:
            title = f"กรณี {case.code} ({case.case_type.th})"
        else:
            title = f"ติดตามกรณี {case.code} ({case.case_type.th})"
        reports = " ".join(
            rng.choice(words.CASE_DISCUSSION_REPORTS).format(
                agency=a.abbreviation, risk=rng.choice(words.RISK_WORDS)
            )
            for a in agencies[:2]
        )
        discussion = f"{case.summary} {reports}" if first else f"ผู้แทนหน่วยงานรายงานความคืบหน้า {reports}"
        assigned = " ".join(dict.fromkeys(a.abbreviation for a in agencies))
        if escalated_here:
            resolution = f"รับกรณีไว้ดำเนินการในระดับจังหวัด และมอบหมาย {assigned} ดำเนินการตามหน้าที่"
        elif case.escalate and first:
            resolution = f"เห็นชอบให้ส่งต่อกรณีไปยังศูนย์ปฏิบัติการฯ จังหวัด และมอบหมาย {assigned} ดำเนินการช่วยเหลือเบื้องต้น"
        else:
            resolution = f"เห็นชอบแผนการช่วยเหลือ โดยมอบหมาย {assigned} ดำเนินการ และรายงานผลในการประชุมครั้งต่อไป"
        item_id = self.item(number, AgendaKind.CASE, title, discussion, resolution, parent, case.measure)
        self.b.add(AgendaItemCase, {"agenda_item_id": item_id, "case_id": case.id})
        language = words.LANGUAGES[case.nationality]
        for kind, agency in zip(chosen, agencies, strict=True):
            task, measure = rng.choice(words.AGENCY_TASKS[kind])
            self.action(item_id, agency, f"{task.format(lang=language)} (กรณี {case.code})", measure, case.id)

    def topic_item(self, number: str, parent: int) -> None:
        rng = self.rng
        fiscal = to_be(self.meeting.day.year) + (1 if self.meeting.day.month >= 10 else 0)
        title = rng.choice(words.PLAN_TOPICS).format(fy=fiscal, q=(self.meeting.day.month - 1) // 3 + 1)
        item_id = self.item(
            number,
            AgendaKind.SUB_ITEM,
            title,
            f"ฝ่ายเลขานุการเสนอเรื่อง{title} ที่ประชุมแลกเปลี่ยนความเห็นและให้ข้อเสนอแนะเพิ่มเติม",
            "เห็นชอบตามที่ฝ่ายเลขานุการเสนอ",
            parent,
        )
        self.topic_actions(item_id, rng.randint(1, 3), None)

    def topic_actions(self, item_id: int, count: int, measure: str | None) -> None:
        members = [seat.agency for seat in self.body.seats]
        for task, task_measure in self.rng.sample(words.PLAN_TASKS, count):
            self.action(item_id, self.rng.choice(members), task, measure or task_measure, None)

    def action(self, item_id: int, agency: _AgencyInfo, task: str, measure: str, case_id: int | None) -> None:
        b, rng, day = self.b, self.rng, self.meeting.day
        holder = self.holders.get(agency.id)
        action_id = b.next_id("action")
        due = add_working_days(day, rng.choice((5, 10, 10, 15, 20, 30)), b.holidays)
        later_index = bisect.bisect_right(self.regular_days, day)
        later = self.regular_meetings[later_index:]
        draw = rng.random()
        if draw < 0.83:
            final = ActionStatus.DONE
        elif draw < 0.92:
            final = ActionStatus.CIRCUMSTANCES_CHANGED
        elif draw < 0.98 or (DEMO_END - day).days > 730:
            final = ActionStatus.NOT_DONE_BY_AGENCY
        else:
            final = None  # stuck: still open on DEMO_END, reported at every meeting since
        steps = rng.choices((1, 2, 3, 4, 5), (50, 28, 14, 5, 3))[0]
        status, closed_on, reason = ActionStatus.OPEN, None, ""
        reported = later[:steps] if final is not None and len(later) >= steps else later
        for position, meeting in enumerate(reported):
            closing = final is not None and position == steps - 1
            status = final if closing and final is not None else ActionStatus.IN_PROGRESS
            note = rng.choice(words.PROGRESS_NOTES[status.value])
            b.add(
                ActionProgress,
                {
                    "id": b.next_id("progress"),
                    "action_id": action_id,
                    "meeting_id": meeting.id,
                    "recorded_on": meeting.day,
                    "note": note,
                    "status": status.value,
                },
            )
            self.reports[meeting.id].append(status.value)
            if closing:
                closed_on = meeting.day
                reason = note if status != ActionStatus.DONE else ""
        b.add(
            ActionPoint,
            {
                "id": action_id,
                "meeting_id": self.meeting.id,
                "agenda_item_id": item_id,
                "body_id": self.body.id,
                "case_id": case_id,
                "agency_id": agency.id,
                "responsible_member_id": holder.member_id if holder else None,
                "responsible_person": holder.full_name if holder else b.contact_person(agency, day),
                "task": task,
                "due_date": due,
                "measure": measure,
                "resources": "",
                "status": status.value,
                "status_reason": reason,
                "closed_on": closed_on,
            },
        )


def _fake_id_number(rng: random.Random) -> str:
    """A 13-digit Thai ID whose check digit is deliberately wrong, so it cannot be anyone's."""
    digits = [rng.randint(1, 8)] + [rng.randint(0, 9) for _ in range(11)]
    check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    digits.append((check + 1 + rng.randint(0, 8)) % 10)
    text_digits = "".join(map(str, digits))
    return f"{text_digits[0]}-{text_digits[1:5]}-{text_digits[5:10]}-{text_digits[10:12]}-{text_digits[12]}"


_KIND_ORDER = {
    MeetingKind.URGENT_CASE: 0,
    MeetingKind.REGULAR: 1,
    MeetingKind.CASE_REVIEW: 2,
    MeetingKind.PLANNING: 3,
    MeetingKind.LESSONS_LEARNED: 4,
}

_CASE_TYPE_WEIGHTS: dict[CaseType, float] = {
    CaseType.DOMESTIC_VIOLENCE: 26,
    CaseType.CHILD_SEXUAL_ABUSE: 11,
    CaseType.SEXUAL_VIOLENCE: 9,
    CaseType.NEGLECT: 12,
    CaseType.CHILD_EXPLOITATION: 5,
    CaseType.TRAFFICKING_LABOUR: 8,
    CaseType.TRAFFICKING_SEXUAL: 5,
    CaseType.TRAFFICKING_BEGGING: 2,
    CaseType.TRAFFICKING_FORCED_MARRIAGE: 1,
    CaseType.TRAFFICKING_OTHER: 1,
    CaseType.STATUS_NATIONALITY: 8,
    CaseType.OTHER: 6,
}
_CHILD_TYPES = frozenset(
    {CaseType.CHILD_SEXUAL_ABUSE, CaseType.CHILD_EXPLOITATION, CaseType.NEGLECT, CaseType.TRAFFICKING_BEGGING}
)
_CHILD_SHARE = {
    CaseType.DOMESTIC_VIOLENCE: 0.12,
    CaseType.SEXUAL_VIOLENCE: 0.3,
    CaseType.TRAFFICKING_SEXUAL: 0.35,
    CaseType.STATUS_NATIONALITY: 0.4,
}
_STAGES_BY_AGE = (
    (CaseStage.SCREENING, CaseStage.PROTECTION),
    (CaseStage.PROTECTION, CaseStage.REHABILITATION),
    (CaseStage.REHABILITATION, CaseStage.PROSECUTION),
    (CaseStage.PROSECUTION, CaseStage.RETURN),
    (CaseStage.RETURN, CaseStage.FOLLOW_UP),
    (CaseStage.FOLLOW_UP, CaseStage.FOLLOW_UP),
)

# (key, kind, Thai name, abbreviation, English name); {p} is the province's name.
_PROVINCE_AGENCIES = (
    ("governor", "district", "สำนักงานจังหวัด{p}", "สนจ.{p}", "{p} Provincial Office"),
    (
        "social",
        "social",
        "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด{p}",
        "พมจ.{p}",
        "{p} Provincial Social Development and Human Security Office",
    ),
    ("shelter", "shelter", "บ้านพักเด็กและครอบครัวจังหวัด{p}", "บพด.{p}", "{p} Children and Family Shelter"),
    ("labour", "labour", "สำนักงานแรงงานจังหวัด{p}", "สรจ.{p}", "{p} Provincial Labour Office"),
    (
        "welfare",
        "labour",
        "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัด{p}",
        "สสค.{p}",
        "{p} Provincial Labour Protection and Welfare Office",
    ),
    ("employment", "employment", "สำนักงานจัดหางานจังหวัด{p}", "สจจ.{p}", "{p} Provincial Employment Office"),
    ("immigration", "immigration", "ด่านตรวจคนเข้าเมืองจังหวัด{p}", "ตม.จว.{p}", "{p} Immigration Checkpoint"),
    ("prosecutor", "prosecutor", "สำนักงานอัยการจังหวัด{p}", "อจ.{p}", "{p} Provincial Public Prosecutor Office"),
    ("provincial_police", "police", "ตำรวจภูธรจังหวัด{p}", "ภ.จว.{p}", "{p} Provincial Police"),
    ("hospital", "hospital", "โรงพยาบาล{p} (ศูนย์พึ่งได้)", "รพ.{p}", "{p} Hospital (One Stop Crisis Centre)"),
    ("health", "health", "สำนักงานสาธารณสุขจังหวัด{p}", "สสจ.{p}", "{p} Provincial Public Health Office"),
    (
        "education",
        "school",
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา{p} เขต 1",
        "สพป.{p} 1",
        "{p} Primary Educational Service Area Office 1",
    ),
    ("justice", "prosecutor", "สำนักงานยุติธรรมจังหวัด{p}", "ยธจ.{p}", "{p} Provincial Justice Office"),
    (
        "juvenile",
        "shelter",
        "สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัด{p}",
        "สพ.{p}",
        "{p} Juvenile Observation and Protection Centre",
    ),
    ("fisheries", "labour", "สำนักงานประมงจังหวัด{p}", "ปจ.{p}", "{p} Provincial Fisheries Office"),
)
_NGOS = (
    ("มูลนิธิเพื่อนหญิงแม่กลางเหนือ", "มพญ.", "Friends of Women Foundation {p}", Sector.NGO),
    ("มูลนิธิคุ้มครองเด็กชายแดน", "มคด.", "Border Child Protection Foundation", Sector.NGO),
    ("มูลนิธิรักษ์แรงงานข้ามชาติ", "มรง.", "Migrant Workers Care Foundation", Sector.NGO),
    ("สมาคมสตรีอาสา{p}", "สสอ.ส.", "{p} Women Volunteers Association", Sector.CIVIL_SOCIETY),
    ("มูลนิธิศูนย์ช่วยเหลือทางกฎหมายชุมชน", "มศก.", "Community Legal Aid Foundation", Sector.NGO),
    ("เครือข่ายเยาวชนต้านการค้ามนุษย์{p}", "ครย.", "{p} Youth Network against Trafficking", Sector.CIVIL_SOCIETY),
    ("มูลนิธิบ้านอุ่นใจ", "มบอ.", "Ban Un Jai Foundation", Sector.NGO),
    ("มูลนิธิพัฒนาชนเผ่าบนพื้นที่สูง", "มพช.", "Highland Peoples Development Foundation", Sector.NGO),
)
_INTERNATIONALS = (
    ("ilo", "องค์การแรงงานระหว่างประเทศ", "ILO", "International Labour Organization"),
    ("iom", "องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน", "IOM", "International Organization for Migration"),
    ("unicef", "องค์การทุนเพื่อเด็กแห่งสหประชาชาติ", "UNICEF", "United Nations Children's Fund"),
)
# (month, day, name, first year, last year) of the fixed-date Thai public holidays for the years before the
# seed's; the lunar ones (มาฆบูชา, วิสาขบูชา, อาสาฬหบูชา, เข้าพรรษา) move every year and are only in the seed.
_FIXED_HOLIDAYS = (
    (1, 1, "วันขึ้นปีใหม่", 1900, 9999),
    (4, 6, "วันจักรี", 1900, 9999),
    (4, 13, "วันสงกรานต์", 1900, 9999),
    (4, 14, "วันสงกรานต์", 1900, 9999),
    (4, 15, "วันสงกรานต์", 1900, 9999),
    (5, 1, "วันแรงงานแห่งชาติ", 1900, 9999),
    (5, 5, "วันฉัตรมงคล", 1900, 2016),
    (5, 4, "วันฉัตรมงคล", 2020, 9999),
    (6, 3, "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี", 2019, 9999),
    (7, 28, "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", 2017, 9999),
    (8, 12, "วันแม่แห่งชาติ", 1900, 9999),
    (10, 13, "วันนวมินทรมหาราช", 2017, 9999),
    (10, 23, "วันปิยมหาราช", 1900, 9999),
    (12, 5, "วันพ่อแห่งชาติ", 1900, 9999),
    (12, 10, "วันรัฐธรรมนูญ", 1900, 9999),
    (12, 31, "วันสิ้นปี", 1900, 9999),
)
