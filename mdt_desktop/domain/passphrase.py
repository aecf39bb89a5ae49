"""How strong a passphrase is, with a hint in Thai (or English) on how to make it stronger.

The database key is wrapped with the passphrase, so a guessable one exposes survivors' data to anyone who
copies the file. Length counts most: a phrase of Thai words is strong without symbols, so Thai characters
count as a character class of their own.
"""

from __future__ import annotations

import unicodedata

from mdt_desktop.refusal import Message

MINIMUM_LENGTH = 8
RECOMMENDED_LENGTH = 12
LONG_LENGTH = 16
# The lowest score the program accepts for a new passphrase.
MINIMUM_ACCEPTABLE_SCORE = 2

# Passphrases people pick first; a passphrase built around one of these is capped at score 1.
_COMMON = (
    "password",
    "passw0rd",
    "qwerty",
    "123456",
    "12345",
    "abcdef",
    "letmein",
    "admin",
    "iloveyou",
    "welcome",
    "abc123",
    "รหัสผ่าน",
    "สวัสดี",
)

_HINTS: dict[str, Message] = {
    "too_short": Message(
        f"สั้นเกินไป ควรยาวอย่างน้อย {RECOMMENDED_LENGTH} ตัวอักษร",
        f"Too short: use at least {RECOMMENDED_LENGTH} characters",
    ),
    "common": Message(
        "เดาง่ายเกินไป ควรใช้วลีที่คนอื่นเดาไม่ได้",
        "Too easy to guess: use a phrase others cannot guess",
    ),
    "repetitive": Message(
        "มีตัวอักษรซ้ำกันมากเกินไป ควรใช้ตัวอักษรที่หลากหลาย",
        "Too many repeated characters: use more varied characters",
    ),
    "longer": Message(
        f"ควรยาวอย่างน้อย {RECOMMENDED_LENGTH} ตัวอักษร",
        f"Use at least {RECOMMENDED_LENGTH} characters",
    ),
    "mix": Message(
        "ควรผสมตัวอักษรหลายชนิด เช่น อักษรไทย อักษรอังกฤษ ตัวเลข หรือเครื่องหมาย",
        "Mix kinds of characters: Thai letters, Latin letters, digits or symbols",
    ),
    "good": Message(
        "ใช้ได้ ยาวขึ้นอีกจะปลอดภัยยิ่งขึ้น",
        "Good: longer is safer still",
    ),
    "strong": Message("รหัสผ่านแข็งแรง", "Strong passphrase"),
}


def _character_classes(p: str) -> int:
    classes = set()
    for character in p:
        if "\u0e00" <= character <= "\u0e7f":
            classes.add("thai")
        elif character.isdigit():
            classes.add("digit")
        elif character.isupper():
            classes.add("upper")
        elif character.islower():
            classes.add("lower")
        elif not character.isspace():
            classes.add("symbol")
    return len(classes)


def passphrase_strength(p: str, language: str = "th") -> tuple[int, str]:
    """A score from 0 (unusable) to 4 (strong) and a hint in ``language`` ("th" or "en").

    A score below ``MINIMUM_ACCEPTABLE_SCORE`` is refused for a new passphrase."""
    p = unicodedata.normalize("NFC", p)
    length = len(p)
    if length < MINIMUM_LENGTH:
        return 0, _HINTS["too_short"].text(language)
    folded = p.casefold()
    if any(common in folded for common in _COMMON) and length < LONG_LENGTH + 4:
        return 1, _HINTS["common"].text(language)
    if len(set(folded)) < max(4, length // 4):
        return 1, _HINTS["repetitive"].text(language)
    classes = _character_classes(p)
    score = 1
    score += length >= RECOMMENDED_LENGTH
    score += length >= LONG_LENGTH
    score += classes >= 2
    score += classes >= 3
    score = min(score, 4)
    if score == 4:
        hint = "strong"
    elif length < RECOMMENDED_LENGTH:
        hint = "longer"
    elif classes < 2:
        hint = "mix"
    else:
        hint = "good"
    return score, _HINTS[hint].text(language)
