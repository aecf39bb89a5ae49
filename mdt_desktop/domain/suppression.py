"""Small-cell suppression of a published table of counts, so that no cell under five can be read or worked out.

A table is rows × columns of counts. Each row with more than one column publishes its row total, each column with
more than one row publishes its column total, and the grand total is published; those totals are the figures the
ministry asks for, so they are never hidden.

Two rules, in this order:

- Primary suppression: a cell of 1 to 4 is shown as "<5". A zero stays 0: saying that nothing happened identifies
  nobody, and hiding zeros would hide most of a small district's table for no gain.
- Complementary suppression: a row or column whose total is published and which holds exactly one suppressed cell
  would give that cell away by subtraction, so a second cell of that line is suppressed too: the smallest other
  non-zero cell (a zero only when the line has no other non-zero cell), preferring one whose crossing line already
  holds a single suppressed cell, because that one closes both lines at once. That can still leave another line
  with a single suppressed cell, so the rule runs until nothing changes.

Everything here is pure: no I/O, no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

SMALL_COUNT_LIMIT = 5


class Suppression(StrEnum):
    """Why a cell is not shown: it is small itself, or it would let a small cell be worked out from a total."""

    SMALL = "small"
    COMPLEMENTARY = "complementary"


@dataclass(frozen=True)
class PublishedCell:
    """One cell as published: its count, or the reason it is withheld (then ``count`` is None)."""

    count: int | None
    suppression: Suppression | None = None


@dataclass(frozen=True)
class PublishedTable:
    """A table ready to publish: the withheld cells marked, the totals as they are."""

    cells: tuple[tuple[PublishedCell, ...], ...]
    row_totals: (
        tuple[int, ...] | None
    )  # None when the table has one column: a row total would be the cell itself
    column_totals: tuple[int, ...] | None  # None when the table has one row, for the same reason
    grand_total: int


def is_small(count: int) -> bool:
    """A count that must not be published as it is: 1 to 4."""
    return 0 < count < SMALL_COUNT_LIMIT


def suppress(counts: Sequence[Sequence[int]]) -> PublishedTable:
    """The table with small cells and their complements withheld; ``counts`` is a list of equal-length rows."""
    rows = [list(row) for row in counts]
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        raise ValueError("every row of a table must have the same number of columns")
    if any(count < 0 for row in rows for count in row):
        raise ValueError("a count cannot be negative")
    height = len(rows)

    withheld: dict[tuple[int, int], Suppression] = {
        (r, c): Suppression.SMALL for r in range(height) for c in range(width) if is_small(rows[r][c])
    }
    lines: list[list[tuple[int, int]]] = []
    if width > 1:
        lines += [[(r, c) for c in range(width)] for r in range(height)]
    if height > 1:
        lines += [[(r, c) for r in range(height)] for c in range(width)]

    changed = True
    while changed:
        changed = False
        for line in lines:
            hidden = [cell for cell in line if cell in withheld]
            if len(hidden) != 1:
                continue
            candidates = [cell for cell in line if cell not in withheld]
            if not candidates:
                continue
            complement = min(candidates, key=lambda cell: _complement_cost(cell, line, rows, lines, withheld))
            withheld[complement] = Suppression.COMPLEMENTARY
            changed = True

    cells = tuple(
        tuple(
            PublishedCell(None, withheld[(r, c)]) if (r, c) in withheld else PublishedCell(rows[r][c])
            for c in range(width)
        )
        for r in range(height)
    )
    return PublishedTable(
        cells=cells,
        row_totals=tuple(sum(row) for row in rows) if width > 1 else None,
        column_totals=tuple(sum(rows[r][c] for r in range(height)) for c in range(width))
        if height > 1
        else None,
        grand_total=sum(sum(row) for row in rows),
    )


def _complement_cost(
    cell: tuple[int, int],
    exposed_line: list[tuple[int, int]],
    rows: list[list[int]],
    lines: list[list[tuple[int, int]]],
    withheld: dict[tuple[int, int], Suppression],
) -> tuple[bool, bool, int]:
    """Order of preference for a complement: non-zero, closing a second exposed line, then the smallest count."""
    count = rows[cell[0]][cell[1]]
    closes_another = any(
        line is not exposed_line and cell in line and sum(1 for other in line if other in withheld) == 1
        for line in lines
    )
    return (count == 0, not closes_another, count)
