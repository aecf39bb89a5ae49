"""The facts the statistics count: nationality folded to the fixed list (never the typed text), agencies with few
actions counted together."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.codes import NationalityGroup
from mdt_desktop.domain.statistics_facts import (
    OTHER_AGENCIES,
    ActionFact,
    StatisticsFacts,
    build_report,
    nationality_group,
)


@pytest.mark.parametrize(
    ("typed", "group"),
    [
        ("ไทย", NationalityGroup.THAI),
        ("สัญชาติไทย", NationalityGroup.THAI),
        (" Myanmar ", NationalityGroup.MYANMAR),
        ("พม่า", NationalityGroup.MYANMAR),
        ("เขมร", NationalityGroup.CAMBODIAN),
        ("สปป.ลาว", NationalityGroup.LAO),
        ("ไร้สัญชาติ", NationalityGroup.STATELESS),
        ("", NationalityGroup.UNKNOWN),
        ("   ", NationalityGroup.UNKNOWN),
        ("ไทยใหญ่", NationalityGroup.OTHER),  # an ethnic group, not Thai nationality
        ("นางสมศรี (แจ้งว่าไทย)", NationalityGroup.OTHER),  # free text never reaches a label
    ],
)
def test_nationality_as_typed_is_folded_to_the_fixed_list(typed: str, group: NationalityGroup) -> None:
    assert nationality_group(typed) is group


def test_agencies_given_fewer_than_ten_actions_are_counted_together() -> None:
    day = dt.date(2026, 1, 10)
    actions = (
        [ActionFact("พมจ.", day, "done", day, day)] * 12
        + [ActionFact("สภ.", day, "done", day, day)] * 3
        + [ActionFact("รพ.", day, "done", day, day)] * 4
    )
    report = build_report(StatisticsFacts((), (), actions, ()), day, day, "")
    table = report.table("actions_by_agency")
    assert table.row_labels == ("พมจ.", OTHER_AGENCIES)
    assert [cell.count for cell in table.table.cells[1]][1:] == [0, 0, 0, 0]
    assert table.table.row_totals is not None and table.table.row_totals[1].count == 7
