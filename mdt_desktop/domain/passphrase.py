"""How strong a passphrase is, with a hint in Thai (or English) on how to make it stronger.

The database key is wrapped with the passphrase, so a guessable one exposes survivors' data to anyone who
copies the file. Length counts most: a phrase of Thai words is strong without symbols, so Thai characters
count as a character class of their own. Refused outright: anything under 12 characters, a passphrase built
around a well-known one, one repeated character, and a single word (a name, a dictionary word) alone or with a
number or a year around it — "Somchai1985", "สมชาย-2530", "elephant!" — in Thai and Latin alike. A word is a run
of letters without a space, digit or sign; a Thai phrase longer than a word is one run too, so a run counts as a
single word only up to ``SINGLE_WORD_LENGTH`` characters.
"""

from __future__ import annotations

import re
import unicodedata

from mdt_desktop.refusal import Message

RECOMMENDED_LENGTH = 12
MINIMUM_LENGTH = RECOMMENDED_LENGTH
SINGLE_WORD_LENGTH = 12
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

# Latin letters and Thai letters with their vowel and tone marks (which are not letters to str.isalpha).
_WORD = re.compile("[A-Za-z\u0e01-\u0e4e]+")
_DIGIT = re.compile("[0-9\u0e50-\u0e59]")

_HINTS: dict[str, Message] = {
    "too_short": Message(
        f"สั้นเกินไป ควรยาวอย่างน้อย {RECOMMENDED_LENGTH} ตัวอักษร",
        f"Too short: use at least {RECOMMENDED_LENGTH} characters",
    ),
    "common": Message(
        "เดาง่ายเกินไป ควรใช้วลีที่คนอื่นเดาไม่ได้",
        "Too easy to guess: use a phrase others cannot guess",
    ),
    "name_and_number": Message(
        "ชื่อหรือคำเดียวกับตัวเลขหรือปี (เช่น สมชาย2530) เดาได้ง่าย ควรใช้วลีหลายคำคั่นด้วยช่องว่างหรือขีด",
        "A name or a single word with a number or a year (like Somchai1985) is easy to guess: use a phrase of "
        "several words, with spaces or dashes between them",
    ),
    "one_word": Message(
        "คำเดียว (ชื่อหรือคำในพจนานุกรม) เดาได้ง่าย ควรใช้วลีหลายคำคั่นด้วยช่องว่างหรือขีด",
        "A single word (a name or a dictionary word) is easy to guess: use a phrase of several words, with "
        "spaces or dashes between them",
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
    words = _WORD.findall(p)
    if len(words) <= 1 and len("".join(words)) <= SINGLE_WORD_LENGTH:
        return 1, _HINTS["name_and_number" if _DIGIT.search(p) else "one_word"].text(language)
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
