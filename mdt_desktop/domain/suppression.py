"""Small-cell suppression of a published table of counts, so that no count under five can be read or worked out.

A table is rows × columns of counts with its totals: each row's total when it has more than one column, each
column's total when it has more than one row, and the grand total. A row (or column) and its total form a line:
the cells of a line add up to its total, and the row totals (or column totals) add up to the grand total.

Two rules, in this order:

- Primary suppression: any count of 1 to 4, a cell or a total, is shown as "<5". A zero stays 0: saying that
  nothing happened identifies nobody, and hiding zeros would hide most of a small district's table for no gain.
- Complementary suppression: a line with exactly one withheld member would give it away by subtraction, so a
  second member is withheld too: a cell before a total, the smallest non-zero one, preferring one whose crossing
  line also holds a single withheld member (it closes both), and a zero only when nothing else is left. That can
  leave another line with a single withheld member, so the rule runs until nothing changes.

This stops recovery by subtraction. It does not stop every bound-based inference (two "<5" cells in a line whose
published remainder is 8 must both be 4); that needs protection intervals and is left to a later version.

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
    """A table ready to publish: withheld cells and totals marked, the rest as they are."""

    cells: tuple[tuple[PublishedCell, ...], ...]
    row_totals: tuple[PublishedCell, ...] | None  # None with one column: a row total would be the cell itself
    column_totals: tuple[PublishedCell, ...] | None  # None with one row, for the same reason
    grand_total: PublishedCell


def is_small(count: int) -> bool:
    """A count that must not be published as it is: 1 to 4."""
    return 0 < count < SMALL_COUNT_LIMIT


Position = tuple[int, int]


def suppress(counts: Sequence[Sequence[int]]) -> PublishedTable:
    """The table with small counts and their complements withheld; ``counts`` is a list of equal-length rows."""
    rows = [list(row) for row in counts]
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        raise ValueError("every row of a table must have the same number of columns")
    if any(count < 0 for row in rows for count in row):
        raise ValueError("a count cannot be negative")
    height = len(rows)

    # The table with its margins: row totals in column ``width``, column totals in row ``height``. With one
    # column the column total is the grand total, with one row the row total is.
    values: dict[Position, int] = {(r, c): rows[r][c] for r in range(height) for c in range(width)}
    lines: list[list[Position]] = []
    if width > 1:
        for r in range(height):
            values[(r, width)] = sum(rows[r])
            lines.append([(r, c) for c in range(width + 1)])
    if height > 1:
        for c in range(width):
            values[(height, c)] = sum(rows[r][c] for r in range(height))
            lines.append([(r, c) for r in range(height + 1)])
    if width > 1 and height > 1:
        lines.append([(r, width) for r in range(height + 1)])
        lines.append([(height, c) for c in range(width + 1)])
    grand = (height if height > 1 or width <= 1 else 0, width if width > 1 or height <= 1 else 0)
    values[grand] = sum(map(sum, rows))
    if height <= 1 and width <= 1:
        lines.append([(0, 0), grand] if rows and width else [grand])

    def is_total(position: Position) -> bool:
        return position[0] == height or position[1] == width

    withheld: dict[Position, Suppression] = {
        position: Suppression.SMALL for position, count in values.items() if is_small(count)
    }

    def cost(position: Position, exposed: list[Position]) -> tuple[bool, bool, bool, bool, int]:
        closes_another = any(
            line is not exposed and position in line and sum(1 for p in line if p in withheld) == 1
            for line in lines
        )
        count = values[position]
        return (count == 0, position == grand, is_total(position), not closes_another, count)

    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(1 for position in line if position in withheld) != 1:
                continue
            candidates = [position for position in line if position not in withheld]
            if candidates:
                withheld[min(candidates, key=lambda position: cost(position, line))] = (
                    Suppression.COMPLEMENTARY
                )
                changed = True

    def published(position: Position) -> PublishedCell:
        if position in withheld:
            return PublishedCell(None, withheld[position])
        return PublishedCell(values[position])

    return PublishedTable(
        cells=tuple(tuple(published((r, c)) for c in range(width)) for r in range(height)),
        row_totals=tuple(published((r, width)) for r in range(height)) if width > 1 else None,
        column_totals=tuple(published((height, c)) for c in range(width)) if height > 1 else None,
        grand_total=published(grand),
    )
