"""What typed text may hold and how long a field may be: the cleaning every stored text passes through.

Word files are XML, and XML 1.0 cannot carry most control characters (U+0000–U+0008, U+000B, U+000C,
U+000E–U+001F), lone surrogates (U+D800–U+DFFF) or U+FFFE/U+FFFF: one such character pasted from another program
made the Word minutes of every later meeting fail, because the open action that held it is carried over. ``clean``
is applied where the services store typed text; the writers apply it again to what an older database already holds.
Vertical tab and form feed (Word's manual line and page breaks, when pasted) become a line break; the other
forbidden characters are removed; tab, line feed, carriage return and all of Thai stay as typed.

Limits, in characters, refused with a message naming the field (``checked``):

- ``SHORT_TEXT`` 500: titles, names, positions, venues, codes and other one-line fields;
- ``TASK_TEXT`` 5,000: an action's task, a progress note, a reason;
- ``LONG_TEXT`` 50,000: discussion, resolution and case summary (about 25 printed pages, 5 seconds of PDF).

The printed documents cut a single paragraph longer than ``LONG_TEXT`` (only an older database can hold one) with
``CUT_MARK`` (``cut_for_print``), so one enormous field cannot make every later export take minutes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mdt_desktop.refusal import Message, Refusal

SHORT_TEXT = 500
TASK_TEXT = 5_000
LONG_TEXT = 50_000

CUT_MARK = "… (ตัดความยาว / cut)"

_LINE_BREAKS = str.maketrans({"\v": "\n", "\f": "\n"})
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

TOO_LONG = Message(
    "{field}ยาว {length:,} ตัวอักษร เกินที่รับได้ {limit:,} ตัวอักษร โปรดย่อให้สั้นลงหรือแยกเป็นหลายส่วน",
    "The {field} is {length:,} characters long, more than the {limit:,} it can hold: shorten it or split it.",
)


class TypedField(NamedTuple):
    """A kind of typed field: what the user calls it (in both languages) and how many characters it holds."""

    label: Message
    limit: int


TITLE = TypedField(Message("หัวข้อ", "title"), SHORT_TEXT)
NAME = TypedField(Message("ชื่อ", "name"), SHORT_TEXT)
LINE = TypedField(Message("ข้อความบรรทัดเดียว", "one-line text"), SHORT_TEXT)
TASK = TypedField(Message("งานที่มอบหมาย", "task"), TASK_TEXT)
NOTE = TypedField(Message("บันทึก", "note"), TASK_TEXT)
LONG = TypedField(Message("ข้อความ", "text"), LONG_TEXT)
DISCUSSION = TypedField(Message("ผลการหารือ", "discussion"), LONG_TEXT)
RESOLUTION = TypedField(Message("มติ", "resolution"), LONG_TEXT)
SUMMARY = TypedField(Message("สรุปเรื่อง", "summary"), LONG_TEXT)


def clean(text: str) -> str:
    """``text`` with every character XML cannot carry removed; vertical tab and form feed become line breaks."""
    return _NOT_XML.sub("", text.translate(_LINE_BREAKS))


def checked(text: str, field: TypedField) -> str:
    """``text`` cleaned, or a ``Refusal`` naming the field when it is longer than the field holds."""
    cleaned = clean(text)
    if len(cleaned) > field.limit:
        raise Refusal(TOO_LONG, field=field.label, length=len(cleaned), limit=field.limit)
    return cleaned


def cut_for_print(text: str, limit: int = LONG_TEXT) -> str:
    """``text`` cleaned and, beyond ``limit`` characters, cut to ``limit`` ending in ``CUT_MARK`` so the reader sees
    it was cut (cutting again changes nothing)."""
    cleaned = clean(text)
    if len(cleaned) <= limit:
        return cleaned
    return cleaned[: limit - len(CUT_MARK) - 1].rstrip() + " " + CUT_MARK
