"""The statistics report as it is published: titled tables of suppressed counts with Thai labels, the period and
the area. Built by ``services.statistics``, written by ``exports.statistics_xlsx``; it holds no case code, name, date
of birth or free text, only labels and counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mdt_desktop.domain.suppression import PublishedTable


@dataclass(frozen=True)
class StatisticsTable:
    """One published table: Thai labels for its rows and columns, and the counts after suppression."""

    key: str
    title: str
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    table: PublishedTable


@dataclass(frozen=True)
class StatisticsReport:
    """The tables for one period (both days included) and area, in the order they are published."""

    start: dt.date
    end: dt.date
    area_name: str  # Thai name of the area, or "" for all areas
    tables: tuple[StatisticsTable, ...]
    # Median calendar days from sending a referral to its answer; None when fewer than five were answered.
    median_answer_days: float | None

    def table(self, key: str) -> StatisticsTable:
        return next(table for table in self.tables if table.key == key)
