"""Take the README's screenshots: the real main window on a fresh small demo database, offscreen.

Run from the repository with the project installed: ``python docs/take_screenshots.py``. It writes PNG files into
docs/screenshots/. The demo database lives in a temporary folder and is removed afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from mdt_desktop import demo
from mdt_desktop.domain.codes import IdentityPurpose
from mdt_desktop.exports.statistics_pdf import render_pdf
from mdt_desktop.gui.cases.assessment_dialog import AssessmentDialog
from mdt_desktop.gui.cases.identity_dialog import IdentityDialog
from mdt_desktop.gui.cases.safety_plan_dialog import SafetyPlanDialog
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.fonts import apply_application_font
from mdt_desktop.gui.common.i18n import install_translator
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell.auto_lock import AutoLock
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.gui.statistics.periods import QuickPeriod
from mdt_desktop.services import cases, exchange, meetings
from mdt_desktop.services.cases import IdentityRecord
from mdt_desktop.services.exports import signing
from mdt_desktop.storage.database import Database

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)  # the usual office laptop
PROJECTOR = (1280, 720)  # a common projector, for the chair's screen
# Fictional, for the picture of the restricted record.
SAMPLE_IDENTITY = IdentityRecord(full_name="นางสาวตัวอย่าง สมมุติ", phone="0800000000", address="บ้านเลขที่ 1 หมู่ 1")


class NoRememberedKeys:
    """The lock's key store in a picture: no keyring, so the lock asks for the passphrase."""

    def available(self) -> bool:
        return False

    def recall(self, _database_id: str) -> bytes | None:
        return None

    def remember(self, _database_id: str, _key: bytes) -> None:
        return None

    def forget(self, _database_id: str) -> None:
        return None


def settle(app: QApplication, tasks: TaskRunner, until: Callable[[], bool] = lambda: True) -> None:
    """Let queued jobs finish and their results reach the widgets."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        if not tasks.busy and until():
            break
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> None:
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def busiest_meeting(database: Database) -> tuple[int, int, int]:
    """The meeting with the most carried-over actions: (meeting id, an item 4 sub-item with actions, item 3)."""
    best: tuple[int, int, int] | None = None
    best_score = -1
    for body in meetings.list_bodies_with_meetings(database):
        for summary in meetings.list_meetings(database, body.id, 0, 20):
            view = meetings.load_meeting(database, summary.id)
            items = view.all_items()
            with_actions = [item for item in items if item.actions and item.parent_id is not None]
            matters_arising = next((item for item in items if item.number == "3"), None)
            score = len(view.carried_over) + (5 if with_actions else 0)
            if with_actions and matters_arising is not None and score > best_score:
                best, best_score = (summary.id, with_actions[0].id, matters_arising.id), score
    if best is None:
        raise SystemExit("the demo has no meeting with actions")
    return best


def longest_case(database: Database) -> int:
    """The case discussed at most meetings, with most assessments: the view with the most to show."""
    with database.engine.connect() as connection:
        return int(
            connection.exec_driver_sql(
                "SELECT c.id FROM case_file c "
                "LEFT JOIN (SELECT case_id, count(*) n FROM agenda_item_case GROUP BY case_id) i ON i.case_id = c.id "
                "LEFT JOIN (SELECT case_id, count(*) n FROM risk_assessment GROUP BY case_id) r ON r.case_id = c.id "
                "LEFT JOIN (SELECT case_id, count(*) n FROM safety_plan GROUP BY case_id) p ON p.case_id = c.id "
                "ORDER BY coalesce(i.n, 0) + coalesce(r.n, 0) + coalesce(p.n, 0) DESC, c.id LIMIT 1"
            ).scalar_one()
        )


def save_identity_dialog(context: AppContext, window: QWidget, case_id: int) -> None:
    """The restricted record as it opens: the purpose chosen, every field masked until shown."""
    database = context.database
    with database.engine.connect() as connection:
        code = str(
            connection.exec_driver_sql("SELECT code FROM case_file WHERE id = ?", (case_id,)).scalar_one()
        )
    cases.record_consent(database, case_id, "ผู้เสียหาย", "เลขานุการ", dt.date.today(), "แบ่งปันกับทีม")
    cases.save_identity(database, case_id, SAMPLE_IDENTITY, actor="เลขานุการ")
    dialog = IdentityDialog(code, "th", window)
    dialog.purpose_chosen.connect(
        lambda purpose: dialog.set_identity(
            cases.read_identity(database, case_id, "เลขานุการ", purpose=purpose)
        )
    )
    dialog.open()
    dialog.ui.purposeCombo.setCurrentIndex(
        dialog.ui.purposeCombo.findData(IdentityPurpose.SAFETY_PLANNING.value)
    )
    dialog.ui.openButton.click()
    save(dialog, "identity-masked")
    dialog.reject()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_application_font(app)
    install_translator("th")
    with tempfile.TemporaryDirectory() as folder:
        database, _code = Database.create(Path(folder) / "ตัวอย่าง-ทีมสหวิชาชีพ.mdt", demo.DEMO_PASSPHRASE)
        demo.build_demo(database, "small")
        tasks = TaskRunner()
        context = AppContext(database=database, tasks=tasks, signals=AppSignals(), user_name="เลขานุการ")
        window = MainWindow(context, Preferences(Path(folder) / "preferences.ini"))
        window.resize(*SIZE)
        window.show()
        settle(app, tasks)
        save(window, "meetings")

        meeting_id, item_id, matters_arising_id = busiest_meeting(database)
        page = window.show_page("meetings")
        editor = page.open_meeting(meeting_id)  # type: ignore[attr-defined]
        settle(app, tasks)
        window.resize(*SIZE)  # the offscreen platform keeps a window as large as its largest layout so far
        editor.select_item(item_id)
        settle(app, tasks)
        save(window, "meeting-editor")
        editor.select_item(matters_arising_id)
        settle(app, tasks)
        save(window, "matters-arising")
        editor.ui.tabs.setCurrentWidget(editor.ui.attendanceTab)
        settle(app, tasks)
        save(window, "attendance")

        register = window.show_page("register")
        settle(app, tasks)
        register.ui.overdueOnly.setChecked(True)  # type: ignore[attr-defined]
        settle(app, tasks)
        save(window, "action-register")

        for name in ("cases", "agencies", "bodies", "settings"):
            window.show_page(name)
            settle(app, tasks)
            save(window, name)

        case_id = longest_case(database)
        context.signals.open_case_requested.emit(case_id)
        settle(app, tasks)
        window.resize(*SIZE)
        settle(app, tasks)
        save(window, "case_view")
        assessment = AssessmentDialog(context, case_id, parent=window)
        assessment.resize(*SIZE)
        assessment.open()
        settle(app, tasks)
        save(assessment, "assessment_form")
        assessment.close()
        plan = SafetyPlanDialog(context, case_id, parent=window)
        plan.resize(*SIZE)
        plan.open()
        settle(app, tasks)
        plan.ui.tabs.setCurrentIndex(1)  # the contacts, safe and NOT safe
        settle(app, tasks)
        save(plan, "safety_plan")
        plan.close()

        # The chair's screen at a projector's 1280×720, following the editor on a case item.
        editor = window.show_page("meetings").open_meeting(meeting_id)  # type: ignore[attr-defined]
        settle(app, tasks)
        editor.select_item(item_id)
        settle(app, tasks)
        chair = window.open_chair_screen(meeting_id)
        chair.showNormal()
        chair.resize(*PROJECTOR)
        settle(app, tasks)
        save(chair, "chair-screen")
        window.close_chair_screen()
        settle(app, tasks)

        save_identity_dialog(context, window, case_id)
        settle(app, tasks)

        lock = AutoLock(context, keystore=NoRememberedKeys())
        lock.start()
        settle(app, tasks, lambda: lock.minutes is not None)
        lock.lock_now()
        settle(app, tasks)
        save(window, "lock-screen")
        lock.stop()

        window.show_page("meetings")
        dialog = window.open_search()
        assert dialog is not None
        dialog.ui.queryEdit.setText("ผู้เสียหาย")  # type: ignore[attr-defined]
        settle(app, tasks, lambda: dialog.model.rowCount() > 0)  # type: ignore[attr-defined]
        save(dialog, "search")

        statistics = window.show_page("statistics")
        statistics.ui.periodChoice.setCurrentIndex(  # type: ignore[attr-defined]
            statistics.ui.periodChoice.findData(QuickPeriod.LAST_FISCAL_YEAR)  # type: ignore[attr-defined]
        )
        statistics.show_statistics()  # type: ignore[attr-defined]
        settle(app, tasks, lambda: statistics.report is not None)  # type: ignore[attr-defined]
        statistics.ui.tableList.setCurrentRow(7)  # type: ignore[attr-defined]  # actions per agency
        settle(app, tasks)
        save(window, "statistics")
        save_pdf_page(render_pdf(statistics.report), "statistics-pdf-1")  # type: ignore[attr-defined]

        window.close()
        settle(app, tasks)
        tasks.shutdown()
        database.close()
        save_centre(app, Path(folder))
    return 0


def save_pdf_page(pdf: bytes, name: str) -> None:
    """The first page of a PDF as the README shows it (poppler's pdftoppm)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", "1", str(source), str(OUT / name)],
            check=True,
        )


def save_centre(app: QApplication, folder: Path) -> None:
    """The centre's page after two demo districts (seeds 1 and 2) each sent their year."""
    centre_db, _code = Database.create(folder / "ศูนย์ฯ-จังหวัด.mdt", demo.DEMO_PASSPHRASE)
    signing.create_identity(centre_db, "ศูนย์ปฏิบัติการจังหวัดแม่กลางเหนือ")
    centre_identity = signing.current_identity(centre_db)
    assert centre_identity is not None
    for seed in (1, 2):
        district, _code = Database.create(folder / f"district-{seed}.mdt", demo.DEMO_PASSPHRASE)
        demo.build_demo(district, "small", seed=seed)
        made = signing.create_identity(district, f"ที่ทำการปกครองอำเภอตัวอย่าง {seed}")
        exchange.trust_certificate(
            centre_db, signing.certificate_pem(district, made.id), f"อำเภอตัวอย่าง {seed}", actor="ศูนย์"
        )
        package = exchange.export_package(
            district,
            signing.certificate_pem(centre_db, centre_identity.id),
            dt.date(2025, 10, 1),
            demo.DEMO_END,
            folder / f"district-{seed}.mdtx",
            actor="เลขานุการ",
        )
        district.close()
        exchange.import_package_file(centre_db, package.path, actor="ศูนย์")
    tasks = TaskRunner()
    context = AppContext(database=centre_db, tasks=tasks, signals=AppSignals(), user_name="ศูนย์")
    window = MainWindow(context, Preferences(folder / "centre-preferences.ini"))
    window.resize(*SIZE)
    window.show()
    page = window.show_page("centre")
    settle(app, tasks)
    window.resize(*SIZE)
    save(window, "centre")
    page.tabs.setCurrentIndex(page.tabs.count() - 1)  # type: ignore[attr-defined]  # the charts
    settle(app, tasks)
    save(window, "centre-charts")
    window.close()
    settle(app, tasks)
    tasks.shutdown()
    centre_db.close()


if __name__ == "__main__":
    raise SystemExit(main())
