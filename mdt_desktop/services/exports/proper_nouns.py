"""The proper nouns an export's lines must not break inside, gathered from the database for one export.

Agency names, abbreviations and aliases, area names, body names, the members of the meeting's body, the people who
attended it or were named responsible for its actions, the codes of its cases and a few words of the field (the
teams' name, the roles form 11 prints): what the typesetter (``exports.thai_typesetting.words_kept_whole``) keeps whole and gives
to the word segmenter as words, so "ทองสมบูรณ์" or "แม่กลางเหนือ" is never split or spaced apart. A person's name comes
with its given name alone as well ("นางสาวสมหญิง นาคเรืองศรี" also gives "สมหญิง"), since minutes name people either
way. Nothing here reads a case's identity record: the general minutes never do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select

from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Area,
    Attendance,
    Body,
    CaseFile,
    Meeting,
    Member,
)

# Titles written before a given name without a space, longest first (นางสาว before นาง), and ranks written as
# abbreviations ("ร.ต.ท.ชัชวาล").
_TITLES = (
    "ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ร้อยโท", "ว่าที่ร้อยเอก", "เด็กหญิง", "เด็กชาย", "นางสาว", "นาง", "นาย",
)  # fmt: skip
# Words of the field and of form 11 that the segmenter splits ("สหสาขา | วิชาชีพ", "ประธานใน | ที่ประชุม") and a line
# must not: the teams' own name for themselves and the roles the form prints beside a name.
WORDS_OF_THE_FIELD = (
    "สหสาขาวิชาชีพ", "สหวิชาชีพ", "ประธานในที่ประชุม", "ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม",
)  # fmt: skip
_RANK = re.compile(r"^(?:ว่าที่ ?)?(?:[ก-ฮ]{1,4}\.)+")


def given_name(full_name: str) -> str:
    """The given name of ``full_name`` without the title or rank written before it: "สมหญิง" of "นางสาวสมหญิง
    นาคเรืองศรี", "ชัชวาล" of "ร.ต.ท.ชัชวาล คำมาลา"."""
    first = _RANK.sub("", full_name.split()[0]) if full_name.strip() else ""
    for title in _TITLES:
        if first.startswith(title) and len(first) > len(title):
            return first[len(title) :]
    return first


def _people(names: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for name in names:
        found.add(name)
        found.add(given_name(name))
    return found


def proper_nouns(db: Database, meeting_id: int) -> tuple[str, ...]:
    """The proper nouns an export of ``meeting_id`` may print, sorted: every agency, area and body of the database;
    the members of the meeting's body, its attendees and the people named responsible for its actions; the codes
    of the cases linked to its items and actions (any other code is found by its shape)."""
    with db.read_session() as session:
        body_id = session.scalar(select(Meeting.body_id).where(Meeting.id == meeting_id))
        nouns: set[str] = set()
        for name, abbreviation, aliases in session.execute(
            select(Agency.name_th, Agency.abbreviation, Agency.aliases)
        ):
            nouns |= {name, abbreviation, *aliases.splitlines()}
        nouns |= set(session.scalars(select(Area.name_th)))
        nouns |= set(session.scalars(select(Body.name_th)))
        nouns |= _people(session.scalars(select(Member.full_name).where(Member.body_id == body_id)))
        nouns |= _people(
            session.scalars(select(Attendance.full_name).where(Attendance.meeting_id == meeting_id))
        )
        nouns |= _people(
            session.scalars(
                select(ActionPoint.responsible_person).where(ActionPoint.meeting_id == meeting_id)
            )
        )
        linked = select(AgendaItemCase.case_id).join(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
        acted = select(ActionPoint.case_id).where(ActionPoint.meeting_id == meeting_id)
        nouns |= set(session.scalars(select(CaseFile.code).where(CaseFile.id.in_(linked.union(acted)))))
    nouns |= set(WORDS_OF_THE_FIELD)
    return tuple(sorted(noun for noun in (" ".join(n.split()) for n in nouns) if noun))
