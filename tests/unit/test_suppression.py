"""Small-cell suppression: nothing under five is shown, and no withheld cell can be worked out from the totals."""

from __future__ import annotations

import pytest

from mdt_desktop.domain.suppression import PublishedCell, PublishedTable, Suppression, suppress


def recover_by_subtraction(table: PublishedTable) -> dict[tuple[int, int], int]:
    """What a reader can work out: a line with one unknown cell gives it away; repeat with what was learnt."""
    known = {
        (r, c): cell.count
        for r, row in enumerate(table.cells)
        for c, cell in enumerate(row)
        if cell.count is not None
    }
    height, width = len(table.cells), len(table.cells[0])
    lines: list[tuple[list[tuple[int, int]], int]] = []
    if table.row_totals is not None:
        lines += [([(r, c) for c in range(width)], table.row_totals[r]) for r in range(height)]
    if table.column_totals is not None:
        lines += [([(r, c) for r in range(height)], table.column_totals[c]) for c in range(width)]
    if table.row_totals is None and table.column_totals is None:
        lines.append(([(0, 0)], table.grand_total))
    recovered: dict[tuple[int, int], int] = {}
    learnt = True
    while learnt:
        learnt = False
        for cells, total in lines:
            unknown = [cell for cell in cells if cell not in known]
            if len(unknown) == 1:
                value = total - sum(known[cell] for cell in cells if cell in known)
                known[unknown[0]] = value
                recovered[unknown[0]] = value
                learnt = True
    return recovered


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
]


@pytest.mark.parametrize("counts", ATTACKED_TABLES)
def test_no_withheld_cell_can_be_worked_out_from_the_published_totals(counts: list[list[int]]) -> None:
    table = suppress(counts)
    small = [(r, c) for r, row in enumerate(counts) for c, count in enumerate(row) if 0 < count < 5]
    assert small, "each attacked table holds a small cell"
    assert all(table.cells[r][c].suppression is Suppression.SMALL for r, c in small)
    assert recover_by_subtraction(table) == {}


def test_the_attack_does_recover_a_cell_when_only_the_small_one_is_withheld() -> None:
    counts = [[3, 12, 20], [7, 9, 11], [15, 6, 8]]
    only_primary = PublishedTable(
        cells=(
            (PublishedCell(None, Suppression.SMALL), PublishedCell(12), PublishedCell(20)),
            (PublishedCell(7), PublishedCell(9), PublishedCell(11)),
            (PublishedCell(15), PublishedCell(6), PublishedCell(8)),
        ),
        row_totals=(35, 27, 29),
        column_totals=(25, 27, 39),
        grand_total=91,
    )
    assert recover_by_subtraction(only_primary) == {(0, 0): counts[0][0]}


def test_the_smallest_other_non_zero_cell_is_withheld_as_the_complement() -> None:
    table = suppress([[3, 12, 20], [7, 9, 11], [15, 6, 8]])
    assert shown(table) == [["<5", "*", "20"], ["*", "*", "11"], ["15", "6", "8"]]
    assert table.row_totals == (35, 27, 29)
    assert table.column_totals == (25, 27, 39)
    assert table.grand_total == 91


def test_a_table_with_no_small_cells_is_published_as_it_is() -> None:
    counts = [[5, 12, 0], [7, 9, 11]]
    table = suppress(counts)
    assert shown(table) == [["5", "12", "0"], ["7", "9", "11"]]
    assert table.row_totals == (17, 27)
    assert table.column_totals == (12, 21, 11)


def test_zero_stays_zero_when_no_complement_is_needed() -> None:
    table = suppress([[0, 0], [10, 20]])
    assert shown(table) == [["0", "0"], ["10", "20"]]


def test_a_one_column_table_publishes_no_row_totals() -> None:
    table = suppress([[4], [30], [25]])
    assert table.row_totals is None
    assert shown(table) == [["<5"], ["30"], ["*"]]
    assert table.column_totals == (59,)


def test_ragged_or_negative_tables_are_refused() -> None:
    with pytest.raises(ValueError, match="same number of columns"):
        suppress([[1, 2], [3]])
    with pytest.raises(ValueError, match="negative"):
        suppress([[-1, 2]])
