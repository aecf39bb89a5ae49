"""The team's settings: the label the minutes use, the holidays that deadlines skip, the proposed office name."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.services import audit, settings
from mdt_desktop.services.bodies import BodyRecord, create_body
from mdt_desktop.storage.database import Database

D = dt.date


def test_a_new_team_is_called_by_the_first_label_until_it_chooses(database: Database) -> None:
    assert settings.load_team_settings(database).mdt_label == "ทีมสหวิชาชีพ"
    settings.set_mdt_label(database, "ทีมสหสาขาวิชาชีพ")
    assert settings.load_team_settings(database).mdt_label == "ทีมสหสาขาวิชาชีพ"
    with pytest.raises(ValueError):
        settings.set_mdt_label(
            database, "ทีมอื่น"
        )  # the page offers only the two labels: anything else is a bug


def test_holidays_are_added_moved_renamed_and_removed(database: Database) -> None:
    before = settings.load_team_settings(database).holidays
    shown = settings.put_holiday(database, D(2026, 12, 30), "วันหยุดพิเศษ")
    assert (D(2026, 12, 30), "วันหยุดพิเศษ") in shown.holidays
    shown = settings.put_holiday(database, D(2026, 12, 29), "วันหยุดชดเชย", replacing=D(2026, 12, 30))
    assert (D(2026, 12, 29), "วันหยุดชดเชย") in shown.holidays
    assert all(day != D(2026, 12, 30) for day, _name in shown.holidays)
    assert settings.remove_holiday(database, D(2026, 12, 29)).holidays == before
    assert [day for day, _ in before] == sorted(day for day, _ in before)


def test_the_office_name_proposed_is_the_first_bodys(database: Database) -> None:
    assert settings.proposed_office_name(database) == ""
    create_body(database, BodyRecord(name_th="ทีมสหวิชาชีพอำเภอแม่สาย"))
    create_body(database, BodyRecord(name_th="คณะอนุกรรมการจังหวัด"))
    assert settings.proposed_office_name(database) == "ทีมสหวิชาชีพอำเภอแม่สาย"


def test_the_passphrase_changes_only_for_someone_who_knows_the_current_one(database: Database) -> None:
    from mdt_desktop.storage.errors import StorageError, StorageProblem
    from tests.conftest import TEST_PASSPHRASE

    with pytest.raises(StorageError) as refused:
        settings.change_passphrase(database, "คุณสมศรี", "เดาเอา-2569", "รหัสใหม่-ปลอดภัยกว่า-2570")
    assert refused.value.problem is StorageProblem.WRONG_SECRET
    path = database.path
    assert settings.change_passphrase(database, "คุณสมศรี", TEST_PASSPHRASE, "รหัสใหม่-ปลอดภัยกว่า-2570") is None
    assert [(entry.actor, entry.event) for entry in audit.list_entries(database)][-1:] == [
        ("คุณสมศรี", "change_passphrase")
    ]
    database.close()
    with pytest.raises(StorageError):
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    Database.open_with_passphrase(path, "รหัสใหม่-ปลอดภัยกว่า-2570").close()


def test_re_keying_through_the_service_returns_a_new_code_and_is_audited(database: Database) -> None:
    from mdt_desktop.storage.errors import StorageError
    from tests.conftest import TEST_PASSPHRASE

    path = database.path
    code = settings.change_passphrase(
        database, "คุณสมศรี", TEST_PASSPHRASE, "รหัสใหม่-ปลอดภัยกว่า-2570", rekey=True
    )
    assert code
    fresh = settings.new_recovery_code(database, "คุณสมศรี")
    events = [(entry.actor, entry.event) for entry in audit.list_entries(database)][-2:]
    assert events == [("คุณสมศรี", "rekey"), ("คุณสมศรี", "new_recovery_code")]
    assert audit.verify_chain(database).intact
    database.close()
    with pytest.raises(StorageError):
        Database.open_with_recovery_code(path, code)
    Database.open_with_recovery_code(path, fresh).close()
