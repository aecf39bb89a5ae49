"""Snapshots of removed rows, for undo: every column's value, so that a restore inserts the row with its id."""

from __future__ import annotations

from typing import Any


def row_values(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}
