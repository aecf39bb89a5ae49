"""tests/unit/test_services_actions.py, run again on the test PostgreSQL server."""

from tests.engines.on_server import database  # noqa: F401 - the server's database for the tests below
from tests.unit.test_services_actions import *  # noqa: F403

# Reads SQLite's query plan (EXPLAIN QUERY PLAN): the server plans in its own way.
del test_register_queries_use_the_action_indexes  # noqa: F821 - bound by the star import
