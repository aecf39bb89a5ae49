"""The one form a date takes on screen: the short Thai form with the Buddhist-Era year ("23 ธ.ค. 2568").

Every table, list, label and tooltip of the GUI shows dates through ``screen_date``, so the register, the cases
and the meetings cannot drift apart again. Typing a date is the ``BeDateEdit`` widget's business (dd/mm/yyyy พ.ศ.).
"""

from __future__ import annotations

import datetime as dt

from mdt_desktop.thai.dates import format_date


def screen_date(day: dt.date | None) -> str:
    """The date as shown on screen; an empty text when there is none, so an empty cell stays empty."""
    return format_date(day, "short") if day is not None else ""
