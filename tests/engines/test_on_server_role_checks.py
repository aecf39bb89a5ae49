"""tests/unit/test_role_checks.py's table of guarded services, run again on the test PostgreSQL server (the keys
and the restore belong to an encrypted file and stay there)."""

from tests.engines.on_server import database  # noqa: F401 - the server's database for the tests below
from tests.unit.test_role_checks import (  # noqa: F401 - collected again here
    office,
    test_a_secretary_lists_the_cases_of_the_bodies_they_serve_and_those_of_no_body,
    test_each_role_without_the_permission_is_refused_and_nothing_is_written,
    test_someone_who_did_not_say_who_they_are_is_asked_to,
    test_the_refusal_names_the_role_and_the_body_it_is_needed_for,
    test_with_no_role_ever_granted_everyone_may_do_it,
)
