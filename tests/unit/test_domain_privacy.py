"""The consent gate before identifying details of a case are stored."""

from __future__ import annotations

from datetime import date

from mdt_desktop.domain.privacy import ConsentFacts, ConsentRequired, may_store_identity

TODAY = date(2026, 6, 1)


def test_no_consent_means_no_identity() -> None:
    assert not may_store_identity([], TODAY)


def test_consent_in_force_allows_identity() -> None:
    assert may_store_identity([ConsentFacts(given_on=date(2026, 5, 1))], TODAY)


def test_withdrawn_consent_no_longer_allows_identity() -> None:
    assert not may_store_identity([ConsentFacts(date(2026, 5, 1), withdrawn_on=date(2026, 5, 20))], TODAY)
    assert not may_store_identity([ConsentFacts(date(2026, 5, 1), withdrawn_on=TODAY)], TODAY)


def test_withdrawal_dated_later_is_not_in_force_yet() -> None:
    assert may_store_identity([ConsentFacts(date(2026, 5, 1), withdrawn_on=date(2026, 6, 2))], TODAY)


def test_consent_dated_in_the_future_is_not_in_force_yet() -> None:
    assert not may_store_identity([ConsentFacts(date(2026, 6, 2))], TODAY)


def test_one_consent_in_force_is_enough() -> None:
    consents = [
        ConsentFacts(date(2026, 1, 1), withdrawn_on=date(2026, 2, 1)),
        ConsentFacts(date(2026, 3, 1)),
    ]
    assert may_store_identity(consents, TODAY)


def test_recorded_imminent_danger_allows_identity_without_consent() -> None:
    danger = ConsentFacts(TODAY, without_consent_reason="เด็กอยู่ในภาวะอันตรายร้ายแรงและเร่งด่วน")
    assert may_store_identity([danger], TODAY)
    assert not may_store_identity([ConsentFacts(date(2026, 7, 1), without_consent_reason="   ")], TODAY)


def test_consent_required_explains_in_thai() -> None:
    assert "ความยินยอม" in ConsentRequired().message("th")
    assert "consent" in ConsentRequired().message("en")
