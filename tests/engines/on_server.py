"""For a module that collects the services' own tests again to run them on the test server: importing
``database`` from here makes it, in that module only, a database of the program on the server.

The services' tests assert what a user sees with values written in the tests, so the same test passing in
``tests/unit`` (an encrypted file) and here (PostgreSQL) means the same results on both engines."""

from __future__ import annotations

import pytest

from mdt_desktop.storage.database import Database


@pytest.fixture
def database(server_database: Database) -> Database:
    return server_database
