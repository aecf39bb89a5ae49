"""A meeting's agenda: items and sub-items, their texts and measure, their order and numbers, linked cases.

Numbers always follow the order (1, 2, ... 4.1, 4.2); titles are never touched by renumbering. Deleting an item
returns a snapshot that ``restore_item`` puts back with the same ids, so later undo commands stay valid.

A case is found for linking by part of its code or its type (``case_choices``, the body's own cases first); the
actions an item already holds can follow the case linked to it (``link_item_actions``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import AgendaKind, CaseType, RiskLevel
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services.meetings.amendments import guard_item_change, guard_meeting_change
from mdt_desktop.services.meetings.case_items import levels_in_force
from mdt_desktop.services.meetings.snapshot import row_values
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.edit_conflict import ConflictingText, decided_again, next_version, require_version
from mdt_desktop.storage.models import ActionPoint, AgendaItem, AgendaItemCase, CaseFile

ITEM_HAS_ACTIONS = Message(
    th="เรื่องนี้มีงานที่มอบหมายอยู่ ลบงานเหล่านั้นก่อนจึงจะลบเรื่องได้",
    en="This item holds assigned actions: delete those actions before deleting the item",
)

CASE_NOT_FOUND = Message(th="ไม่พบรหัสกรณีนี้", en="No case has this code")

CASE_CODE_REQUIRED = Message(
    th="โปรดพิมพ์รหัสกรณี (หรือบางส่วนของรหัส หรือประเภทกรณี แล้วเลือกจากรายการ)",
    en="Type a case code (or part of a code, or a case type, and choose from the list)",
)

CASE_CHOICES_SHOWN = 20
# A save that met another at the very moment of writing is read and decided again this many times at most.
_RACE_ATTEMPTS = 3  # a completion list longer than this is no help: typing more narrows it


@dataclass(frozen=True)
class CaseChoice:
    """A case offered by the picker: its code, type and latest risk level (None when never assessed)."""

    id: int
    code: str
    case_type: CaseType
    is_child: bool
    own_body: bool
    latest_level: RiskLevel | None


ITEM_FIELDS = ("title", "discussion", "resolution")
_ITEM_FIELD_KINDS = {
    "title": typed_text.TITLE,
    "discussion": typed_text.DISCUSSION,
    "resolution": typed_text.RESOLUTION,
}


def add_item(
    db: Database,
    meeting_id: int,
    title: str,
    kind: AgendaKind | str | None = None,
    parent_id: int | None = None,
) -> int:
    """A new item at the end of the agenda, or a sub-item at the end of ``parent_id`` ("4.1", "4.2" ...)."""
    kind = AgendaKind(kind) if kind is not None else (AgendaKind.SUB_ITEM if parent_id else AgendaKind.OTHER)
    with db.session() as session:
        guard_meeting_change(session, db, meeting_id)
        siblings = _siblings(session, meeting_id, parent_id)
        item = AgendaItem(
            meeting_id=meeting_id,
            parent_id=parent_id,
            number="",
            title=typed_text.checked(title, typed_text.TITLE).strip(),
            kind=kind.value,
            sort_order=len(siblings),
        )
        session.add(item)
        session.flush()
        _renumber(session, meeting_id)
        return item.id


def update_item_text(
    db: Database,
    item_id: int,
    field: str,
    text: str,
    *,
    read_version: int | None = None,
    read_text: str | None = None,
) -> str:
    """Set an item's title, discussion or resolution (มติที่ประชุม); returns the previous text.

    Characters Word cannot carry are removed; a text longer than its field holds is a ``Refusal``.

    ``read_version`` and ``read_text`` are the item's version and this field's text as the editor last read them
    (None: no check, one writer). When the item has changed since, the save still goes ahead if this field is
    as it was read (someone changed another field, or the agenda's numbers); otherwise it is an
    ``EditConflict`` carrying the text now saved and the text typed, and nothing is written. "Keep mine" saves
    again naming the conflict's ``version``."""
    if field not in ITEM_FIELDS:
        raise ValueError(f"not an item text field: {field}")
    text = typed_text.checked(text, _ITEM_FIELD_KINDS[field])

    def save() -> str:
        with db.session() as session:
            item = session.get_one(AgendaItem, item_id)
            guard_meeting_change(session, db, item.meeting_id)
            previous: str = getattr(item, field)
            if read_text is None or previous != read_text:
                conflict = ConflictingText(field, theirs=previous, mine=text)
                require_version(session, item, read_version, text=conflict)
            setattr(item, field, text)
            return previous

    return decided_again(save)


def rename_item(db: Database, item_id: int, title: str) -> str:
    return update_item_text(db, item_id, "title", title.strip())


def set_item_measure(db: Database, item_id: int, measure: str | None) -> str | None:
    """Tag the item with one of the five measures (or none); returns the previous tag."""
    with db.session() as session:
        item = session.get_one(AgendaItem, item_id)
        guard_meeting_change(session, db, item.meeting_id)
        previous = item.measure
        item.measure = measure or None
        return previous


def move_item(db: Database, item_id: int, new_index: int) -> int:
    """Move an item among its siblings to ``new_index``; items are renumbered. Returns the old index."""
    with db.session() as session:
        item = session.get_one(AgendaItem, item_id)
        guard_meeting_change(session, db, item.meeting_id)
        siblings = _siblings(session, item.meeting_id, item.parent_id)
        old_index = siblings.index(item)
        siblings.insert(max(0, min(new_index, len(siblings) - 1)), siblings.pop(old_index))
        for index, sibling in enumerate(siblings):
            sibling.sort_order = index
        _renumber(session, item.meeting_id)
        return old_index


def delete_item(db: Database, item_id: int) -> dict[str, Any]:
    """Delete an item and its sub-items; refused (a Refusal) while any of them holds actions.

    Returns a snapshot for ``restore_item``.
    """
    with db.session() as session:
        item = session.get_one(AgendaItem, item_id)
        guard_meeting_change(session, db, item.meeting_id)
        tree = _subtree(session, item)
        ids = [node.id for node in tree]
        if session.scalar(select(func.count()).where(ActionPoint.agenda_item_id.in_(ids))):
            raise Refusal(ITEM_HAS_ACTIONS)
        snapshot = {
            "items": [row_values(node) for node in tree],
            "cases": [
                {"agenda_item_id": a, "case_id": c}
                for a, c in session.execute(
                    select(AgendaItemCase.agenda_item_id, AgendaItemCase.case_id).where(
                        AgendaItemCase.agenda_item_id.in_(ids)
                    )
                )
            ],
        }
        meeting_id = item.meeting_id
        session.execute(delete(AgendaItem).where(AgendaItem.id.in_(ids)))
        session.expire_all()
        _close_gap(session, meeting_id, item.parent_id)
        _renumber(session, meeting_id)
    return snapshot


def restore_item(db: Database, snapshot: dict[str, Any]) -> None:
    """Put a deleted item (and its sub-items and case links) back where it was, with the same ids."""
    with db.session() as session:
        top = snapshot["items"][0]
        guard_meeting_change(session, db, top["meeting_id"])
        for sibling in _siblings(session, top["meeting_id"], top["parent_id"]):
            if sibling.sort_order >= top["sort_order"]:
                sibling.sort_order += 1
        session.flush()
        for values in snapshot["items"]:
            session.execute(insert(AgendaItem).values(**values))
        if snapshot["cases"]:
            session.execute(insert(AgendaItemCase), snapshot["cases"])
        session.expire_all()
        _renumber(session, top["meeting_id"])


def case_choices(
    db: Database, body_id: int | None, text: str, limit: int = CASE_CHOICES_SHOWN
) -> list[CaseChoice]:
    """Cases whose code holds ``text`` or whose type's Thai or English label does, the cases of ``body_id``
    first, then by code; each with its latest risk level. Nothing identifying is read."""
    needle = typed_text.clean(text).strip()
    if not needle:
        return []
    lowered = needle.casefold()
    types = [t.value for t in CaseType if lowered in t.th.casefold() or lowered in t.en.casefold()]
    own = case((CaseFile.body_id == body_id, 0), else_=1) if body_id is not None else None
    query = select(CaseFile.id, CaseFile.code, CaseFile.case_type, CaseFile.is_child, CaseFile.body_id).where(
        or_(CaseFile.code.ilike(f"%{_escaped(needle)}%", escape="\\"), CaseFile.case_type.in_(types))
    )
    query = query.order_by(*([own] if own is not None else []), CaseFile.code).limit(limit)
    with db.read_session() as session:
        rows = session.execute(query).all()
        levels = levels_in_force(session, [row[0] for row in rows])
    return [
        CaseChoice(
            id=case_id,
            code=code,
            case_type=CaseType(case_type),
            is_child=is_child,
            own_body=body_id is not None and case_body == body_id,
            latest_level=level.level if (level := levels.get(case_id)) else None,
        )
        for case_id, code, case_type, is_child, case_body in rows
    ]


def _escaped(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def link_case(db: Database, item_id: int, case_code: str) -> int:
    """Link a case (by its code, e.g. MKL-2569-0042) to an item; returns the case id. An empty code and a code
    no case has are refused."""
    code = typed_text.clean(case_code).strip()  # a pasted control character or lone surrogate is no code
    if not code:
        raise Refusal(CASE_CODE_REQUIRED)
    with db.session() as session:
        case_id = session.scalar(select(CaseFile.id).where(CaseFile.code == code.upper()))
        if case_id is None:
            case_id = session.scalar(select(CaseFile.id).where(CaseFile.code == code))
        if case_id is None:
            raise Refusal(CASE_NOT_FOUND)
        guard_item_change(session, db, item_id)
        exists = session.get(AgendaItemCase, (item_id, case_id))
        if exists is None:
            session.add(AgendaItemCase(agenda_item_id=item_id, case_id=case_id))
        return case_id


def relink_case(db: Database, item_id: int, case_id: int) -> None:
    with db.session() as session:
        guard_item_change(session, db, item_id)
        if session.get(AgendaItemCase, (item_id, case_id)) is None:
            session.add(AgendaItemCase(agenda_item_id=item_id, case_id=case_id))


def actions_without_case(db: Database, item_id: int) -> int:
    """How many actions of the item name no case: those ``link_item_actions`` would give the linked case."""
    with db.read_session() as session:
        return int(
            session.scalar(
                select(func.count()).where(
                    ActionPoint.agenda_item_id == item_id, ActionPoint.case_id.is_(None)
                )
            )
            or 0
        )


def link_item_actions(db: Database, item_id: int, case_id: int) -> list[int]:
    """Give the item's actions that name no case the case ``case_id``; returns their ids (for undo)."""
    with db.session() as session:
        ids = list(
            session.scalars(
                select(ActionPoint.id).where(
                    ActionPoint.agenda_item_id == item_id, ActionPoint.case_id.is_(None)
                )
            )
        )
        if ids:
            guard_item_change(session, db, item_id)
            session.execute(
                update(ActionPoint)
                .where(ActionPoint.id.in_(ids))
                .values(case_id=case_id, **next_version(ActionPoint))
            )
        return ids


def unlink_actions(db: Database, item_id: int, action_ids: Sequence[int]) -> None:
    """Take the case off these actions again (the undo of ``link_item_actions``)."""
    if not action_ids:
        return
    with db.session() as session:
        guard_item_change(session, db, item_id)
        session.execute(
            update(ActionPoint)
            .where(ActionPoint.id.in_(action_ids))
            .values(case_id=None, **next_version(ActionPoint))
        )


def order_items(db: Database, item_ids: Sequence[int]) -> list[int]:
    """Put sibling items in the order of ``item_ids`` (one ``move_item`` each); returns their order before, so
    the same call puts it back."""
    with db.read_session() as session:
        items = [session.get_one(AgendaItem, item_id) for item_id in item_ids]
        if not items:
            return []
        before = [s.id for s in _siblings(session, items[0].meeting_id, items[0].parent_id)]
    for index, item_id in enumerate(item_ids):
        move_item(db, item_id, index)
    return before


def unlink_case(db: Database, item_id: int, case_id: int) -> None:
    with db.session() as session:
        guard_item_change(session, db, item_id)
        session.execute(
            delete(AgendaItemCase).where(
                AgendaItemCase.agenda_item_id == item_id, AgendaItemCase.case_id == case_id
            )
        )


def _siblings(session: Session, meeting_id: int, parent_id: int | None) -> list[AgendaItem]:
    parent = AgendaItem.parent_id.is_(None) if parent_id is None else AgendaItem.parent_id == parent_id
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, parent)
            .order_by(AgendaItem.sort_order, AgendaItem.id)
        )
    )


def _subtree(session: Session, root: AgendaItem) -> list[AgendaItem]:
    items = list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == root.meeting_id)))
    children: dict[int | None, list[AgendaItem]] = defaultdict(list)
    for item in items:
        children[item.parent_id].append(item)
    out: list[AgendaItem] = []
    pending = [root]
    while pending:
        node = pending.pop(0)
        out.append(node)  # parents before children, so a restore inserts them in a valid order
        pending.extend(children[node.id])
    return out


def _close_gap(session: Session, meeting_id: int, parent_id: int | None) -> None:
    for index, sibling in enumerate(_siblings(session, meeting_id, parent_id)):
        sibling.sort_order = index


def _renumber(session: Session, meeting_id: int) -> None:
    """Numbers follow the order: 1, 2, 3 ... and under 4: 4.1, 4.2 ... (titles are never touched)."""
    items = list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.sort_order, AgendaItem.id)
        )
    )
    children: dict[int | None, list[AgendaItem]] = defaultdict(list)
    for item in items:
        children[item.parent_id].append(item)

    def number(parent_id: int | None, prefix: str) -> None:
        for index, item in enumerate(children[parent_id], start=1):
            label = f"{prefix}{index}"
            if item.number != label:
                item.number = label
            number(item.id, label + ".")

    number(None, "")
