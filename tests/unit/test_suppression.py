"""Small-cell suppression: nothing under five is shown, and no withheld cell can be worked out from the totals."""

from __future__ import annotations

import random

import pytest

from mdt_desktop.domain.suppression import PublishedCell, PublishedTable, Suppression, suppress


def lines_of(table: PublishedTable) -> list[list[PublishedCell]]:
    """The published equations: a row's cells add up to its total, a column's to its, the totals to the grand."""
    rows = [list(row) for row in table.cells]
    columns = [list(column) for column in zip(*table.cells, strict=True)]
    lines: list[list[PublishedCell]] = []
    if table.row_totals is not None:
        lines += [[*row, total] for row, total in zip(rows, table.row_totals, strict=True)]
    if table.column_totals is not None:
        lines += [[*column, total] for column, total in zip(columns, table.column_totals, strict=True)]
    if table.row_totals is not None and table.column_totals is not None:
        lines += [[*table.row_totals, table.grand_total], [*table.column_totals, table.grand_total]]
    if table.row_totals is None and table.column_totals is None:
        lines.append([cell for row in rows for cell in row] + [table.grand_total])
    return lines


def recover(table: PublishedTable) -> dict[int, int]:
    """What a reader can work out from the published counts and what the marks mean ("<5" is 1 to 4; "*" is 0
    or at least 5, since anything from 1 to 4 would be "<5"): each unknown's range narrowed by every line it is
    in (a line's members add up to its total), again and again until nothing narrows. An unknown left with a
    single possible value is recovered."""
    lines = lines_of(table)
    unbounded = 10**9
    bounds: dict[int, list[int]] = {}
    for line in lines:
        for cell in line:
            if cell.count is not None:
                bounds[id(cell)] = [cell.count, cell.count]
            elif cell.suppression is Suppression.SMALL:
                bounds[id(cell)] = [1, 4]
            else:
                bounds[id(cell)] = [0, unbounded]
    complements = {id(c) for line in lines for c in line if c.suppression is Suppression.COMPLEMENTARY}

    def narrow(key: int, low: int, high: int) -> bool:
        old = list(bounds[key])
        low, high = max(low, old[0]), min(high, old[1])
        if key in complements:
            high = 0 if high < 5 else high
            low = max(low, 5) if low > 0 else low
        bounds[key] = [low, high]
        return bounds[key] != old

    narrowed = True
    while narrowed:
        narrowed = False
        for *members, total in lines:
            least = sum(bounds[id(c)][0] for c in members)
            most = sum(bounds[id(c)][1] for c in members)
            narrowed |= narrow(id(total), least, most)
            for member in members:
                low, high = bounds[id(member)]
                narrowed |= narrow(
                    id(member), bounds[id(total)][0] - (most - high), bounds[id(total)][1] - (least - low)
                )
    unknown = {id(cell) for line in lines for cell in line if cell.count is None}
    return {key: bounds[key][0] for key in unknown if bounds[key][0] == bounds[key][1]}


def published_counts(cells: tuple[PublishedCell, ...] | None) -> tuple[int | None, ...]:
    assert cells is not None
    return tuple(cell.count for cell in cells)


def shown(table: PublishedTable) -> list[list[str]]:
    marks = {Suppression.SMALL: "<5", Suppression.COMPLEMENTARY: "*"}
    return [
        [str(cell.count) if cell.suppression is None else marks[cell.suppression] for cell in row]
        for row in table.cells
    ]


ATTACKED_TABLES = [
    [[3, 12, 20], [7, 9, 11], [15, 6, 8]],  # one small cell in a corner
    [[1, 0, 0], [0, 0, 0], [10, 20, 30]],  # a small cell alone in its row, zeros around it
    [[2, 3, 40], [50, 60, 70]],  # two small cells side by side
    [[4], [30], [25]],  # one column: the only total is the column's
    [[8, 2, 9, 30]],  # one row
    [[1, 6, 7], [6, 1, 7], [7, 7, 1]],  # small cells on the diagonal
    [[0, 0, 3], [0, 0, 0], [0, 0, 0]],  # a single small cell in a table of zeros
    [[5, 6], [7, 2]],
    [[1, 0, 0, 0], [0, 9, 12, 30], [7, 0, 6, 8]],  # a row whose total is itself small
    [[1, 0], [2, 0], [40, 50]],  # two rows with small totals
    [[4], [4], [30]],  # two "<5" whose remainder, 8, says both are 4
    [[5], [1]],  # a "<5" and its complement under a total of 6: the complement can only be 5
    [[5, 5, 10, 0, 5], [1, 0, 0, 0, 0]],  # a column total of 6 over a "<5" and its complement
    [[12, 3, 4], [20, 9, 7], [15, 6, 1]],
]


@pytest.mark.parametrize("counts", ATTACKED_TABLES)
def test_no_withheld_cell_can_be_worked_out_from_the_published_totals(counts: list[list[int]]) -> None:
    table = suppress(counts)
    small = [(r, c) for r, row in enumerate(counts) for c, count in enumerate(row) if 0 < count < 5]
    assert small, "each attacked table holds a small cell"
    assert all(table.cells[r][c].suppression is Suppression.SMALL for r, c in small)
    assert recover(table) == {}


def test_the_attack_does_recover_a_cell_when_only_the_small_one_is_withheld() -> None:
    counts = [[3, 12, 20], [7, 9, 11], [15, 6, 8]]
    only_primary = PublishedTable(
        cells=(
            (PublishedCell(None, Suppression.SMALL), PublishedCell(12), PublishedCell(20)),
            (PublishedCell(7), PublishedCell(9), PublishedCell(11)),
            (PublishedCell(15), PublishedCell(6), PublishedCell(8)),
        ),
        row_totals=(PublishedCell(35), PublishedCell(27), PublishedCell(29)),
        column_totals=(PublishedCell(25), PublishedCell(27), PublishedCell(39)),
        grand_total=PublishedCell(91),
    )
    assert list(recover(only_primary).values()) == [counts[0][0]]


def test_the_smallest_other_non_zero_cell_is_withheld_as_the_complement() -> None:
    table = suppress([[3, 12, 20], [7, 9, 11], [15, 6, 8]])
    assert shown(table) == [["<5", "*", "20"], ["*", "*", "11"], ["15", "6", "8"]]
    assert published_counts(table.row_totals) == (35, 27, 29)
    assert published_counts(table.column_totals) == (25, 27, 39)
    assert table.grand_total.count == 91


def test_a_table_with_no_small_cells_is_published_as_it_is() -> None:
    counts = [[5, 12, 0], [7, 9, 11]]
    table = suppress(counts)
    assert shown(table) == [["5", "12", "0"], ["7", "9", "11"]]
    assert published_counts(table.row_totals) == (17, 27)
    assert published_counts(table.column_totals) == (12, 21, 11)


def test_zero_stays_zero_when_no_complement_is_needed() -> None:
    table = suppress([[0, 0], [10, 20]])
    assert shown(table) == [["0", "0"], ["10", "20"]]


def test_a_one_column_table_publishes_no_row_totals() -> None:
    table = suppress([[4], [30], [25]])
    assert table.row_totals is None
    assert shown(table) == [["<5"], ["30"], ["*"]]
    assert published_counts(table.column_totals) == (59,)


def test_ragged_or_negative_tables_are_refused() -> None:
    with pytest.raises(ValueError, match="same number of columns"):
        suppress([[1, 2], [3]])
    with pytest.raises(ValueError, match="negative"):
        suppress([[-1, 2]])


def test_a_small_total_is_withheld_with_a_complement_among_the_totals() -> None:
    table = suppress([[1, 0], [2, 0], [40, 50]])
    assert table.row_totals is not None
    assert [total.suppression for total in table.row_totals] == [
        Suppression.SMALL,
        Suppression.SMALL,
        None,
    ]
    assert published_counts(table.column_totals) == (43, 50)


def test_the_attack_reads_two_small_cells_from_a_remainder_of_eight() -> None:
    bounded = PublishedTable(
        cells=(
            (PublishedCell(None, Suppression.SMALL),),
            (PublishedCell(None, Suppression.SMALL),),
            (PublishedCell(30),),
        ),
        row_totals=None,
        column_totals=None,
        grand_total=PublishedCell(38),
    )
    assert sorted(recover(bounded).values()) == [4, 4]


def test_the_attack_reads_a_complement_that_can_only_be_five() -> None:
    # What plain complementary suppression publishes for answered 5 and unanswered 1: the "*" is 0 or at least
    # 5, the "<5" at least 1, and they add up to 6.
    one_complement = PublishedTable(
        cells=((PublishedCell(None, Suppression.COMPLEMENTARY),), (PublishedCell(None, Suppression.SMALL),)),
        row_totals=None,
        column_totals=None,
        grand_total=PublishedCell(6),
    )
    assert sorted(recover(one_complement).values()) == [1, 5]


def test_the_attack_reads_a_small_cell_beside_a_zero_complement_under_a_small_total() -> None:
    leaky = PublishedTable(
        cells=((PublishedCell(None, Suppression.COMPLEMENTARY), PublishedCell(None, Suppression.SMALL)),),
        row_totals=(PublishedCell(1),),
        column_totals=None,
        grand_total=PublishedCell(1),
    )
    assert sorted(recover(leaky).values()) == [0, 1]


def test_no_withheld_cell_of_many_random_tables_can_be_worked_out() -> None:
    rng = random.Random(11)
    for _ in range(300):
        counts = [
            [rng.choice((0, 0, 1, 2, 3, 4, 5, 6, 9, 15, 40)) for _ in range(rng.randint(1, 5))]
            for _ in range(rng.randint(1, 6))
        ]
        width = len(counts[0])
        counts = [row[:width] + [0] * (width - len(row)) for row in counts]
        # A withheld zero may be read as zero (it names nobody); no other count may be read.
        assert set(recover(suppress(counts)).values()) <= {0}, counts
