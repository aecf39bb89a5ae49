"""Meeting numbers per body and Buddhist year: gaps stay, a number is never given twice."""

from __future__ import annotations

from mdt_desktop.domain.numbering import meeting_number_label, next_meeting_number


def test_first_meeting_of_the_year_is_number_1() -> None:
    assert next_meeting_number([]) == 1


def test_next_number_follows_the_highest() -> None:
    assert next_meeting_number([1, 2, 3]) == 4


def test_a_gap_is_not_filled() -> None:
    # Meeting 2 was deleted after 3 was held: the next is 4, never a second "2".
    assert next_meeting_number([1, 3]) == 4


def test_label_as_in_the_minutes() -> None:
    assert meeting_number_label(3, 2569) == "3/2569"
    assert meeting_number_label(12, 2570, digits="thai") == "๑๒/๒๕๗๐"
