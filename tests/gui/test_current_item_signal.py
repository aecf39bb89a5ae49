"""Another window follows the meeting: the editor announces the secretary's current agenda item application-wide.

The follower here knows nothing but the context's signals, as the chair's screen will: no reference to the editor.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QObject, Qt, Slot

from mdt_desktop.gui.common.context import NO_ITEM, AppSignals
from mdt_desktop.gui.meeting.agenda_model import AgendaModel
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.services import meetings
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


class Follower(QObject):
    """What another window hears: (meeting id, agenda item id) pairs, in order."""

    def __init__(self, signals: AppSignals) -> None:
        super().__init__()
        self.heard: list[tuple[int, int]] = []
        signals.current_item_changed.connect(self.follow)

    @Slot(int, int)
    def follow(self, meeting_id: int, item_id: int) -> None:
        self.heard.append((meeting_id, item_id))


@pytest.fixture
def follower(context):  # noqa: F811 - pytest fixture
    return Follower(context.signals)


@pytest.fixture
def editor(qtbot, context, database, follower):  # noqa: F811 - pytest fixture
    team = make_team(database)
    meeting_id = meetings.create_meeting(database, team["body"], dt.date(2026, 11, 21))
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitExposed(editor)
    wait_idle(qtbot, context)
    return editor


def _items(editor: MeetingEditor) -> dict[str, int]:
    assert editor.view is not None
    return {item.number: item.id for item in editor.view.all_items()}


def _click(qtbot, editor: MeetingEditor, item_id: int) -> None:
    tree = editor.ui.agendaTree
    rect = tree.visualRect(editor.agenda_model.index_of(item_id))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_opening_a_meeting_announces_its_first_item(editor, follower):
    assert follower.heard == [(editor.meeting_id, _items(editor)["1"])]


def test_clicking_and_arrowing_through_the_agenda_is_followed(qtbot, editor, follower):
    items = _items(editor)
    _click(qtbot, editor, items["4"])
    assert follower.heard[-1] == (editor.meeting_id, items["4"])
    assert editor.ui.itemHeadingLabel.text().startswith("ระเบียบวาระที่ 4")

    heard = len(follower.heard)
    _click(qtbot, editor, items["4"])  # the same item again: nothing new to follow
    assert len(follower.heard) == heard

    below = editor.ui.agendaTree.indexBelow(editor.agenda_model.index_of(items["4"]))
    qtbot.keyClick(editor.ui.agendaTree, Qt.Key.Key_Down)
    assert follower.heard[-1] == (editor.meeting_id, AgendaModel.item_id(below))
    assert all(
        isinstance(value, int) for pair in follower.heard for value in pair
    )  # ids only, never case data


def test_deleting_the_current_item_announces_the_one_shown_instead(qtbot, editor, context, follower):  # noqa: F811
    items = _items(editor)
    _click(qtbot, editor, items["4"])
    qtbot.mouseClick(editor.ui.deleteItemButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert items["4"] not in [item.id for item in editor.view.all_items()]
    meeting_id, item_id = follower.heard[-1]
    assert (meeting_id, item_id) == (editor.meeting_id, editor.current_item_id)
    assert item_id != items["4"] and item_id in _items(editor).values()


def test_leaving_the_meeting_tells_followers_there_is_no_current_item(qtbot, editor, follower):
    _click(qtbot, editor, _items(editor)["3"])
    qtbot.mouseClick(editor.ui.backButton, Qt.MouseButton.LeftButton)
    assert follower.heard[-1] == (editor.meeting_id, NO_ITEM)
