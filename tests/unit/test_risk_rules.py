"""The scoring rules of the shipped instruments at their boundaries, and the review-date rule."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mdt_desktop.domain.codes import RiskLevel
from mdt_desktop.domain.risk import (
    NO,
    NOT_KNOWN,
    YES,
    Instrument,
    compute,
    default_review_date,
    parse_instrument,
    rose_to_high,
)
from mdt_desktop.refusal import Refusal
from mdt_desktop.services.risk import instruments_dir


def shipped(key: str) -> Instrument:
    path = instruments_dir() / f"{key}.json"
    return parse_instrument(json.loads(path.read_text(encoding="utf-8")), path.name)


CHECKLIST = shipped("domestic_abuse_checklist")
TRAFFICKING = shipped("trafficking_indicators")
CHILD = shipped("child_protection_screen")


def checklist_answers(yes: int, not_known: int = 0) -> dict[str, str | int]:
    ids = [q.id for q in CHECKLIST.questions]
    answers: dict[str, str | int] = dict.fromkeys(ids, NO)
    answers.update(dict.fromkeys(ids[:yes], YES))
    answers.update(dict.fromkeys(ids[yes : yes + not_known], NOT_KNOWN))
    return answers


@pytest.mark.parametrize(
    ("yes", "level"),
    [
        (0, RiskLevel.STANDARD),
        (9, RiskLevel.STANDARD),
        (10, RiskLevel.MEDIUM),
        (13, RiskLevel.MEDIUM),
        (14, RiskLevel.HIGH),
        (24, RiskLevel.HIGH),
    ],
)
def test_checklist_levels_at_the_boundaries(yes: int, level: RiskLevel) -> None:
    result = compute(CHECKLIST, checklist_answers(yes))
    assert (result.score, result.level) == (yes, level)
    assert len(result.decisive) == yes
    assert f"{yes} " in result.reason.en and level.label("th") in result.reason.th


def test_not_known_is_not_yes_and_counts_as_unanswered() -> None:
    # 13 yes and 5 not known: still medium, never 18 yes.
    result = compute(CHECKLIST, checklist_answers(13, not_known=5))
    assert (result.score, result.level, result.unanswered) == (13, RiskLevel.MEDIUM, 5)
    partly = compute(CHECKLIST, {CHECKLIST.questions[0].id: YES})
    assert (partly.score, partly.unanswered) == (1, 23)


def test_the_checklist_has_24_questions_in_both_languages_and_the_judgement_statement() -> None:
    assert len(CHECKLIST.questions) == 24
    assert all(q.text.th and q.text.en for q in CHECKLIST.questions)
    for instrument in (CHECKLIST, TRAFFICKING, CHILD):
        assert "professional" in instrument.judgement.en and "ดุลยพินิจ" in instrument.judgement.th
        assert instrument.source and "own words" in instrument.licence


def indicators(*ids: str) -> dict[str, str | int]:
    return dict.fromkeys(ids, YES)


def test_one_strong_indicator_suggests_likely_victim_and_names_it() -> None:
    result = compute(TRAFFICKING, indicators("confinement"))
    assert result.level is RiskLevel.HIGH
    assert result.label is not None and result.label.en == "Likely victim of trafficking"
    assert result.decisive == ("confinement",)
    assert "strong" in result.reason.en


def test_two_medium_indicators_of_different_groups_suggest_likely_victim() -> None:
    # Deceived about pay (recruitment by deception) and papers kept (coercion at destination).
    result = compute(TRAFFICKING, indicators("deceived_pay", "documents_held"))
    assert result.level is RiskLevel.HIGH and result.label is not None
    assert set(result.decisive) == {"deceived_pay", "documents_held"}
    assert "2 different groups" in result.reason.en
    assert any("Coercion at destination" in detail.en for detail in result.details)


def test_two_medium_indicators_of_the_same_group_are_not_enough() -> None:
    result = compute(TRAFFICKING, indicators("deceived_pay", "deceived_travel"))
    assert result.level is RiskLevel.MEDIUM and result.label is None
    assert set(result.decisive) == {"deceived_pay", "deceived_travel"}


def test_one_medium_indicator_is_partial_and_none_is_standard() -> None:
    assert compute(TRAFFICKING, indicators("unpaid")).level is RiskLevel.MEDIUM
    nothing = compute(TRAFFICKING, dict.fromkeys((q.id for q in TRAFFICKING.questions), NO))
    assert (nothing.level, nothing.score, nothing.label) == (RiskLevel.STANDARD, 0, None)
    assert compute(TRAFFICKING, {"confinement": NOT_KNOWN}).level is RiskLevel.STANDARD


def child(**answers: str | int) -> dict[str, str | int]:
    base: dict[str, str | int] = {
        "age": 14,
        "harm_kind": "emotional",
        "injury": "none",
        "caregiver_capacity": "able",
        "repeated": "first",
        "immediate_safety": "safe",
    }
    base.update(answers)
    return base


def test_child_screen_levels_by_points() -> None:
    low = compute(CHILD, child())  # emotional 1
    assert (low.score, low.level) == (1, RiskLevel.STANDARD)
    medium = compute(CHILD, child(age=4, harm_kind="physical"))  # 2 + 2
    assert (medium.score, medium.level) == (4, RiskLevel.MEDIUM)
    high = compute(CHILD, child(age=4, harm_kind="sexual", caregiver_capacity="unable"))  # 2 + 3 + 3
    assert (high.score, high.level) == (8, RiskLevel.HIGH)
    assert set(high.decisive) == {"age", "harm_kind", "caregiver_capacity"}


def test_child_not_safe_now_is_immediate_danger_whatever_the_score() -> None:
    result = compute(CHILD, child(immediate_safety="unsafe"))
    assert result.score == 1
    assert result.level is RiskLevel.IMMEDIATE_DANGER
    assert result.decisive == ("immediate_safety",)
    assert "whatever the score" in result.reason.en


def test_answers_that_do_not_fit_are_refused() -> None:
    with pytest.raises(Refusal, match="does not have"):
        compute(CHILD, {"nickname": "x"})
    with pytest.raises(Refusal, match="from 0 to 17"):
        compute(CHILD, child(age=30))
    with pytest.raises(Refusal, match="not one it offers"):
        compute(CHILD, child(harm_kind="fire"))
    with pytest.raises(Refusal, match="not one it offers"):
        compute(CHECKLIST, {CHECKLIST.questions[0].id: "maybe"})


@pytest.mark.parametrize(
    ("level", "review"),
    [
        (RiskLevel.IMMEDIATE_DANGER, dt.date(2027, 1, 14)),
        (RiskLevel.HIGH, dt.date(2027, 1, 14)),
        (RiskLevel.MEDIUM, dt.date(2027, 1, 31)),
        (RiskLevel.STANDARD, dt.date(2027, 3, 31)),
    ],
)
def test_default_review_dates(level: RiskLevel, review: dt.date) -> None:
    assert default_review_date(level, dt.date(2026, 12, 31)) == review


def test_a_month_on_from_the_31st_ends_at_the_month_end() -> None:
    assert default_review_date(RiskLevel.MEDIUM, dt.date(2027, 1, 31)) == dt.date(2027, 2, 28)


def test_rose_to_high() -> None:
    assert rose_to_high(None, RiskLevel.HIGH)
    assert rose_to_high(RiskLevel.MEDIUM, RiskLevel.IMMEDIATE_DANGER)
    assert not rose_to_high(RiskLevel.HIGH, RiskLevel.HIGH)
    assert not rose_to_high(RiskLevel.HIGH, RiskLevel.IMMEDIATE_DANGER)
    assert not rose_to_high(RiskLevel.STANDARD, RiskLevel.MEDIUM)
