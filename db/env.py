"""Alembic environment: runs on the keyed SQLCipher connection the program hands in.

The program never lets Alembic build its own engine from a URL: SQLCipher needs the database key applied to
every new connection, so ``mdt_desktop.storage.migrations`` hands in an open connection through
``config.attributes``.
"""

from __future__ import annotations

from alembic import context

from mdt_desktop.storage.migrations import include_name
from mdt_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("mdt-desktop migrations run only through mdt_desktop.storage.migrations")

# Batch mode lets later revisions alter SQLite tables by copy-and-move, the only way SQLite changes a column.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
)

with context.begin_transaction():
    context.run_migrations()
