"""tests/unit/test_minutes_model.py, run again on the test PostgreSQL server."""

from tests.engines.on_server import database  # noqa: F401 - the server's database for the tests below
from tests.unit.test_minutes_model import *  # noqa: F403
