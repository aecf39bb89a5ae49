"""A refusal says what is wrong in the person's language, with the details filled in that language too."""

from __future__ import annotations

from types import ModuleType

from mdt_desktop.refusal import Message, Refusal, collect_messages

FILE_EXISTS = Message("มีไฟล์ {name} อยู่แล้ว", "{name} already exists")
WEAK = Message("รหัสผ่านนี้ใช้ไม่ได้: {hint}", "This passphrase cannot be used: {hint}")


def test_a_refusal_is_told_in_thai_or_in_english_with_its_details() -> None:
    refusal = Refusal(FILE_EXISTS, name="รายงาน-6-2569.pdf")
    assert refusal.message("th") == "มีไฟล์ รายงาน-6-2569.pdf อยู่แล้ว"
    assert refusal.message("en") == "รายงาน-6-2569.pdf already exists"
    assert refusal.message() == "มีไฟล์ รายงาน-6-2569.pdf อยู่แล้ว"  # Thai first


def test_a_hint_given_in_both_languages_follows_the_language_of_the_message() -> None:
    refusal = Refusal(WEAK, hint=Message("ยาวอย่างน้อย 12 ตัวอักษร", "at least 12 characters"))
    assert refusal.message("th") == "รหัสผ่านนี้ใช้ไม่ได้: ยาวอย่างน้อย 12 ตัวอักษร"
    assert refusal.message("en") == "This passphrase cannot be used: at least 12 characters"
    assert (
        str(refusal) == "This passphrase cannot be used: at least 12 characters"
    )  # what a log line would show


def test_the_messages_of_a_module_are_found_for_the_translations_check() -> None:
    module = ModuleType("example")
    module.FILE_EXISTS = FILE_EXISTS  # type: ignore[attr-defined]
    module.NOT_A_MESSAGE = ("ไทย", "English")  # type: ignore[attr-defined]
    assert collect_messages(module) == {"FILE_EXISTS": FILE_EXISTS}
