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

- Audit: a reader also knows what the marks mean (a "<5" is 1 to 4, an "x" is 0 or at least 5) and can narrow
  each withheld count from the published ones line by line (two "<5" in a line whose published remainder is 8
  must both be 4). The audit narrows every withheld count the same way, repeating across rows and columns until
  nothing changes, and while any is pinned to a single value it withholds one more cell of a line through it (the
  same choice as above) and runs both rules again.

What is left to a reader is an interval of at least two values for every withheld cell, as far as line-by-line
narrowing goes; a full linear-programming attack on a large two-way table may narrow further, which tables of
this size and these margins do not allow in practice.

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


_UNBOUNDED = 10**12
# How many cells of a line the audit tries, followed to the end, when one withheld count is pinned.
LOOKAHEAD = 4


def _pinned(
    values: dict[Position, int], withheld: dict[Position, Suppression], lines: list[list[Position]]
) -> Position | None:
    """A withheld position with a count other than zero that a reader can narrow to that single value from what is
    published, the marks' meaning and the lines (each line's members add up to its last position, its total);
    None when there is none."""
    bounds: dict[Position, tuple[int, int]] = {
        position: (values[position], values[position]) for position in values if position not in withheld
    }
    for position, reason in withheld.items():
        bounds[position] = (1, SMALL_COUNT_LIMIT - 1) if reason is Suppression.SMALL else (0, _UNBOUNDED)

    def narrowed(position: Position, low: int, high: int) -> bool:
        old_low, old_high = bounds[position]
        low, high = max(low, old_low), min(high, old_high)
        if withheld.get(position) is Suppression.COMPLEMENTARY:
            # An "x" is never 1 to 4 (those are "<5"): below 5 it can only be 0, above 0 it is at least 5.
            if high < SMALL_COUNT_LIMIT:
                high = 0
            if low > 0:
                low = max(low, SMALL_COUNT_LIMIT)
        if (low, high) == (old_low, old_high) or low > high:
            return False
        bounds[position] = (low, high)
        return True

    changed = True
    while changed:
        changed = False
        for line in lines:
            *members, total = line
            low_sum = sum(bounds[member][0] for member in members)
            high_sum = sum(bounds[member][1] for member in members)
            changed = narrowed(total, low_sum, high_sum) or changed
            total_low, total_high = bounds[total]
            for member in members:
                low, high = bounds[member]
                others_low, others_high = low_sum - low, high_sum - high
                changed = narrowed(member, total_low - others_high, total_high - others_low) or changed
    # A withheld zero read as zero names nobody (zeros are published as they are); any other count read exactly is
    # what suppression is for.
    return next(
        (
            position
            for position in withheld
            if bounds[position][0] == bounds[position][1] and values[position] != 0
        ),
        None,
    )


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

    Withheld = dict[Position, Suppression]

    def cost(
        withheld: Withheld, position: Position, exposed: list[Position]
    ) -> tuple[bool, bool, bool, bool, int]:
        closes_another = any(
            line is not exposed and position in line and sum(1 for p in line if p in withheld) == 1
            for line in lines
        )
        count = values[position]
        return (count == 0, position == grand, is_total(position), not closes_another, count)

    def closed(withheld: Withheld) -> Withheld:
        """``withheld`` with a complement in every line that has exactly one withheld member, until none has."""
        withheld = dict(withheld)
        changed = True
        while changed:
            changed = False
            for line in lines:
                candidates = [position for position in line if position not in withheld]
                if candidates and len(line) - len(candidates) == 1:
                    chosen = min(candidates, key=lambda position: cost(withheld, position, line))
                    withheld[chosen] = Suppression.COMPLEMENTARY
                    changed = True
        return withheld

    def candidates(withheld: Withheld, pinned: Position) -> list[Position]:
        """The cells of the lines through ``pinned`` that the usual preference puts first, a few per line (which
        keeps a long table quick), the most preferred first."""
        ranked: list[tuple[tuple[bool, bool, bool, bool, int], Position]] = []
        for line in lines:
            if pinned in line:
                ranked += sorted(
                    (cost(withheld, position, line), position)
                    for position in line
                    if position not in withheld
                )[:LOOKAHEAD]
        return [position for _cost, position in sorted(ranked)]

    def completed(withheld: Withheld) -> Withheld:
        """Withhold until nothing is pinned, each time the cell the usual preference puts first."""
        while (pinned := _pinned(values, withheld, lines)) is not None:
            choices = candidates(withheld, pinned)
            if not choices:
                break
            withheld = closed({**withheld, choices[0]: Suppression.COMPLEMENTARY})
        return withheld

    withheld = closed({position: Suppression.SMALL for position, count in values.items() if is_small(count)})
    if (pinned := _pinned(values, withheld, lines)) is not None:
        # Each possible next cell is followed to the end; the one that withholds the fewest cells in all is taken.
        trials = [
            completed(closed({**withheld, candidate: Suppression.COMPLEMENTARY}))
            for candidate in candidates(withheld, pinned)
        ]
        withheld = min(trials, key=len, default=withheld)
    if _pinned(values, withheld, lines) is not None:
        # No line through the pinned count had a cell left to withhold: publish no count of this table at all.
        withheld = {position: withheld.get(position, Suppression.COMPLEMENTARY) for position in values}

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
