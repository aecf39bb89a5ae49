"""Schema versions: fresh databases from the models, Alembic upgrades (with a backup first) for older ones."""

from __future__ import annotations

from sqlalchemy import Engine

from mdt_desktop.storage import search_index
from mdt_desktop.storage.models import Base


def create_fresh(engine: Engine) -> None:
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        search_index.create(connection)


def upgrade_if_needed(database: object) -> None:
    """Placeholder until the Alembic runner lands (storage work in progress)."""
