"""The headless front door (``mdt``, also ``python -m mdt_desktop``): create, fill with demo data, check, list,
export minutes and signed action records, and verify signed PDFs.

Passphrases come from the terminal (typed, not echoed) or, with ``--passphrase-stdin``, from exactly one line of
standard input, for scripts and tests. Never from the command line or the environment: both are visible to other
users of the machine (``ps``, ``/proc``) and end up in shell histories.

Exports and checks go through ``services.exports``, as the GUI's do: no SQL of their own here. A refusal (a
mistake in the command, a destination that cannot take the file) and a problem of the environment (wrong
passphrase, file not ours, read-only, disk full...) are printed as one line on standard error,
``mdt: <Thai> / <English>``, with exit status 2 and no traceback; anything else is a bug and shows its traceback.

Who acts, in the audit log, is the database's user profile named by ``mdt --user NAME`` (or its only profile);
a database without profiles gets the operating-system account. A database that cannot be written is opened
read-only for reading and exporting, and an export from it says that it was not audited.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sqlalchemy import func, select

from mdt_desktop import __version__
from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import CaseType
from mdt_desktop.domain.numbering import meeting_number_label
from mdt_desktop.domain.passphrase import MINIMUM_ACCEPTABLE_SCORE, passphrase_strength
from mdt_desktop.domain.roles import Role, Scope
from mdt_desktop.logging_setup import get_logger, setup_logging, shutdown_logging
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.storage import integrity
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.models import ActionPoint, AgendaItem, Body, CaseFile, Meeting

if TYPE_CHECKING:  # the service is imported when a command needs it, as the others are
    from mdt_desktop.demo.build import DemoSummary
    from mdt_desktop.services.exchange import District
    from mdt_desktop.storage.server_accounts import SecurityReport

log = get_logger("app")

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_ERROR = 2


STDIN_NOT_UTF8 = Message(
    "รหัสผ่านที่ส่งทางอินพุตมาตรฐานต้องเข้ารหัสแบบ UTF-8", "The passphrase on standard input must be encoded as UTF-8."
)
NO_STDIN_PASSPHRASE = Message(
    "ไม่ได้รับรหัสผ่านทางอินพุตมาตรฐาน (ต้องเป็นบรรทัดแรก)",
    "No passphrase on standard input (it must be the first line).",
)
NO_TERMINAL = Message(
    "ไม่มีหน้าจอให้พิมพ์รหัสผ่าน ใช้ --passphrase-stdin เพื่อส่งรหัสผ่านทางอินพุตมาตรฐาน",
    "There is no terminal to type the passphrase; use --passphrase-stdin to pass it on standard input.",
)
NO_PASSPHRASE_TYPED = Message("ไม่ได้พิมพ์รหัสผ่าน", "No passphrase was typed.")
PASSPHRASES_DIFFER = Message("รหัสผ่านสองครั้งไม่ตรงกัน", "The two passphrases differ.")
WEAK_PASSPHRASE = Message("รหัสผ่านนี้ใช้ไม่ได้: {hint}", "This passphrase cannot be used: {hint}")
CANCELLED = Message("ยกเลิกแล้ว", "Cancelled.")
FILE_THERE = Message(
    "ไม่ได้บันทึก {name}: มีไฟล์ชื่อนี้อยู่แล้วใน {folder} เลือกชื่ออื่น หรือใช้ --force เพื่อเขียนทับ",
    "Did not save {name}: a file of that name is already in {folder}. Choose another name, or use --force to "
    "replace it.",
)


# --- passphrases ----------------------------------------------------------------------------------------------


def read_passphrase_stdin(stream: TextIO | None = None) -> str:
    """Exactly one line of standard input, without its line ending, decoded as UTF-8 whatever the locale."""
    stream = stream or sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        raw: bytes = buffer.readline()
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise Refusal(STDIN_NOT_UTF8) from error
    else:
        line = stream.readline()
    passphrase = line.removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise Refusal(NO_STDIN_PASSPHRASE)
    return passphrase


def _ask_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    if args.passphrase_stdin:
        return read_passphrase_stdin()
    if not sys.stdin.isatty():
        raise Refusal(NO_TERMINAL)
    passphrase = getpass.getpass("รหัสผ่าน / Passphrase: ")
    if not passphrase:
        raise Refusal(NO_PASSPHRASE_TYPED)
    if confirm and getpass.getpass("พิมพ์รหัสผ่านอีกครั้ง / Passphrase again: ") != passphrase:
        raise Refusal(PASSPHRASES_DIFFER)
    return passphrase


def _require_strong(passphrase: str) -> None:
    score, hint_th = passphrase_strength(passphrase, "th")
    if score < MINIMUM_ACCEPTABLE_SCORE:
        _score, hint_en = passphrase_strength(passphrase, "en")
        raise Refusal(WEAK_PASSPHRASE, hint=Message(hint_th, hint_en))


# --- commands -------------------------------------------------------------------------------------------------


def _print_recovery_code(code: str, out: TextIO) -> None:
    print(f"รหัสกู้คืน / Recovery code: {code}", file=out)
    print(
        "โปรดจดรหัสกู้คืนนี้ลงกระดาษทันทีและเก็บไว้ในที่ปลอดภัย แยกจากเครื่องนี้ รหัสนี้จะแสดงเพียงครั้งเดียว "
        "หากลืมรหัสผ่านและไม่มีรหัสกู้คืน จะไม่มีใครเปิดข้อมูลนี้ได้อีก",
        file=out,
    )
    print(
        "Write this recovery code down on paper now and keep it somewhere safe, away from this computer. It is "
        "shown only once: without the passphrase or this code nobody can open the data again.",
        file=out,
    )


def cmd_init(args: argparse.Namespace) -> int:
    from mdt_desktop.services.seed import seed_new_database

    if args.url is not None:
        return _init_on_server(args)
    passphrase = _ask_passphrase(args, confirm=True)
    _require_strong(passphrase)
    database, code = Database.create(args.database, passphrase)
    try:
        seed_new_database(database)
    finally:
        database.close()
    log.info("created a database with the cli")
    print(f"สร้างฐานข้อมูล {args.database} แล้ว / Created {args.database}")
    _print_recovery_code(code, sys.stdout)
    return EXIT_OK


def _print_security(report: SecurityReport) -> None:
    print(
        f"ตั้งสิทธิ์และนโยบายระดับแถวของ {len(report.tables)} ตาราง / "
        f"Set the grants and row-level policies of {len(report.tables)} tables"
    )


def _init_on_server(args: argparse.Namespace) -> int:
    """``mdt init --url URL``, run by the database's owner on an empty database: the schema with the restricted
    fields encrypted under the office's passphrase (and a recovery code shown once), the starting data, and what
    the server enforces (``mdt roles secure``), so that a centre's database is never plain nor open to all."""
    from mdt_desktop.services import server_accounts
    from mdt_desktop.services.seed import seed_new_database
    from mdt_desktop.storage.server import create_encrypted_schema

    url = _server_url(args.url)
    passphrase = _ask_passphrase(args, confirm=True)
    _require_strong(passphrase)
    database, code = create_encrypted_schema(url, passphrase)
    try:
        seed_new_database(database)
        report = server_accounts.secure(database)
    finally:
        database.close()
    log.info("created a database on a server with the cli")
    print(
        f"สร้างฐานข้อมูลบนเซิร์ฟเวอร์ {database.location} แล้ว / Created the database on the server {database.location}"
    )
    _print_security(report)
    _print_recovery_code(code, sys.stdout)
    return EXIT_OK


PASSWORD_IN_URL = Message(
    "อย่าใส่รหัสผ่านไว้ในที่อยู่เซิร์ฟเวอร์ (ผู้ใช้อื่นในเครื่องเห็นได้) ให้เก็บไว้ในไฟล์ ~/.pgpass ของท่านแทน",
    "Do not put the password in the server's address (other users of this computer can see it): keep it in "
    "your ~/.pgpass file instead.",
)


def _server_url(url: str) -> str:
    """A URL from the command line, refused when it carries a password: PostgreSQL's client library reads it
    from ``~/.pgpass`` (or the file ``PGPASSFILE`` names) instead."""
    from mdt_desktop.storage.server import server_url

    if server_url(url).password is not None:
        raise Refusal(PASSWORD_IN_URL)
    return url


def _progress(percent: int, message: str) -> None:
    print(f"{percent:3d}% {message}", file=sys.stderr, flush=True)


def _print_demo_summary(summary: DemoSummary) -> None:
    print(f"scale={summary.scale} seed={summary.seed} end={summary.end_date.isoformat()}")
    for table, count in summary.counts.items():
        print(f"{table}\t{count}")


def _demo_on_server(args: argparse.Namespace) -> int:
    """The demo in an empty database on a PostgreSQL server: its schema made by the migrations with the restricted
    fields encrypted (the demo passphrase, or the one on standard input), then filled."""
    from mdt_desktop.demo import DEMO_PASSPHRASE, build_demo
    from mdt_desktop.storage.server import create_encrypted_schema

    url = _server_url(args.url)
    passphrase = _ask_passphrase(args) if args.passphrase_stdin else DEMO_PASSPHRASE
    database, code = create_encrypted_schema(url, passphrase)
    try:
        summary = build_demo(database, args.scale, seed=args.seed, progress=_progress)
    finally:
        database.close()
    print(
        f"สร้างฐานข้อมูลสาธิตบนเซิร์ฟเวอร์ {database.location} แล้ว / Created the demo on the server {database.location}"
    )
    _print_demo_summary(summary)
    if not args.passphrase_stdin:
        print(f"รหัสผ่านข้อมูลลับ (สาธิต) / Demo passphrase of the restricted fields: {DEMO_PASSPHRASE}")
    print(f"รหัสกู้คืน / Recovery code: {code}")
    return EXIT_OK


def cmd_encrypt_fields(args: argparse.Namespace) -> int:
    """``mdt encrypt-fields --url URL``: a database on a server whose restricted fields are plain gets the office's
    field key, and every restricted value is encrypted in place; run again, it encrypts what is still plain."""
    from mdt_desktop.storage.database import FILE_ENCRYPTED_WHOLE
    from mdt_desktop.storage.field_crypto import FieldState
    from mdt_desktop.storage.server import ServerDatabase

    if args.url is None:  # refused before any passphrase is asked or the file opened
        raise Refusal(FILE_ENCRYPTED_WHOLE, location=args.database)
    from mdt_desktop.services import audit

    database = ServerDatabase.open(_server_url(args.url))
    try:
        actor = _actor(args, database)
        new_key = database.restricted_fields.state is FieldState.OFF
        passphrase = _ask_passphrase(args, confirm=new_key)
        if new_key:
            _require_strong(passphrase)
        code = database.encrypt_fields(passphrase, progress=_progress)
        audit.log(database, actor, "encrypt_fields" if new_key else "encrypt_fields_again", "database", None)
    finally:
        database.close()
    print(
        f"เข้ารหัสข้อมูลลับของฐานข้อมูล {database.location} แล้ว / "
        f"The restricted fields of {database.location} are encrypted"
    )
    if code is not None:
        _print_recovery_code(code, sys.stdout)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from mdt_desktop.demo import DEMO_PASSPHRASE, build_demo

    if args.url is not None:
        return _demo_on_server(args)
    passphrase = _ask_passphrase(args) if args.passphrase_stdin else DEMO_PASSPHRASE
    database, code = Database.create(args.database, passphrase)
    try:
        summary = build_demo(database, args.scale, seed=args.seed, progress=_progress)
    finally:
        database.close()
    print(f"สร้างฐานข้อมูลสาธิต {args.database} แล้ว / Created the demo database {args.database}")
    _print_demo_summary(summary)
    if not args.passphrase_stdin:
        print(f"รหัสผ่านสาธิต / Demo passphrase: {DEMO_PASSPHRASE}")
    print(f"รหัสกู้คืน / Recovery code: {code}")
    return EXIT_OK


READ_ONLY_NOTICE = Message(
    "เปิดไฟล์ {name} แบบอ่านอย่างเดียว (ไฟล์หรือโฟลเดอร์เขียนไม่ได้)",
    "{name} is open read-only (the file or its folder cannot be written).",
)


def _open_for_reading(args: argparse.Namespace, passphrase: str) -> Database:
    """Open for a command that only reads: a file or folder that cannot be written opens read-only."""
    database = Database.open_with_passphrase(args.database, passphrase, allow_read_only=True)
    if database.read_only:
        notice = READ_ONLY_NOTICE
        print(
            f"mdt: {notice.text('th', name=args.database.name)} / {notice.text('en', name=args.database.name)}",
            file=sys.stderr,
        )
    return database


def _report_damage(args: argparse.Namespace, passphrase: str) -> int:
    """``mdt check`` on a file that does not open: what is damaged, table by table, and the ways back."""
    from mdt_desktop.services.backups import damage_report

    report = damage_report(args.database, passphrase)
    print(f"{args.database}")
    for line in report.lines():
        print(line)
    _print_ways_back(args.database)
    print("ผลการตรวจ: ไฟล์เสียหาย / Result: the file is damaged")
    return EXIT_CHECK_FAILED


def _print_ways_back(database_path: Path, out: TextIO | None = None, *, salvage: bool = True) -> None:
    from mdt_desktop.services.backups import latest_backup

    out = out or sys.stdout
    latest = latest_backup(database_path)
    if latest is not None:
        print(f"สำรองข้อมูลล่าสุด / Latest backup: {latest}", file=out)
        print(f"  mdt restore {latest} {database_path}", file=out)
    if not salvage:
        return
    print(
        f"กู้ข้อมูลที่ยังอ่านได้ลงฐานข้อมูลใหม่ / Salvage what is readable into a new database: "
        f"mdt salvage {database_path} NEW.mdt",
        file=out,
    )


def _check_audit_chain(database: Database, report: integrity.CheckReport) -> None:
    from mdt_desktop.services import audit

    chain = audit.verify_chain(database)
    line = f"audit_chain: {chain.message('th')} / {chain.message('en')}"
    if chain.intact:
        report.passed(line)
    else:
        report.problem(line)


def _counts(database: Database) -> dict[str, int | None]:
    with database.read_session() as session:
        return {
            "meetings": session.scalar(select(func.count()).select_from(Meeting)),
            "actions": session.scalar(select(func.count()).select_from(ActionPoint)),
            "cases": session.scalar(select(func.count()).select_from(CaseFile)),
        }


def _check_server(args: argparse.Namespace) -> int:
    """``mdt check --url``: the schema revision, the foreign keys and the audit chain of a server's database."""
    from mdt_desktop.storage.server import ServerDatabase

    database = ServerDatabase.open(_server_url(args.url))
    try:
        report = integrity.check(database)
        _check_audit_chain(database, report)
        counts = _counts(database)
    finally:
        database.close()
    print(database.location)
    for line in report.lines:
        print(line)
    print(" ".join(f"{name}={count}" for name, count in counts.items()))
    if report.ok:
        print("ผลการตรวจ: ไม่พบปัญหา / Result: no problems found")
        return EXIT_OK
    print(
        "ผลการตรวจ: พบปัญหา โปรดแจ้งผู้ดูแลเซิร์ฟเวอร์ (กู้คืนจาก pg_dump ล่าสุด) / "
        "Result: problems found; tell the server's administrator (restore the latest pg_dump)"
    )
    return EXIT_CHECK_FAILED


def cmd_check(args: argparse.Namespace) -> int:
    if args.url is not None:
        return _check_server(args)
    passphrase = _ask_passphrase(args)
    try:
        database = _open_for_reading(args, passphrase)
    except StorageError as error:
        if error.problem is not StorageProblem.CORRUPT:
            raise
        return _report_damage(args, passphrase)
    try:
        report = integrity.check(database)
        if report.ok:  # a damaged file cannot be read row by row; its damage is already the finding
            _check_audit_chain(database, report)
        else:
            report.passed("audit_chain: ไม่ได้ตรวจ เพราะไฟล์เสียหาย / not checked: the file is damaged")
        counts: dict[str, int | None] | None = _counts(database)
    except StorageError as error:
        if error.problem is not StorageProblem.CORRUPT:
            raise
        counts = None  # a damaged page in these tables: the table-by-table report below says which
    finally:
        database.close()
    if counts is None:
        return _report_damage(args, passphrase)
    print(f"{args.database}")
    for line in report.lines:
        print(line)
    print(" ".join(f"{name}={count}" for name, count in counts.items()))
    if report.ok:
        print("ผลการตรวจ: ไม่พบปัญหา / Result: no problems found")
        return EXIT_OK
    _print_damaged_tables(args.database, passphrase)
    print("ผลการตรวจ: พบปัญหา โปรดเปิดจากไฟล์สำรองข้อมูล / Result: problems found; restore from a backup")
    return EXIT_CHECK_FAILED


def _print_damaged_tables(database_path: Path, passphrase: str) -> None:
    """After a failed check of a file that opens: the tables with unreadable rows, if any, and the ways back."""
    from mdt_desktop.services.backups import damage_report

    damaged = [table for table in damage_report(database_path, passphrase).tables if table.damaged]
    for table in damaged:
        print(table.line())
    if damaged:
        _print_ways_back(database_path)


def _one_line(value: str) -> str:
    return " ".join(value.split())  # a name with a tab or line break would break the columns


def cmd_meetings(args: argparse.Namespace) -> int:
    database = _open_for_reading(args, _ask_passphrase(args))
    items = select(AgendaItem.meeting_id, func.count().label("n")).group_by(AgendaItem.meeting_id).subquery()
    actions = (
        select(ActionPoint.meeting_id, func.count().label("n")).group_by(ActionPoint.meeting_id).subquery()
    )
    query = (
        select(
            Meeting.id,
            Body.name_th,
            Meeting.number,
            Meeting.year_be,
            Meeting.date,
            func.coalesce(items.c.n, 0),
            func.coalesce(actions.c.n, 0),
        )
        .join(Body, Body.id == Meeting.body_id)
        .outerjoin(items, items.c.meeting_id == Meeting.id)
        .outerjoin(actions, actions.c.meeting_id == Meeting.id)
        .order_by(Meeting.date, Meeting.id)
    )
    out = sys.stdout
    try:
        with database.engine.connect() as connection:
            # yield_per: rows are fetched and printed in batches, so a province's twenty years of meetings
            # never sit in memory at once.
            for row in connection.execution_options(yield_per=1000).execute(query):
                meeting_id, body, number, year_be, day, item_count, action_count = row
                label = meeting_number_label(number, year_be)
                out.write(
                    f"{meeting_id}\t{_one_line(body)}\t{label}\t{day.isoformat()}\t{item_count}\t{action_count}\n"
                )
        out.flush()
    finally:
        database.close()
    return EXIT_OK


# --- exports --------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _force_named() -> Iterator[None]:
    """The services' "file already there" refusal, told with the option that overrides it on the command line."""
    from mdt_desktop.services.exports.destination import FILE_EXISTS

    try:
        yield
    except Refusal as refusal:
        if refusal.reason != FILE_EXISTS:
            raise
        raise Refusal(FILE_THERE, **refusal.values) from refusal


def _actor(args: argparse.Namespace, database: Database | None) -> str:
    """Who acts, for the audit log: the user profile of ``database`` named by ``--user`` (or its only profile);
    a database without profiles (made before them), or none to look in, the name given or the operating-system
    account running the command. An unknown name, or several profiles and none named, is a ``Refusal``."""
    from mdt_desktop.services.profiles import profile_named

    if database is not None:
        profile = profile_named(database, args.user)
        if profile is not None:
            database.actor = profile.name  # for the entries services write on their own
            return profile.name
    if args.user is not None and database is None:
        return typed_text.checked(str(args.user), typed_text.NAME).strip() or "cli"
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):
        return "cli"


def _tell_if_not_audited(database: Database) -> None:
    from mdt_desktop.services.audit import export_notice

    notice = export_notice(database)
    if notice is not None:
        _report(notice.th, notice.en)


def cmd_export_minutes(args: argparse.Namespace) -> int:
    from mdt_desktop.exports.minutes_model import MinutesOptions
    from mdt_desktop.services.exports.annex import export_annex
    from mdt_desktop.services.exports.minutes import export_minutes

    options = MinutesOptions(
        digits=args.digits,
        language=args.language,
        classification=args.classification,
        recipient=args.recipient,
    )
    database = _open_for_reading(args, _ask_passphrase(args))
    try:
        actor = _actor(args, database)
        with _force_named():
            if args.annex:
                path = export_annex(
                    database, args.meeting, args.format, args.output, options, actor=actor, force=args.force
                )
            else:
                path = export_minutes(
                    database,
                    args.meeting,
                    args.format,
                    args.output,
                    options,
                    actor=actor,
                    force=args.force,
                    identifying_reason=args.confirm_identifying,
                )
        if args.annex:
            print(f"บันทึกเอกสารแนบข้อมูลกรณี (ลับ) ที่ {path} แล้ว / Wrote the restricted case annex to {path}")
        else:
            print(f"บันทึกรายงานการประชุมที่ {path} แล้ว / Wrote the minutes to {path}")
        _tell_if_not_audited(database)
    finally:
        database.close()
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    """The statistics for a period and area as an XLSX workbook or a PDF, by the suffix of ``-o``; small counts
    suppressed; audited by area only."""
    from mdt_desktop.services import statistics
    from mdt_desktop.services.exports.statistics import export_statistics, format_of

    format_of(args.output)  # a file the command cannot write is refused before the passphrase is asked
    database = _open_for_reading(args, _ask_passphrase(args))
    try:
        actor = _actor(args, database)
        scope: tuple[str, int | None] = ("area", args.area)
        if args.received or args.district:
            from mdt_desktop.services import centre, exchange

            district_id = exchange.district_named(database, args.district).id if args.district else None
            report = centre.report(database, args.start, args.end, district_id)
            scope = ("district", district_id)
        else:
            report = statistics.report(database, args.start, args.end, args.area)
        with _force_named():
            path = export_statistics(
                database, report, args.output, actor=actor, force=args.force, scope=scope
            )
        print(f"บันทึกสถิติที่ {path} แล้ว / Wrote the statistics to {path}")
        _tell_if_not_audited(database)
    finally:
        database.close()
    return EXIT_OK


def cmd_export_actions(args: argparse.Namespace) -> int:
    from mdt_desktop.services.exports.action_records import (
        agency_by_key,
        export_action_records,
        identity_for_signing,
    )

    database = _open_for_reading(args, _ask_passphrase(args))
    try:
        actor = _actor(args, database)
        agencies = None if args.agency is None else [agency_by_key(database, args.meeting, args.agency).id]
        identity = identity_for_signing(database, args.meeting) if args.sign else None
        if identity is not None:
            print(
                f"สร้างใบรับรองสำหรับลงนามของ {identity.subject} แล้ว (ลงนามเอง ใช้ได้ถึง "
                f"{identity.not_after:%Y-%m-%d}) ลายนิ้วมือ SHA-256: {identity.sha256_fingerprint}"
            )
            print(
                f"Created a self-signed signing certificate for {identity.subject} (valid until "
                f"{identity.not_after:%Y-%m-%d}); SHA-256 fingerprint: {identity.sha256_fingerprint}"
            )
        with _force_named():
            export_action_records(
                database,
                args.meeting,
                agencies,
                args.output,
                actor=actor,
                force=args.force,
                sign=args.sign,
                digits=args.digits,
                classification=args.classification,
                on_saved=lambda saved: print(
                    f"{saved.path}\t{_one_line(saved.agency.name)}\t{saved.agency.action_count}", flush=True
                ),
            )
        _tell_if_not_audited(database)
    finally:
        database.close()
    return EXIT_OK


def cmd_export_certificate(args: argparse.Namespace) -> int:
    from mdt_desktop.exports.signing import fingerprint_lines
    from mdt_desktop.services.exports.signing import create_identity, current_identity, export_certificate

    database = _open_for_reading(args, _ask_passphrase(args))
    try:
        actor = _actor(args, database)
        if args.create and current_identity(database) is None:
            made = create_identity(database, args.create)
            print(f"สร้างใบรับรองของ {made.subject} แล้ว / Created a self-signed certificate for {made.subject}")
        with _force_named():
            identity = export_certificate(database, args.output, actor=actor, force=args.force)
        print(f"{args.output}\t{identity.subject}")
        print("ลายนิ้วมือใบรับรอง (SHA-256) / Certificate fingerprint (SHA-256):")
        for line in fingerprint_lines(identity.sha256_fingerprint):
            print(f"  {line}")
        _tell_if_not_audited(database)
    finally:
        database.close()
    return EXIT_OK


# --- the exchange with the provincial centre ---------------------------------------------------------------------


def _counts_line(counts: dict[str, int]) -> str:
    return " ".join(f"{kind}={count}" for kind, count in counts.items() if count)


def cmd_exchange_export(args: argparse.Namespace) -> int:
    """A district's signed, encrypted package for its centre, for a period."""
    from mdt_desktop.domain.codes import MinutesShared
    from mdt_desktop.services import exchange

    centre_certificate = exchange.read_certificate(args.centre)
    database = _open_for_reading(args, _ask_passphrase(args))
    try:
        actor = _actor(args, database)
        with _force_named():
            exported = exchange.export_package(
                database,
                centre_certificate,
                args.start,
                args.end,
                args.output,
                actor=actor,
                area_id=args.area,
                minutes=MinutesShared(args.minutes),
                force=args.force,
            )
        print(f"{exported.path}\t{_counts_line(exported.counts)}")
        print(f"ข้อมูลระบุตัวตนที่ส่งตามความยินยอม / Identity records sent under consent: {exported.identities}")
        _tell_if_not_audited(database)
    finally:
        database.close()
    return EXIT_OK


def cmd_exchange_import(args: argparse.Namespace) -> int:
    """Import packages at the centre; each file is reported, a refused one does not stop the others."""
    from mdt_desktop.services import exchange

    database = Database.open_with_passphrase(args.database, _ask_passphrase(args))
    refused = 0
    try:
        actor = _actor(args, database)
        for path in args.files:
            try:
                summary = exchange.import_package_file(database, path, actor=actor)
            except Refusal as refusal:
                refused += 1
                print(
                    f"{path}\tREFUSED\t{_one_line(refusal.message('th'))} / {_one_line(refusal.message('en'))}"
                )
                continue
            period = f"{summary.period_from.isoformat()}..{summary.period_to.isoformat()}"
            if summary.already:
                print(f"{path}\tALREADY\t{summary.district}\t{period}")
                continue
            print(
                f"{path}\tIMPORTED\t{summary.district}\t{period}\tadded: {_counts_line(summary.added) or 0}"
                f"\tupdated: {_counts_line(summary.updated) or 0}\tremoved: {_counts_line(summary.removed) or 0}"
                f"\tkept newer: {_counts_line(summary.kept_newer) or 0}"
            )
    finally:
        database.close()
    return EXIT_ERROR if refused else EXIT_OK


def _print_district(district: District) -> None:
    """A trusted district's name, then each of its certificates' fingerprints in two lines."""
    from mdt_desktop.exports.signing import fingerprint_lines

    print(district.name_th)
    for fingerprint in district.fingerprints:
        for line in fingerprint_lines(fingerprint):
            print(f"  {line}")


def cmd_exchange_trust(args: argparse.Namespace) -> int:
    """Trust a district's certificate at the centre, under the district's name."""
    from mdt_desktop.services import exchange
    from mdt_desktop.services.exports.signing import UNREADABLE_FILE

    try:
        certificate = args.certificate.read_bytes()
    except OSError as error:
        raise Refusal(UNREADABLE_FILE, name=args.certificate.name) from error
    database = Database.open_with_passphrase(args.database, _ask_passphrase(args))
    try:
        district = exchange.trust_certificate(
            database, certificate, args.district, actor=_actor(args, database)
        )
    finally:
        database.close()
    _print_district(district)
    return EXIT_OK


def cmd_exchange_districts(args: argparse.Namespace) -> int:
    """The districts the centre trusts, with their fingerprints."""
    from mdt_desktop.services import exchange

    database = _open_for_reading(args, _ask_passphrase(args))
    try:
        for district in exchange.districts(database):
            _print_district(district)
    finally:
        database.close()
    return EXIT_OK


# --- risk instruments -----------------------------------------------------------------------------------------


def cmd_instruments_list(args: argparse.Namespace) -> int:
    """The instruments an assessment can use (shipped and imported), and every file or record left out."""
    from mdt_desktop.services.risk import list_instruments

    database = _open_for_reading(args, _ask_passphrase(args))
    try:
        catalogue = list_instruments(database)
    finally:
        database.close()
    for instrument in catalogue.instruments:
        print(f"{instrument.key}\t{instrument.version}\t{instrument.title.th}\t{len(instrument.questions)}")
    for problem in catalogue.problems:
        _report(problem.th, problem.en)
    return EXIT_OK


def cmd_instruments_import(args: argparse.Namespace) -> int:
    """An office's own instrument file into the database: a new key or version is added beside the others."""
    from mdt_desktop.services.risk import import_instrument

    database = Database.open_with_passphrase(args.database, _ask_passphrase(args))
    try:
        instrument = import_instrument(database, args.file, _actor(args, database))
    finally:
        database.close()
    print(f"{instrument.key}\t{instrument.version}\t{instrument.title.th}\t{len(instrument.questions)}")
    return EXIT_OK


def cmd_case_add(args: argparse.Namespace) -> int:
    """A case of an office's existing register under its own code, kept exactly as typed (any shape, Thai or
    Arabic digits), or under the next code when none is given; prints its id and code."""
    from mdt_desktop.services.cases import NewCase, create_case

    new = NewCase(args.type, args.intake_date or dt.date.today(), body_id=args.body, code=args.code or "")
    database = Database.open_with_passphrase(args.database, _ask_passphrase(args))
    try:
        case_id, code = create_case(database, new)
    finally:
        database.close()
    print(f"{case_id}\t{code}")
    return EXIT_OK


# --- backups and the ways back -------------------------------------------------------------------------------


# --- people and roles (mdt roles) -----------------------------------------------------------------------------

UNKNOWN_ROLE_PLACE = Message(
    "ไม่พบ{kind} {key} ในฐานข้อมูลนี้ ที่มี: {known}", "This database has no {kind} {key}. It has: {known}"
)
ACCOUNT_ONLY_ON_SERVER = Message(
    "--account ใช้ได้กับฐานข้อมูลบนเซิร์ฟเวอร์ (--url) เท่านั้น ในไฟล์บนเครื่องนี้ผู้ใช้เลือกชื่อของตนตอนปลดล็อก",
    "--account is for a database on a server (--url) only: with a file each person chooses their name at unlock.",
)
GRANT_NOT_HELD = Message(
    "{person} ไม่มีบทบาท{role}{place}", "{person} does not hold the role of {role}{place}."
)
PASSWORDS_DIFFER = Message("รหัสผ่านสองครั้งไม่ตรงกัน", "The two passwords differ.")
NO_PASSWORD_TYPED = Message("ไม่ได้พิมพ์รหัสผ่าน", "No password was typed.")
_BODY_KIND = Message("คณะ", "body")
_AGENCY_KIND = Message("หน่วยงาน", "agency")


def _open_for_roles(args: argparse.Namespace, *, writing: bool) -> Database:
    """The database ``mdt roles`` works on, with the person acting found: on a server the one its account is
    mapped to (else ``--user``, for the owner's account setting up), on a file the one ``--user`` names."""
    if args.url is not None:
        from mdt_desktop.services import server_accounts
        from mdt_desktop.storage.server import ServerDatabase

        database: Database = ServerDatabase.open(_server_url(args.url))
        try:
            if server_accounts.act_as_signed_in(database) is None:
                _actor(args, database)
        except BaseException:
            database.close()
            raise
        return database
    passphrase = _ask_passphrase(args)
    if writing:
        database = Database.open_with_passphrase(args.database, passphrase)
    else:
        database = _open_for_reading(args, passphrase)
    try:
        _actor(args, database)
    except BaseException:
        database.close()
        raise
    return database


def _place_of(database: Database, args: argparse.Namespace, role: Role) -> dict[str, int]:
    """``--body ID`` or ``--agency ABBREVIATION|ID``, as the role's scope asks (``services.roles`` refuses a
    role without the place it needs)."""
    from mdt_desktop.services import agencies, bodies

    if role.scope is Scope.BODY and args.body is not None:
        known_bodies = bodies.list_bodies(database)
        if not any(body.id == args.body for body in known_bodies):
            names = ", ".join(f"{body.id} {body.name_th}" for body in known_bodies)
            raise Refusal(UNKNOWN_ROLE_PLACE, kind=_BODY_KIND, key=str(args.body), known=names)
        return {"body_id": args.body}
    if role.scope is Scope.AGENCY and args.agency is not None:
        known_agencies = agencies.list_agencies(database)
        for agency in known_agencies:
            if args.agency in (agency.abbreviation, str(agency.id)) and agency.id is not None:
                return {"agency_id": agency.id}
        names = ", ".join(agency.abbreviation or agency.name_th for agency in known_agencies)
        raise Refusal(UNKNOWN_ROLE_PLACE, kind=_AGENCY_KIND, key=args.agency, known=names)
    return {}


def _account_password(args: argparse.Namespace) -> str | None:
    """The new account's password: the first line of standard input, or typed twice at the terminal."""
    if args.password_stdin:
        return read_passphrase_stdin()
    if not sys.stdin.isatty():
        raise Refusal(NO_TERMINAL)
    password = getpass.getpass("รหัสผ่านของบัญชีใหม่ / The new account's password: ")
    if not password:
        raise Refusal(NO_PASSWORD_TYPED)
    if getpass.getpass("พิมพ์รหัสผ่านอีกครั้ง / Password again: ") != password:
        raise Refusal(PASSWORDS_DIFFER)
    return password


def _map_account(database: Database, args: argparse.Namespace, profile_id: int) -> None:
    from mdt_desktop.services import server_accounts

    password = None if args.certificate or not args.password_stdin else _account_password(args)
    try:
        change = server_accounts.set_account(
            database, profile_id, args.account, password=password, certificate=args.certificate
        )
    except Refusal as refusal:
        # Asked for the password only when the account must be made: an existing one keeps its own.
        if refusal.reason != server_accounts.ACCOUNT_MISSING or args.certificate or args.password_stdin:
            raise
        change = server_accounts.set_account(
            database, profile_id, args.account, password=_account_password(args)
        )
    if change.created:
        print(f"สร้างบัญชีเซิร์ฟเวอร์ {change.account} แล้ว / Created the server account {change.account}")


def _print_groups(database: Database, profile_id: int) -> None:
    """The person's server account and the database's groups it is in, after a change of their roles."""
    from mdt_desktop.services import server_accounts

    account = server_accounts.accounts(database).get(profile_id)
    if account is not None:
        groups = server_accounts.groups_of(database, account)
        print(f"{account}: {', '.join(groups) if groups else '-'}")


def _person(database: Database, args: argparse.Namespace) -> int:
    """The person ``--person`` names; with ``--new-person`` added first (and, in a database with nobody in it
    yet, the person acting: the first person sets the database up)."""
    from mdt_desktop.services import profiles

    if not args.new_person:
        profile = profiles.profile_named(database, args.person)
        assert profile is not None  # a name given is found or refused
        return profile.id
    first = not profiles.list_profiles(database, include_retired=True)
    profile = profiles.add_profile(database, args.person, database.actor)
    if first or not database.actor:
        database.actor = profile.name
    print(f"เพิ่มผู้ใช้ {profile.name} แล้ว / Added the person {profile.name}")
    return profile.id


def cmd_roles_list(args: argparse.Namespace) -> int:
    """Everyone with their roles, one line a role: person, role, place (body or agency), server account."""
    from mdt_desktop.services import roles, server_accounts

    database = _open_for_roles(args, writing=False)
    try:
        people = roles.list_people_with_roles(database)
        accounts = server_accounts.accounts(database) if database.on_server else {}
    finally:
        database.close()
    out = sys.stdout
    for person in people:
        account = accounts.get(person.profile_id, "")
        if not person.grants:
            out.write(f"{_one_line(person.name)}\t-\t\t{account}\n")
        for grant in person.grants:
            role = f"{grant.role.th} / {grant.role.en}"
            out.write(f"{_one_line(person.name)}\t{role}\t{_one_line(grant.place)}\t{account}\n")
    return EXIT_OK


def cmd_roles_grant(args: argparse.Namespace) -> int:
    from mdt_desktop.services import roles

    role = Role(args.role)
    if args.account is not None and args.url is None:
        raise Refusal(ACCOUNT_ONLY_ON_SERVER)
    database = _open_for_roles(args, writing=True)
    try:
        profile_id = _person(database, args)
        place = _place_of(database, args, role)
        if args.account is not None:  # first: a role is not given when its account cannot be made
            _map_account(database, args, profile_id)
        roles.grant_role(database, profile_id, role, **place)
        print(f"ให้บทบาท{role.th}แก่ {args.person} แล้ว / Gave {args.person} the role of {role.en}")
        if database.on_server:
            _print_groups(database, profile_id)
    finally:
        database.close()
    return EXIT_OK


def cmd_roles_revoke(args: argparse.Namespace) -> int:
    from mdt_desktop.services import profiles, roles

    role = Role(args.role)
    database = _open_for_roles(args, writing=True)
    try:
        profile = profiles.profile_named(database, args.person)
        assert profile is not None  # a name given is found or refused
        place = _place_of(database, args, role)
        person = next(p for p in roles.list_people_with_roles(database) if p.profile_id == profile.id)
        held = [
            grant
            for grant in person.grants
            if grant.role is role
            and grant.body_id == place.get("body_id")
            and grant.agency_id == place.get("agency_id")
        ]
        if not held:
            where = Message(f" ({args.body or args.agency})", f" ({args.body or args.agency})")
            raise Refusal(
                GRANT_NOT_HELD,
                person=profile.name,
                role=Message(role.th, role.en),
                place=where if place else Message("", ""),
            )
        roles.revoke_role(database, held[0].id)
        print(f"ถอนบทบาท{role.th}ของ {profile.name} แล้ว / Revoked {profile.name}'s role of {role.en}")
        if database.on_server:
            _print_groups(database, profile.id)
    finally:
        database.close()
    return EXIT_OK


def cmd_roles_secure(args: argparse.Namespace) -> int:
    """Set up what the server enforces, as the database's owner: after creating the schema and every upgrade."""
    from mdt_desktop.services import server_accounts
    from mdt_desktop.storage.server import ServerDatabase

    database = ServerDatabase.open(_server_url(args.url))
    try:
        report = server_accounts.secure(database)
    finally:
        database.close()
    for group in report.groups_created:
        print(f"สร้างกลุ่ม {group} แล้ว / Created the group {group}")
    _print_security(report)
    for table in report.tables_without_rule:
        print(f"{table}: เฉพาะผู้ดูแลระบบ / administrators only")
    memberships = report.memberships
    if memberships is not None:
        for account, group in memberships.granted:
            print(f"{account} + {group}")
        for account, group in memberships.revoked:
            print(f"{account} - {group}")
        for account in memberships.missing_accounts:
            print(f"{account}: ไม่มีบัญชีนี้บนเซิร์ฟเวอร์ / no such account on the server")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from mdt_desktop.services.backups import back_up_now, generations

    database = _open_for_reading(args, _ask_passphrase(args))
    try:
        made = back_up_now(database, args.folder, args.keep)
        kept = len(generations(database)) if args.folder is None else None
    finally:
        database.close()
    print(f"สำรองข้อมูลที่ {made} แล้ว (ตรวจว่าเปิดได้) / Backed up to {made} (checked that it opens)")
    if kept is not None:
        print(f"เก็บไว้ {kept} ชุด / {kept} backup(s) kept")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from mdt_desktop.services.backups import restore

    passphrase = _ask_passphrase(args)
    # The restored file is the backup: its profiles say who may act in it. One that does not open is refused
    # by restore() itself, with what is wrong with it.
    try:
        backup = Database.open_with_passphrase(args.backup, passphrase, allow_read_only=True)
    except StorageError:
        actor = _actor(args, None)
    else:
        try:
            actor = _actor(args, backup)
        finally:
            backup.close()
    aside = restore(args.backup, args.database, passphrase, actor)
    print(f"นำสำรองข้อมูล {args.backup} กลับมาที่ {args.database} แล้ว / Restored {args.backup} to {args.database}")
    print(f"ไฟล์เดิมเก็บไว้ที่ {aside} / The previous file was set aside as {aside}")
    return EXIT_OK


def cmd_salvage(args: argparse.Namespace) -> int:
    from mdt_desktop.services.backups import salvage_database

    # A damaged file cannot be asked for its profiles: the name given (or the account) is taken as it is.
    report = salvage_database(args.damaged, args.new, _ask_passphrase(args), _actor(args, None))
    for line in report.lines():
        print(line)
    print(f"ฐานข้อมูลใหม่ / New database: {args.new}")
    if report.damaged_tables:
        print(
            "บางแถวอ่านไม่ได้และไม่ได้ถูกกู้ เทียบกับสำรองข้อมูลล่าสุด / Some rows could not be read and were not "
            "recovered: compare with the latest backup"
        )
        _print_ways_back(args.damaged, salvage=False)
        return EXIT_CHECK_FAILED
    print("กู้ข้อมูลได้ครบทุกแถว / Every row was recovered")
    return EXIT_OK


# ``mdt verify``'s answers; 2 stays what it is everywhere, a refusal (a missing file, a CERT that is not one).
EXIT_VERIFY_NOT_TRUSTED = 3
EXIT_VERIFY_INVALID = 4
EXIT_VERIFY_ADDED_AFTER = 5
VERIFY_EXIT_STATUS = """exit status:
  0  signed, not changed since, and signed with a certificate named by --trust
  3  signed and not changed since, but not with a --trust certificate (or none was named): compare the
     fingerprint it prints with the signing office, by telephone for instance
  4  the signed bytes were changed, the file is damaged, or it is not signed at all
  5  the signed bytes are intact, but bytes were added after the signature: a later revision that is not a
     signature (an incremental update), or bytes appended to the file; the message says which
  2  the command was refused (a file missing or unreadable, a CERT that is not a certificate)"""


def cmd_verify(args: argparse.Namespace) -> int:
    from mdt_desktop.exports.signing import Verdict, fingerprint_lines
    from mdt_desktop.services.exports.signing import verify_file

    report = verify_file(args.file, args.trust)
    print(f"{args.file}")
    if report.signed_by:
        print(f"ผู้ลงนาม / Signed by: {report.signed_by}")
    if report.signed_at is not None:
        print(f"เวลาลงนาม / Signed at: {report.signed_at.astimezone():%Y-%m-%d %H:%M:%S %z}")
    if report.signer_fingerprint:
        print("ลายนิ้วมือใบรับรอง (SHA-256) / Certificate fingerprint (SHA-256):")
        for line in fingerprint_lines(report.signer_fingerprint):
            print(f"  {line}")
    print(report.message("th"))
    print(report.message("en"))
    return {
        Verdict.TRUSTED: EXIT_OK,
        Verdict.NOT_TRUSTED: EXIT_VERIFY_NOT_TRUSTED,
        Verdict.ADDED_AFTER: EXIT_VERIFY_ADDED_AFTER,
        Verdict.INVALID: EXIT_VERIFY_INVALID,
    }[report.verdict]


# --- parser and entry point -----------------------------------------------------------------------------------


def _add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input (for scripts)",
    )


def _add_file_or_server(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("database", type=Path, nargs="?", metavar="DB", help="an encrypted database file")
    where.add_argument(
        "--url",
        metavar="URL",
        help="a database on a PostgreSQL server instead: postgresql://USER@HOST/DATABASE, TLS through "
        "?sslmode=verify-full&sslrootcert=CA.crt (and sslcert, sslkey); the password comes from ~/.pgpass",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mdt",
        description="mdt-desktop without a screen: encrypted minutes of multidisciplinary team meetings",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="the user profile of the database to act as in its audit log (needed when it has several users)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = commands.add_parser(
        "init",
        help="create a new encrypted database with the starting data (on a server: run by the database's owner, "
        "with the restricted fields encrypted and the server's grants and row-level policies set)",
    )
    _add_file_or_server(init)
    _add_passphrase_option(init)
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser("demo", help="create a database filled with invented demonstration data")
    _add_file_or_server(demo)
    demo.add_argument("--scale", choices=("small", "province"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    _add_passphrase_option(demo)
    demo.set_defaults(handler=cmd_demo)

    encrypt_fields = commands.add_parser(
        "encrypt-fields",
        help="encrypt the restricted fields (identity, safety plans, notes) of a database on a server with the "
        "office's key, in place; a database file is encrypted whole already",
    )
    _add_file_or_server(encrypt_fields)
    _add_passphrase_option(encrypt_fields)
    encrypt_fields.set_defaults(handler=cmd_encrypt_fields)

    check = commands.add_parser(
        "check", help="check a database's encryption, structure, schema version and audit chain"
    )
    _add_file_or_server(check)
    _add_passphrase_option(check)
    check.set_defaults(handler=cmd_check)

    meetings = commands.add_parser(
        "meetings", help="list meetings: id, body, number, date, agenda items, actions (tab-separated)"
    )
    meetings.add_argument("database", type=Path, metavar="DB")
    _add_passphrase_option(meetings)
    meetings.set_defaults(handler=cmd_meetings)

    case = commands.add_parser("case", help="cases: register one by hand")
    case_commands = case.add_subparsers(dest="case_command", required=True)
    case_add = case_commands.add_parser(
        "add", help="register a case, under its existing code (an office's paper register) or the next code"
    )
    case_add.add_argument("database", type=Path, metavar="DB")
    case_add.add_argument(
        "--code", metavar="CODE", help="the code as the office wrote it, any shape; refused when already used"
    )
    kinds = [kind.value for kind in CaseType]
    case_add.add_argument("--type", required=True, choices=kinds, metavar="TYPE", help=", ".join(kinds))
    case_add.add_argument(
        "--intake-date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="default: today"
    )
    case_add.add_argument("--body", type=int, metavar="ID", help="the body whose case it is (its id)")
    _add_passphrase_option(case_add)
    case_add.set_defaults(handler=cmd_case_add)

    roles_parser = commands.add_parser(
        "roles",
        help="people's roles (secretary, chair, agency officer, centre officer, administrator); on a "
        "server also their accounts and what the server enforces",
    )
    role_commands = roles_parser.add_subparsers(dest="roles_command", required=True)
    roles_list = role_commands.add_parser(
        "list", help="everyone with their roles: person, role, body or agency, server account (tab-separated)"
    )
    _add_file_or_server(roles_list)
    _add_passphrase_option(roles_list)
    roles_list.set_defaults(handler=cmd_roles_list)
    role_names = [role.value for role in Role]
    for name, handler, helping in (
        ("grant", cmd_roles_grant, "give a person a role, for a body (--body) or an agency (--agency)"),
        ("revoke", cmd_roles_revoke, "take a role back"),
    ):
        change = role_commands.add_parser(name, help=helping)
        _add_file_or_server(change)
        change.add_argument(
            "--person", required=True, metavar="NAME", help="the person's name in this database"
        )
        change.add_argument(
            "--role", required=True, choices=role_names, metavar="ROLE", help=", ".join(role_names)
        )
        place = change.add_mutually_exclusive_group()
        place.add_argument("--body", type=int, metavar="ID", help="the body a secretary or chair serves")
        place.add_argument("--agency", metavar="ABBREVIATION", help="an agency officer's agency (or its id)")
        _add_passphrase_option(change)
        change.set_defaults(handler=handler)
        if name != "grant":
            continue
        change.add_argument("--new-person", action="store_true", help="add the person to the database first")
        change.add_argument(
            "--account",
            metavar="PGROLE",
            help="on a server: the account the person signs in with (created when missing), put in the groups "
            "of their roles",
        )
        sign_in = change.add_mutually_exclusive_group()
        sign_in.add_argument(
            "--certificate",
            action="store_true",
            help="a new account signs in with a client certificate (no password)",
        )
        sign_in.add_argument(
            "--password-stdin",
            action="store_true",
            help="a new account's password from the first line of standard input (else typed twice)",
        )
    secure = role_commands.add_parser(
        "secure",
        help="on a server, as the database's owner: create the groups, grants and row-level security, and put "
        "accounts in their groups; again after every upgrade",
    )
    secure.add_argument("--url", required=True, metavar="URL", help="the database on the PostgreSQL server")
    secure.set_defaults(handler=cmd_roles_secure)

    backup = commands.add_parser(
        "backup", help="make a checked, encrypted backup of DB and its key file in DIR, keeping N generations"
    )
    backup.add_argument("database", type=Path, metavar="DB")
    backup.add_argument(
        "folder", type=Path, nargs="?", metavar="DIR", help="default: the office's backup folder"
    )
    backup.add_argument(
        "--keep", type=int, metavar="N", help="backups of DB kept in DIR (default: the office's)"
    )
    _add_passphrase_option(backup)
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore", help="put BACKUP in place of DB; the current DB is kept aside as DB.before-restore-<time>"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("database", type=Path, metavar="DB")
    _add_passphrase_option(restore)
    restore.set_defaults(handler=cmd_restore)

    salvage = commands.add_parser(
        "salvage",
        help="copy every readable row of a damaged DAMAGED into a new database NEW (DAMAGED only read)",
    )
    salvage.add_argument("damaged", type=Path, metavar="DAMAGED")
    salvage.add_argument("new", type=Path, metavar="NEW")
    _add_passphrase_option(salvage)
    salvage.set_defaults(handler=cmd_salvage)

    export = commands.add_parser("export", help="export minutes (DOCX/PDF) or signed action records (PDF)")
    exports = export.add_subparsers(dest="export_kind", required=True, metavar="WHAT")
    minutes = exports.add_parser("minutes", help="the minutes of one meeting as DOCX or PDF")
    minutes.add_argument("database", type=Path, metavar="DB")
    minutes.add_argument("meeting", type=int, metavar="MEETING", help="meeting id (see mdt meetings)")
    minutes.add_argument("--format", choices=("docx", "pdf"), required=True)
    minutes.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    minutes.add_argument("--digits", choices=("thai", "arabic"), default="thai")
    minutes.add_argument("--language", choices=("th", "en"), default="th")
    minutes.add_argument("--classification", default="", metavar="TEXT", help="e.g. ลับ, at top and bottom")
    minutes.add_argument("--recipient", default="", metavar="NAME", help="whom this copy is for (watermark)")
    minutes.add_argument(
        "--annex", action="store_true", help="the restricted case annex instead of the general minutes"
    )
    minutes.add_argument("--force", action="store_true", help="replace FILE if it is already there")
    minutes.add_argument(
        "--confirm-identifying",
        metavar="REASON",
        help="export although the minutes may hold a name, ID or phone number or an address; the reason is audited",
    )
    _add_passphrase_option(minutes)
    minutes.set_defaults(handler=cmd_export_minutes)

    actions = exports.add_parser("actions", help="one action record per agency (PDF), optionally signed")
    actions.add_argument("database", type=Path, metavar="DB")
    actions.add_argument("meeting", type=int, metavar="MEETING", help="meeting id (see mdt meetings)")
    actions.add_argument("--agency", metavar="ABBREVIATION", help="only this agency (abbreviation or id)")
    actions.add_argument(
        "--sign", action="store_true", help="sign with the office's certificate (made on first use)"
    )
    actions.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="an existing folder")
    actions.add_argument("--digits", choices=("thai", "arabic"), default="thai", help="as the minutes")
    actions.add_argument("--classification", default="", metavar="TEXT", help="e.g. ลับ, at top and bottom")
    actions.add_argument("--force", action="store_true", help="replace records already in DIR")
    _add_passphrase_option(actions)
    actions.set_defaults(handler=cmd_export_actions)

    certificate = exports.add_parser(
        "certificate",
        help="the office's signing certificate (public part only) as a PEM file, for a centre's mdt verify --trust",
    )
    certificate.add_argument("database", type=Path, metavar="DB")
    certificate.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    certificate.add_argument("--force", action="store_true", help="replace FILE if it exists")
    certificate.add_argument(
        "--create",
        metavar="OFFICE",
        help="when the database has no certificate yet, make a self-signed one in the office's name first",
    )
    _add_passphrase_option(certificate)
    certificate.set_defaults(handler=cmd_export_certificate)

    stats = commands.add_parser(
        "stats",
        help="statistics for a period and area as XLSX or PDF (by the suffix of FILE), counts under 5 shown as <5, "
        "nothing identifying",
    )
    stats.add_argument("database", type=Path, metavar="DB")
    stats.add_argument(
        "--from", dest="start", type=dt.date.fromisoformat, required=True, metavar="YYYY-MM-DD"
    )
    stats.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True, metavar="YYYY-MM-DD")
    source = stats.add_mutually_exclusive_group()
    source.add_argument("--area", type=int, metavar="ID", help="an area id: its teams and those below it")
    source.add_argument(
        "--received",
        action="store_true",
        help="at a centre: from what all its districts sent, not its own records",
    )
    source.add_argument("--district", metavar="NAME", help="at a centre: from what this district sent")
    stats.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.xlsx (Excel) or FILE.pdf"
    )
    stats.add_argument("--force", action="store_true", help="replace FILE if it is already there")
    _add_passphrase_option(stats)
    stats.set_defaults(handler=cmd_stats)

    exchange = commands.add_parser(
        "exchange", help="packages between a district and its provincial centre: export, import, trust"
    )
    exchange_commands = exchange.add_subparsers(dest="exchange_command", required=True)
    exchange_export = exchange_commands.add_parser(
        "export", help="a district's signed package for its centre, encrypted to the centre's certificate"
    )
    exchange_export.add_argument("database", type=Path, metavar="DB")
    exchange_export.add_argument(
        "--to", dest="centre", type=Path, required=True, metavar="CENTRE.pem", help="the centre's certificate"
    )
    exchange_export.add_argument(
        "--from", dest="start", type=dt.date.fromisoformat, required=True, metavar="YYYY-MM-DD"
    )
    exchange_export.add_argument(
        "--to-date", dest="end", type=dt.date.fromisoformat, required=True, metavar="YYYY-MM-DD"
    )
    exchange_export.add_argument(
        "--area", type=int, metavar="ID", help="only the teams of this area and below"
    )
    exchange_export.add_argument(
        "--minutes",
        choices=["header", "resolutions", "full"],
        default="resolutions",
        help="how much of the minutes to send (default: agenda items and resolutions)",
    )
    exchange_export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exchange_export.add_argument("--force", action="store_true", help="replace FILE if it is already there")
    _add_passphrase_option(exchange_export)
    exchange_export.set_defaults(handler=cmd_exchange_export)
    exchange_import = exchange_commands.add_parser(
        "import", help="import districts' packages at the centre (a file imported before changes nothing)"
    )
    exchange_import.add_argument("database", type=Path, metavar="DB")
    exchange_import.add_argument("files", type=Path, nargs="+", metavar="FILE")
    _add_passphrase_option(exchange_import)
    exchange_import.set_defaults(handler=cmd_exchange_import)
    exchange_trust = exchange_commands.add_parser(
        "trust", help="trust a district's certificate (compare its fingerprint with the district first)"
    )
    exchange_trust.add_argument("database", type=Path, metavar="DB")
    exchange_trust.add_argument("certificate", type=Path, metavar="CERT")
    exchange_trust.add_argument("--district", required=True, metavar="NAME", help="the district's name")
    _add_passphrase_option(exchange_trust)
    exchange_trust.set_defaults(handler=cmd_exchange_trust)
    exchange_districts = exchange_commands.add_parser("districts", help="the districts the centre trusts")
    exchange_districts.add_argument("database", type=Path, metavar="DB")
    _add_passphrase_option(exchange_districts)
    exchange_districts.set_defaults(handler=cmd_exchange_districts)

    instruments = commands.add_parser(
        "instruments", help="risk instruments: list them, import an office's own"
    )
    instrument_commands = instruments.add_subparsers(dest="instruments_command", required=True)
    listing = instrument_commands.add_parser(
        "list",
        help="key, version, title and number of questions of every instrument; files left out, and why",
    )
    listing.add_argument("database", type=Path, metavar="DB")
    _add_passphrase_option(listing)
    listing.set_defaults(handler=cmd_instruments_list)
    importing = instrument_commands.add_parser(
        "import", help="add an instrument file (resources/instruments/README.md describes the format)"
    )
    importing.add_argument("database", type=Path, metavar="DB")
    importing.add_argument("file", type=Path, metavar="FILE")
    _add_passphrase_option(importing)
    importing.set_defaults(handler=cmd_instruments_import)

    verify = commands.add_parser(
        "verify",
        help="check a signed PDF: who signed, when, changed since or not, signed with a trusted certificate",
        description="Check the last signature of a PDF. Trust is the signer's certificate itself (its SHA-256\n"
        "fingerprint), never the name in it: anyone can make a certificate in an office's name.",
        epilog=VERIFY_EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT",
        help="the signing office's own certificate (PEM or DER), not an authority above it; may be repeated",
    )
    verify.set_defaults(handler=cmd_verify)

    # Listed for --help; its own arguments are parsed by the benchmark (see main).
    commands.add_parser("bench", help="run the benchmark (mdt bench --help for its options)", add_help=False)
    return parser


def _utf8_output() -> None:
    # Thai must print on a Windows console or under a C locale too.
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _report(thai: str, english: str) -> None:
    """The one line a refusal or a problem of the environment prints: both languages, whatever the locale."""
    print(f"mdt: {thai} / {english}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    _utf8_output()
    if arguments[:1] == ["bench"]:
        from mdt_desktop import bench

        return bench.main(arguments[1:])
    args = build_parser().parse_args(arguments)
    handler: Callable[[argparse.Namespace], int] = args.handler
    setup_logging()
    try:
        return handler(args)
    except StorageError as error:
        log.info("cli %s: %s", args.command, error.problem.value)
        _report(error.message("th"), error.message("en"))
        if error.problem is StorageProblem.WRONG_SECRET:
            from mdt_desktop.storage import keys

            keys.throttle.wait(
                error.path
            )  # a script guessing passphrases waits as a person at the window does
        if error.problem is StorageProblem.CORRUPT and args.command != "salvage":
            _print_ways_back(error.path, sys.stderr)
        return EXIT_ERROR
    except Refusal as error:
        _report(error.message("th"), error.message("en"))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _report(CANCELLED.th, CANCELLED.en)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (e.g. `mdt meetings DB | head`): nothing more to say, and nothing to flush.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        shutdown_logging()
