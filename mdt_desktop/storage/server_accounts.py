"""What the PostgreSQL server itself enforces on a database of the program, whoever connects (the program, psql,
any other client): a group role per program role, the tables each group may touch, and row-level security
policies that keep each person to the bodies and agencies of their own roles.

Group roles are named for the database, ``<database>_secretary``, ``_chair``, ``_agency_officer``, ``_centre``
and ``_admin`` (``mdt_secretary`` for a database called ``mdt``), so two databases on one cluster do not share
them. A person signs in with their own server account (a LOGIN role, ``user_profile.server_account``), which is a
member of the groups of the roles they hold (``user_role``). The groups decide which tables and columns an account
may touch at all; the policies decide which rows, by looking up ``current_user`` in ``user_profile`` and that
person's ``user_role`` rows:

- a secretary or a chair reads and writes the meetings, minutes, actions and cases of the bodies they serve, and
  those cases' consents, identities, assessments, safety plans and referrals; no other body's;
- an agency officer reads the action points of their own agencies, with their progress, the meetings they were
  agreed in and the cases' codes (no other column of a case); they record progress on them and change only an
  action's status; they read no row of case_identity, case_consent, risk_assessment, safety_plan or
  safety_contact, and the plan services linked to their own actions only;
- a centre officer reads the general records (meetings, actions, cases, referrals) for the statistics, and reads
  and writes the centre's tables (districts, certificates, received packages and records, decisions); no row of
  identities, consents, assessments or safety plans;
- an administrator reads and writes everything, people and roles included, and may grant the other groups (and
  their own, to another administrator) to accounts.

Everyone reads the reference tables (areas, agencies, bodies, rosters, holidays, settings, people and roles) and
adds to the audit log; nobody but the owner changes or removes an audit entry once its hash is written. A person
retired in the program loses every group and every row.

``apply_security`` sets all this up, idempotently, on a connection of the database's owner (it alters the tables)
that may create roles (``CREATEROLE``, or a superuser): it creates the groups that are missing, replaces the
grants and the program's policies (named ``mdt_*``) of every table, and brings the groups' members in line with
the people's roles and accounts (``sync_memberships``). It is no migration: run it after ``create_schema`` and
again after every upgrade of the schema (``mdt roles secure --url URL``, as the owner), so that a table or column
added by a revision gets its grants. A table this module has no rule for is the administrators' only.

The owner and superusers bypass row-level security: the owner's account is for setting up and upgrading, not for
daily work, and nobody signs in to the program with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from mdt_desktop.domain.roles import Role
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.storage.search_index import SearchKind

SERVER_DENIED = Message(
    th="เซิร์ฟเวอร์ไม่อนุญาตให้บัญชีของท่านทำสิ่งนี้ตามบทบาทของท่าน หากท่านควรทำได้ โปรดแจ้งผู้ดูแลระบบของฐานข้อมูลนี้",
    en="The server does not let your account do this with your roles. If you should be able to, tell this "
    "database's administrator",
)
# PostgreSQL's insufficient_privilege: a table or column not granted, or a row a policy does not accept.
INSUFFICIENT_PRIVILEGE = "42501"

POLICY_PREFIX = "mdt_"
# The longest database name whose group names still fit PostgreSQL's 63 characters.
LONGEST_DATABASE_NAME = 63 - len("_agency_officer")

_GROUP_SUFFIXES: dict[Role, str] = {
    Role.SECRETARY: "secretary",
    Role.CHAIR: "chair",
    Role.AGENCY_OFFICER: "agency_officer",
    Role.CENTRE_OFFICER: "centre",
    Role.ADMINISTRATOR: "admin",
}

READ = ("SELECT",)
WRITE = ("SELECT", "INSERT", "UPDATE", "DELETE")
EVERYONE = tuple(Role)
BODY_ROLES = (Role.SECRETARY, Role.CHAIR)


class DatabaseNameTooLong(ValueError):
    """The database's name leaves no room for its groups' suffixes within PostgreSQL's 63 characters."""


def denied(error: BaseException) -> Refusal | None:
    """The refusal for what the server's grants or policies did not allow the signed-in account (the program's
    own checks usually refuse first), or None for any other error."""
    cause = getattr(error, "orig", None) or error
    if getattr(cause, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        return Refusal(SERVER_DENIED)
    return None


def group_name(database: str, role: Role) -> str:
    """The group role of ``role`` in the database called ``database``."""
    if len(database) > LONGEST_DATABASE_NAME:
        raise DatabaseNameTooLong(database)
    return f"{database}_{_GROUP_SUFFIXES[role]}"


def quote(identifier: str) -> str:
    """A role's or table's name as an SQL identifier (the names of accounts come from people: always quoted)."""
    return '"' + identifier.replace('"', '""') + '"'


# --- who the signed-in account is, as the policies see it ---------------------------------------------------


def _held(column: str, *roles: Role) -> str:
    """The ``column`` of the user_role rows of ``roles`` held by the person signed in (``current_user``)."""
    names = ", ".join(f"'{role.value}'" for role in roles)
    return (
        f"SELECT r.{column} FROM user_role r JOIN user_profile p ON p.id = r.profile_id "
        f"WHERE p.server_account = current_user AND NOT p.retired AND r.role IN ({names})"
    )


def _holds(role: Role) -> str:
    return f"EXISTS ({_held('id', role)})"


MY_BODIES = _held("body_id", *BODY_ROLES)
MY_AGENCIES = _held("agency_id", Role.AGENCY_OFFICER)
MY_PROFILE = "SELECT p.id FROM user_profile p WHERE p.server_account = current_user AND NOT p.retired"
MY_NAME = "SELECT p.name FROM user_profile p WHERE p.server_account = current_user AND NOT p.retired"
BODY_MEETINGS = f"SELECT m.id FROM meeting m WHERE m.body_id IN ({MY_BODIES})"
BODY_ITEMS = f"SELECT i.id FROM agenda_item i WHERE i.meeting_id IN ({BODY_MEETINGS})"
BODY_ACTIONS = f"SELECT a.id FROM action_point a WHERE a.body_id IN ({MY_BODIES})"
BODY_CASES = f"SELECT c.id FROM case_file c WHERE c.body_id IN ({MY_BODIES})"
BODY_PLANS = f"SELECT s.id FROM safety_plan s WHERE s.case_id IN ({BODY_CASES})"
AGENCY_ACTIONS = f"SELECT a.id FROM action_point a WHERE a.agency_id IN ({MY_AGENCIES})"
AGENCY_MEETINGS = f"SELECT a.meeting_id FROM action_point a WHERE a.agency_id IN ({MY_AGENCIES})"
AGENCY_CASES = f"SELECT a.case_id FROM action_point a WHERE a.agency_id IN ({MY_AGENCIES})"
IS_ADMINISTRATOR = _holds(Role.ADMINISTRATOR)
IS_CENTRE_OFFICER = _holds(Role.CENTRE_OFFICER)
AUDIT_HEAD = "key = 'audit_chain_head'"  # services.audit.CHAIN_HEAD_KEY: every writer moves the chain's head


@dataclass(frozen=True)
class Policy:
    """One permissive policy: ``roles`` may do ``command`` on the rows ``using`` keeps (and write rows ``check``
    accepts; the same as ``using`` when not given)."""

    name: str
    command: str  # ALL, SELECT, INSERT, UPDATE or DELETE
    roles: tuple[Role, ...]
    using: str | None
    check: str | None = None


@dataclass(frozen=True)
class TableRule:
    """What each group may do with one table: table privileges (a column list in brackets narrows one), and
    row-level security when ``policies`` are given (then a group sees only the rows a policy of its own keeps)."""

    grants: dict[Role, tuple[str, ...]]
    policies: tuple[Policy, ...] = ()


def _everyone_reads(*writers: Role) -> TableRule:
    return TableRule({role: WRITE if role in writers else READ for role in EVERYONE})


def _administrator_all() -> Policy:
    return Policy("admin", "ALL", (Role.ADMINISTRATOR,), IS_ADMINISTRATOR)


def _centre_reads() -> Policy:
    return Policy("centre_read", "SELECT", (Role.CENTRE_OFFICER,), IS_CENTRE_OFFICER)


def _body_rule(scope: str, *, centre_reads: bool) -> TableRule:
    """A table of the bodies' work: its body's secretaries and chairs read and write the rows ``scope`` keeps."""
    grants: dict[Role, tuple[str, ...]] = {
        Role.SECRETARY: WRITE,
        Role.CHAIR: WRITE,
        Role.ADMINISTRATOR: WRITE,
    }
    policies = [Policy("body", "ALL", BODY_ROLES, scope), _administrator_all()]
    if centre_reads:
        grants[Role.CENTRE_OFFICER] = READ
        policies.append(_centre_reads())
    return TableRule(grants, tuple(policies))


def _restricted_case_rule() -> TableRule:
    """A restricted table of a case: the case's body's secretaries and chairs, and administrators. The centre
    officer may select from it (the statistics join identities when there are some) but no row is theirs."""
    rule = _body_rule(f"case_id IN ({BODY_CASES})", centre_reads=False)
    return TableRule({**rule.grants, Role.CENTRE_OFFICER: READ}, rule.policies)


def _centre_table() -> TableRule:
    return TableRule({Role.CENTRE_OFFICER: WRITE, Role.ADMINISTRATOR: WRITE})


TABLE_RULES: dict[str, TableRule] = {
    "alembic_version": _everyone_reads(),
    "area": _everyone_reads(Role.SECRETARY, Role.ADMINISTRATOR),
    "agency": _everyone_reads(Role.SECRETARY, Role.ADMINISTRATOR),
    "holiday": _everyone_reads(Role.SECRETARY, Role.ADMINISTRATOR),
    "risk_instrument": _everyone_reads(Role.SECRETARY, Role.ADMINISTRATOR),
    "user_profile": _everyone_reads(Role.ADMINISTRATOR),
    "user_role": _everyone_reads(Role.ADMINISTRATOR),
    "body": TableRule(
        {**_everyone_reads().grants, Role.SECRETARY: ("SELECT", "UPDATE"), Role.ADMINISTRATOR: WRITE},
        (
            Policy("read", "SELECT", EVERYONE, "true"),
            Policy("secretary", "UPDATE", (Role.SECRETARY,), f"id IN ({MY_BODIES})"),
            _administrator_all(),
        ),
    ),
    "member": TableRule(
        {**_everyone_reads().grants, Role.SECRETARY: WRITE, Role.ADMINISTRATOR: WRITE},
        (
            Policy("read", "SELECT", EVERYONE, "true"),
            Policy("secretary", "ALL", (Role.SECRETARY,), f"body_id IN ({MY_BODIES})"),
            _administrator_all(),
        ),
    ),
    "setting": TableRule(
        {**{role: ("SELECT", "INSERT", "UPDATE") for role in EVERYONE}, Role.ADMINISTRATOR: WRITE},
        (
            Policy("read", "SELECT", EVERYONE, "true"),
            Policy("audit_head_insert", "INSERT", EVERYONE, None, AUDIT_HEAD),
            Policy("audit_head_update", "UPDATE", EVERYONE, AUDIT_HEAD),
            Policy("secretary", "ALL", (Role.SECRETARY,), "true"),
            _administrator_all(),
        ),
    ),
    "audit_entry": TableRule(
        # Added by everyone; a new entry's hash is written just after it (services.audit.add_entry), and an entry
        # once hashed is never changed nor removed but by the owner.
        {role: ("SELECT", "INSERT", "UPDATE (entry_hash)") for role in EVERYONE},
        (
            Policy("read", "SELECT", EVERYONE, "true"),
            Policy("add", "INSERT", EVERYONE, None, "true"),
            Policy("hash_once", "UPDATE", EVERYONE, "entry_hash = ''", "true"),
        ),
    ),
    "field_key_slot": TableRule(
        {**_everyone_reads().grants, **{role: WRITE for role in EVERYONE}},
        (
            Policy("read", "SELECT", EVERYONE, "true"),
            Policy("own_slot", "ALL", EVERYONE, f"profile_id IN ({MY_PROFILE})"),
            _administrator_all(),
        ),
    ),
    "signing_identity": TableRule({Role.SECRETARY: WRITE, Role.CHAIR: READ, Role.ADMINISTRATOR: WRITE}),
    "meeting": TableRule(
        {
            Role.SECRETARY: WRITE,
            Role.CHAIR: WRITE,
            Role.AGENCY_OFFICER: READ,
            Role.CENTRE_OFFICER: READ,
            Role.ADMINISTRATOR: WRITE,
        },
        (
            Policy("body", "ALL", BODY_ROLES, f"body_id IN ({MY_BODIES})"),
            Policy("agency", "SELECT", (Role.AGENCY_OFFICER,), f"id IN ({AGENCY_MEETINGS})"),
            _centre_reads(),
            _administrator_all(),
        ),
    ),
    "attendance": _body_rule(f"meeting_id IN ({BODY_MEETINGS})", centre_reads=True),
    "agenda_item": _body_rule(f"meeting_id IN ({BODY_MEETINGS})", centre_reads=True),
    "minutes_amendment": _body_rule(f"meeting_id IN ({BODY_MEETINGS})", centre_reads=True),
    "circulation_entry": _body_rule(f"meeting_id IN ({BODY_MEETINGS})", centre_reads=True),
    "agenda_item_case": _body_rule(f"agenda_item_id IN ({BODY_ITEMS})", centre_reads=True),
    "action_point": TableRule(
        {
            Role.SECRETARY: WRITE,
            Role.CHAIR: WRITE,
            # What reporting progress changes (services.meetings.actions.add_progress_line), never the task.
            Role.AGENCY_OFFICER: ("SELECT", "UPDATE (status, closed_on, status_reason, row_version)"),
            Role.CENTRE_OFFICER: READ,
            Role.ADMINISTRATOR: WRITE,
        },
        (
            Policy("body", "ALL", BODY_ROLES, f"body_id IN ({MY_BODIES})"),
            Policy("agency_read", "SELECT", (Role.AGENCY_OFFICER,), f"agency_id IN ({MY_AGENCIES})"),
            Policy("agency_update", "UPDATE", (Role.AGENCY_OFFICER,), f"agency_id IN ({MY_AGENCIES})"),
            _centre_reads(),
            _administrator_all(),
        ),
    ),
    "action_progress": TableRule(
        {
            Role.SECRETARY: WRITE,
            Role.CHAIR: WRITE,
            Role.AGENCY_OFFICER: ("SELECT", "INSERT", "DELETE"),
            Role.CENTRE_OFFICER: READ,
            Role.ADMINISTRATOR: WRITE,
        },
        (
            Policy("body", "ALL", BODY_ROLES, f"action_id IN ({BODY_ACTIONS})"),
            Policy("agency_read", "SELECT", (Role.AGENCY_OFFICER,), f"action_id IN ({AGENCY_ACTIONS})"),
            Policy("agency_add", "INSERT", (Role.AGENCY_OFFICER,), None, f"action_id IN ({AGENCY_ACTIONS})"),
            # Taking back (undo) a line of their own (services.meetings.actions.remove_progress).
            Policy(
                "agency_undo",
                "DELETE",
                (Role.AGENCY_OFFICER,),
                f"action_id IN ({AGENCY_ACTIONS}) AND recorded_by IN ({MY_NAME})",
            ),
            _centre_reads(),
            _administrator_all(),
        ),
    ),
    "case_file": TableRule(
        {
            Role.SECRETARY: WRITE,
            Role.CHAIR: WRITE,
            Role.AGENCY_OFFICER: ("SELECT (id, code)",),  # the code their actions show; never the summary
            Role.CENTRE_OFFICER: READ,
            Role.ADMINISTRATOR: WRITE,
        },
        (
            Policy("body", "ALL", BODY_ROLES, f"body_id IN ({MY_BODIES})"),
            Policy("agency", "SELECT", (Role.AGENCY_OFFICER,), f"id IN ({AGENCY_CASES})"),
            _centre_reads(),
            _administrator_all(),
        ),
    ),
    "case_identity": _restricted_case_rule(),
    "case_consent": _restricted_case_rule(),
    "risk_assessment": _restricted_case_rule(),
    "safety_plan": _restricted_case_rule(),
    "referral": _body_rule(f"case_id IN ({BODY_CASES})", centre_reads=True),
    "safety_contact": _body_rule(f"plan_id IN ({BODY_PLANS})", centre_reads=False),
    "safety_plan_service": TableRule(
        {
            Role.SECRETARY: WRITE,
            Role.CHAIR: WRITE,
            # A plan's service agreed as an action follows that action's progress
            # (services.meetings.actions._follow_plan_services), whoever reports it.
            Role.AGENCY_OFFICER: ("SELECT", "UPDATE (status)"),
            Role.ADMINISTRATOR: WRITE,
        },
        (
            Policy("body", "ALL", BODY_ROLES, f"plan_id IN ({BODY_PLANS})"),
            Policy("agency_read", "SELECT", (Role.AGENCY_OFFICER,), f"action_id IN ({AGENCY_ACTIONS})"),
            Policy("agency_update", "UPDATE", (Role.AGENCY_OFFICER,), f"action_id IN ({AGENCY_ACTIONS})"),
            _administrator_all(),
        ),
    ),
    "centre_district": _centre_table(),
    "trusted_certificate": _centre_table(),
    "received_package": _centre_table(),
    "received_record": _centre_table(),
    "centre_decision": _centre_table(),
}
# The search index on a server (revision 0012, ``storage.server_search``): its rows are texts of the source rows
# (storage.search_index.SearchKind), read as those rows are. Its triggers write it with the privileges of whoever
# changed a source row, so everyone who may write one may write it.
_SEARCH_AGENCY, _SEARCH_ACTION, _SEARCH_CASE = (
    int(SearchKind.AGENCY),
    int(SearchKind.ACTION),
    int(SearchKind.CASE),
)
TABLE_RULES["search_trgm"] = TableRule(
    {
        Role.SECRETARY: WRITE,
        Role.CHAIR: WRITE,
        Role.AGENCY_OFFICER: WRITE,
        Role.CENTRE_OFFICER: READ,
        Role.ADMINISTRATOR: WRITE,
    },
    (
        Policy(
            "body_read",
            "SELECT",
            BODY_ROLES,
            f"meeting_id IN ({BODY_MEETINGS}) OR kind = {_SEARCH_AGENCY} "
            f"OR (kind = {_SEARCH_CASE} AND ref_id IN ({BODY_CASES}))",
        ),
        Policy(
            "agency_read",
            "SELECT",
            (Role.AGENCY_OFFICER,),
            f"kind = {_SEARCH_AGENCY} OR (kind = {_SEARCH_ACTION} AND ref_id IN ({AGENCY_ACTIONS}))",
        ),
        Policy("index_insert", "INSERT", (Role.SECRETARY, Role.CHAIR, Role.AGENCY_OFFICER), None, "true"),
        Policy("index_update", "UPDATE", (Role.SECRETARY, Role.CHAIR, Role.AGENCY_OFFICER), "true"),
        Policy("index_delete", "DELETE", (Role.SECRETARY, Role.CHAIR, Role.AGENCY_OFFICER), "true"),
        _centre_reads(),
        _administrator_all(),
    ),
)

# A table added without a rule here (a new revision) is the administrators' alone until one is written.
ADMINISTRATORS_ONLY = TableRule({Role.ADMINISTRATOR: WRITE})


# --- applying it ----------------------------------------------------------------------------------------------


@dataclass
class SecurityReport:
    """What ``apply_security`` did: the groups it created, the tables it secured, and the memberships it
    changed (``account``, ``group``, granted or revoked)."""

    groups_created: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    tables_without_rule: list[str] = field(default_factory=list)
    memberships: MembershipReport | None = None


@dataclass
class MembershipReport:
    granted: list[tuple[str, str]] = field(default_factory=list)
    revoked: list[tuple[str, str]] = field(default_factory=list)
    missing_accounts: list[str] = field(
        default_factory=list
    )  # mapped to a person, no such role on the server


def database_name(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_database()")).scalar_one())


def current_account(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_user")).scalar_one())


def role_exists(connection: Connection, name: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name})
    return found.first() is not None


def groups(connection: Connection) -> dict[Role, str]:
    database = database_name(connection)
    return {role: group_name(database, role) for role in Role}


def is_secured(connection: Connection) -> bool:
    """Whether the security was set up for this database (its administrators' group exists)."""
    return role_exists(connection, groups(connection)[Role.ADMINISTRATOR])


def apply_security(connection: Connection) -> SecurityReport:
    """Groups, grants and policies of every table, and the groups' members, as this module describes; inside the
    caller's transaction (all or nothing), on a connection of the owner that may create roles."""
    report = SecurityReport()
    database = database_name(connection)
    names = groups(connection)
    for name in names.values():
        if not role_exists(connection, name):
            connection.exec_driver_sql(f"CREATE ROLE {quote(name)} NOLOGIN")
            report.groups_created.append(name)
    administrators = names[Role.ADMINISTRATOR]
    # Administrators put people in the other groups. Granted only when missing, so that an owner without the
    # right to create roles can apply it again after an upgrade once the groups are there.
    held = set(
        connection.execute(
            text(
                "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = :administrators AND a.admin_option"
            ),
            {"administrators": administrators},
        ).scalars()
    )
    for role, name in names.items():
        if role is not Role.ADMINISTRATOR and name not in held:
            connection.exec_driver_sql(f"GRANT {quote(name)} TO {quote(administrators)} WITH ADMIN OPTION")
    everyone = ", ".join(quote(name) for name in names.values())
    connection.exec_driver_sql(f"REVOKE ALL ON DATABASE {quote(database)} FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {quote(database)} TO {everyone}")
    connection.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    tables = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    ).scalars()
    for table in list(tables):
        rule = TABLE_RULES.get(table)
        if rule is None:
            report.tables_without_rule.append(table)
        _secure_table(connection, table, rule or ADMINISTRATORS_ONLY, names, everyone)
        report.tables.append(table)
    connection.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}")
    report.memberships = sync_memberships(connection)
    return report


def _secure_table(
    connection: Connection, table: str, rule: TableRule, names: dict[Role, str], everyone: str
) -> None:
    target = quote(table)
    connection.exec_driver_sql(f"REVOKE ALL ON TABLE {target} FROM PUBLIC, {everyone}")
    for role, privileges in rule.grants.items():
        connection.exec_driver_sql(f"GRANT {', '.join(privileges)} ON TABLE {target} TO {quote(names[role])}")
    existing = connection.execute(
        text("SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = :table"),
        {"table": table},
    ).scalars()
    for policy in list(existing):
        if policy.startswith(POLICY_PREFIX):
            connection.exec_driver_sql(f"DROP POLICY {quote(policy)} ON {target}")
    if not rule.policies:
        connection.exec_driver_sql(f"ALTER TABLE {target} DISABLE ROW LEVEL SECURITY")
        return
    connection.exec_driver_sql(f"ALTER TABLE {target} ENABLE ROW LEVEL SECURITY")
    for policy in rule.policies:
        to = ", ".join(quote(names[role]) for role in policy.roles)
        statement = (
            f"CREATE POLICY {quote(POLICY_PREFIX + policy.name)} ON {target} FOR {policy.command} TO {to}"
        )
        if policy.using is not None:
            statement += f" USING ({policy.using})"
        if policy.check is not None:
            statement += f" WITH CHECK ({policy.check})"
        connection.exec_driver_sql(statement)


# --- accounts and their groups --------------------------------------------------------------------------------


def create_account(connection: Connection, account: str, password_verifier: str | None) -> None:
    """A LOGIN role for a person. ``password_verifier`` is the SCRAM verifier made on this side
    (``password_verifier``), so the password itself never reaches the server nor its logs; None for an account
    that signs in with a client certificate (the server's ``pg_hba.conf`` says ``cert`` for it)."""
    statement = f"CREATE ROLE {quote(account)} LOGIN"
    if password_verifier is not None:
        statement += " PASSWORD " + _literal(password_verifier)
    connection.exec_driver_sql(statement)


def password_verifier(connection: Connection, account: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for ``account``, computed by the client library."""
    driver_connection = connection.connection.driver_connection
    pgconn = driver_connection.pgconn  # type: ignore[union-attr]
    verifier: bytes = pgconn.encrypt_password(password.encode(), account.encode(), b"scram-sha-256")
    return verifier.decode("ascii")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def wanted_memberships(connection: Connection) -> dict[str, set[Role]]:
    """Each account mapped to a person in use, with the roles that person holds."""
    rows = connection.execute(
        text(
            "SELECT p.server_account, r.role FROM user_profile p LEFT JOIN user_role r ON r.profile_id = p.id "
            "WHERE p.server_account IS NOT NULL AND p.server_account <> '' AND NOT p.retired"
        )
    )
    wanted: dict[str, set[Role]] = {}
    for account, role in rows:
        wanted.setdefault(account, set())
        if role is not None:
            wanted[account].add(Role(role))
    return wanted


def memberships(connection: Connection, names: dict[Role, str]) -> dict[str, set[Role]]:
    """The accounts (not our groups themselves) that are members of this database's groups, with those roles."""
    by_name = {name: role for role, name in names.items()}
    rows = connection.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ANY(:groups)"
        ),
        {"groups": list(by_name)},
    )
    found: dict[str, set[Role]] = {}
    for member, group in rows:
        if member not in by_name:
            found.setdefault(member, set()).add(by_name[group])
    return found


def sync_memberships(connection: Connection, accounts: Iterable[str] | None = None) -> MembershipReport:
    """Make the groups' members what the people's roles say: each account mapped to a person in use is in the
    groups of the roles they hold and no other of this database; an account no longer mapped, or of a retired
    person, leaves them all. ``accounts`` limits it to those accounts (after one person's change)."""
    report = MembershipReport()
    names = groups(connection)
    existing = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:groups)"),
            {"groups": list(names.values())},
        ).scalars()
    )
    if existing != set(names.values()):
        return (
            report  # the security is not set up yet: ``apply_security`` makes the memberships with the groups
        )
    wanted = wanted_memberships(connection)
    actual = memberships(connection, names)
    considered = set(wanted) | set(actual) if accounts is None else set(accounts)
    for account in sorted(considered):
        if account in wanted and not role_exists(connection, account):
            report.missing_accounts.append(account)
            continue
        want, have = wanted.get(account, set()), actual.get(account, set())
        for role in sorted(want - have):
            admin_option = " WITH ADMIN OPTION" if role is Role.ADMINISTRATOR else ""
            connection.exec_driver_sql(f"GRANT {quote(names[role])} TO {quote(account)}{admin_option}")
            report.granted.append((account, names[role]))
        for role in sorted(have - want):
            connection.exec_driver_sql(f"REVOKE {quote(names[role])} FROM {quote(account)}")
            report.revoked.append((account, names[role]))
    return report
