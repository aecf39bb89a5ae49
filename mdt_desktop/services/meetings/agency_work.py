"""What an agency officer works on: the open actions of the agencies they hold the officer's role for, each with
its progress history, soonest deadline first. They report on them with ``actions.record_agency_progress``.

The agencies come from the roles of the person acting (``services.roles``); a database with no roles in force
shows every agency's open actions, as the register does.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.domain.roles import Permission
from mdt_desktop.services import roles
from mdt_desktop.services.meetings.actions import OPEN_STATUSES
from mdt_desktop.services.meetings.register import ActionRow, ProgressLine, RegisterFilter, query_register
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionProgress, Agency

# An agency's open actions in one database are tens, rarely hundreds; past this the oldest deadlines come first
# and the officer is told how many more there are.
AGENCY_ACTIONS_SHOWN = 500


@dataclass(frozen=True)
class AgencyAction:
    action: ActionRow
    history: tuple[ProgressLine, ...]  # oldest report first


@dataclass(frozen=True)
class AgencyWork:
    actions: tuple[AgencyAction, ...]
    total: int  # open actions of the officer's agencies, of which ``actions`` are the first
    agency_ids: frozenset[int] | None  # None: every agency (no roles in force)
    agency_names: tuple[str, ...] = ()  # their abbreviations (else names), for the page's heading


def my_agency_actions(db: Database, today: dt.date | None = None) -> AgencyWork:
    """The open actions of the acting person's agencies, earliest deadline first."""
    with db.read_session() as session:
        agency_ids = roles.acting_permissions(session, db).agencies(Permission.RECORD_AGENCY_PROGRESS)
        names: tuple[str, ...] = ()
        if agency_ids:
            names = tuple(
                abbreviation or name
                for abbreviation, name in session.execute(
                    select(Agency.abbreviation, Agency.name_th)
                    .where(Agency.id.in_(agency_ids))
                    .order_by(Agency.abbreviation, Agency.name_th)
                )
            )
    statuses = [status.value for status in OPEN_STATUSES]
    wanted: list[int | None] = [None] if agency_ids is None else [*sorted(agency_ids)]
    rows: list[ActionRow] = []
    total = 0
    for agency_id in wanted:
        page = query_register(
            db,
            RegisterFilter(agency_id=agency_id, statuses=statuses, today=today, limit=AGENCY_ACTIONS_SHOWN),
        )
        rows.extend(page.rows)
        total += page.total
    rows.sort(key=lambda row: (row.due_date is None, row.due_date or dt.date.max, row.id))
    rows = rows[:AGENCY_ACTIONS_SHOWN]
    history = _histories(db, [row.id for row in rows])
    return AgencyWork(
        actions=tuple(AgencyAction(row, tuple(history.get(row.id, ()))) for row in rows),
        total=total,
        agency_ids=agency_ids,
        agency_names=names,
    )


def _histories(db: Database, action_ids: list[int]) -> dict[int, list[ProgressLine]]:
    out: dict[int, list[ProgressLine]] = defaultdict(list)
    with db.read_session() as session:
        # SQLite limits bound parameters per statement; chunks keep the query on the action_id index.
        for start in range(0, len(action_ids), 900):
            query = (
                select(ActionProgress)
                .where(ActionProgress.action_id.in_(action_ids[start : start + 900]))
                .order_by(ActionProgress.recorded_on, ActionProgress.id)
            )
            for line in session.scalars(query):
                out[line.action_id].append(
                    ProgressLine(
                        line.id,
                        line.recorded_on,
                        line.meeting_id,
                        line.note,
                        ActionStatus(line.status),
                        line.recorded_by,
                    )
                )
    return out
