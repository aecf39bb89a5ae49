"""Small-cell suppression: nothing under five is shown, and no withheld cell can be worked out from the totals."""

from __future__ import annotations

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
    """What a reader can work out, repeating with what was learnt: a line with one unknown member gives it away
    by subtraction, and so does a line whose remainder is as small as its unknowns can be (each "<5" at least 1)."""
    lines = lines_of(table)
    known: dict[int, int] = {
        id(cell): cell.count for line in lines for cell in line if cell.count is not None
    }
    recovered: dict[int, int] = {}
    learnt = True
    while learnt:
        learnt = False
        for line in lines:
            *members, total = line
            unknown = [cell for cell in line if id(cell) not in known]
            if not unknown:
                continue
            if id(total) in known:
                remainder = known[id(total)] - sum(known[id(c)] for c in members if id(c) in known)
                if len(unknown) == 1:
                    found = {id(unknown[0]): remainder}
                else:
                    least = {id(c): 1 if c.suppression is Suppression.SMALL else 0 for c in unknown}
                    found = least if sum(least.values()) == remainder else {}
            elif len(unknown) == 1:
                found = {id(total): sum(known[id(c)] for c in members)}
            else:
                found = {}
            for key, value in found.items():
                known[key] = recovered[key] = value
                learnt = True
    return recovered


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


def test_the_attack_reads_a_small_cell_beside_a_zero_complement_under_a_small_total() -> None:
    leaky = PublishedTable(
        cells=((PublishedCell(None, Suppression.COMPLEMENTARY), PublishedCell(None, Suppression.SMALL)),),
        row_totals=(PublishedCell(1),),
        column_totals=None,
        grand_total=PublishedCell(1),
    )
    assert sorted(recover(leaky).values()) == [0, 1]
