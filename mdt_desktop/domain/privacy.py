"""The consent gate: a case's identifying details are stored only with consent or a recorded emergency reason.

Personal Data Protection Act B.E. 2562, Child Protection Act B.E. 2546, Anti-Trafficking Act B.E. 2551:
consent is recorded (who, when, scope) before identifying details are stored; without consent only for
imminent danger to a child or a person at special risk, with the reason recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from mdt_desktop.refusal import Message, Refusal


@dataclass(frozen=True)
class ConsentFacts:
    given_on: date
    withdrawn_on: date | None = None
    without_consent_reason: str = ""

    def allows_on(self, today: date) -> bool:
        if self.without_consent_reason.strip():
            return True
        # In force from the day it was given; withdrawn "today" or earlier is withdrawn, while a withdrawal
        # dated in the future is not in force yet.
        return self.given_on <= today and (self.withdrawn_on is None or self.withdrawn_on > today)


def may_store_identity(consents: Iterable[ConsentFacts], today: date) -> bool:
    """True when a consent is in force today, or sharing without consent was recorded with its reason."""
    return any(consent.allows_on(today) for consent in consents)


CONSENT_REQUIRED = Message(
    th="ยังบันทึกข้อมูลที่ระบุตัวบุคคลไม่ได้: ต้องบันทึกความยินยอมก่อน หรือบันทึกเหตุจำเป็นเร่งด่วนที่อาจเกิดอันตรายร้ายแรง",
    en="Identifying details need a recorded consent or a recorded reason (imminent danger)",
)


class ConsentRequired(Refusal):
    """Raised by services asked to store identifying details of a case without consent in force."""

    def __init__(self) -> None:
        super().__init__(CONSENT_REQUIRED)
