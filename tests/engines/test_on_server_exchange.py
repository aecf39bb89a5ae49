"""tests/unit/test_exchange.py, run again on the test PostgreSQL server."""

from tests.engines.on_server import database  # noqa: F401 - the server's database for the tests below
from tests.unit.test_exchange import *  # noqa: F403
