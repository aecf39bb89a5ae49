"""Passphrase strength and the Thai hint shown while typing a new passphrase."""

from __future__ import annotations

import pytest

from mdt_desktop.domain.passphrase import MINIMUM_ACCEPTABLE_SCORE, passphrase_strength


def test_short_passphrase_is_unusable_and_the_hint_says_how_long() -> None:
    score, hint = passphrase_strength("abc12")
    assert score == 0
    assert "อย่างน้อย 12 ตัวอักษร" in hint


@pytest.mark.parametrize("weak", ["password1234", "รหัสผ่าน1234", "aaaaaaaaaaaa", "abcdefgh"])
def test_guessable_passphrases_are_below_the_minimum(weak: str) -> None:
    score, hint = passphrase_strength(weak)
    assert score < MINIMUM_ACCEPTABLE_SCORE
    assert hint


def test_a_phrase_of_thai_words_is_acceptable_without_symbols() -> None:
    score, _hint = passphrase_strength("ช้างเดินข้ามสะพานไม้")
    assert score >= MINIMUM_ACCEPTABLE_SCORE


def test_thai_counts_as_a_character_class() -> None:
    thai_and_digits, _ = passphrase_strength("บ้านริมน้ำ ปลูกมะม่วง 2569")
    latin_only, _ = passphrase_strength("house by the river")
    assert thai_and_digits > latin_only


def test_long_mixed_passphrase_is_strong() -> None:
    score, hint = passphrase_strength("ผมชอบกินข้าวมันไก่ที่ตลาดเช้า 2569")
    assert score == 4
    assert hint == "รหัสผ่านแข็งแรง"


def test_hint_in_english_on_request() -> None:
    _score, hint = passphrase_strength("abc12", language="en")
    assert "at least 12 characters" in hint


@pytest.mark.parametrize(
    "weak",
    [
        "Somchai-1985",
        "somchai19851",
        "สมชาย-2530-!",
        "สมชาย-๒๕๓๐!!",
        "ประเสริฐ2569",
        "Elephantine!",
        "Ab1-Ab1-Ab1",
        "ช้างเดิน25",
    ],
)
def test_a_single_word_alone_or_with_a_year_or_under_12_characters_is_refused_with_a_reason(
    weak: str,
) -> None:
    score, hint = passphrase_strength(weak, "en")
    assert score < MINIMUM_ACCEPTABLE_SCORE, weak
    assert any(reason in hint for reason in ("single word", "at least 12", "easy to guess", "repeated")), hint


@pytest.mark.parametrize(
    "phrase", ["Lampang-MDT-team-2569", "ช้างเดินข้ามสะพานไม้", "house by the river", "ทีม สหวิชาชีพ แม่สาย"]
)
def test_a_phrase_of_several_words_is_accepted(phrase: str) -> None:
    score, _hint = passphrase_strength(phrase)
    assert score >= MINIMUM_ACCEPTABLE_SCORE, phrase


def test_the_name_and_year_reason_is_given_in_thai() -> None:
    _score, hint = passphrase_strength("Somchai-1985")
    assert "ชื่อหรือคำเดียว" in hint
