"""Every code shows its own Thai and English label, even where two lists share a stored value."""

from __future__ import annotations

import pytest

from mdt_desktop.domain import codes

ALL_LISTS = [
    cls
    for cls in vars(codes).values()
    if isinstance(cls, type) and issubclass(cls, codes.LabelledEnum) and cls is not codes.LabelledEnum
]


@pytest.mark.parametrize("code_list", ALL_LISTS, ids=lambda cls: cls.__name__)
def test_every_member_has_a_thai_and_an_english_label(code_list: type[codes.LabelledEnum]) -> None:
    for member in code_list:
        assert member.th and member.en
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in member.th) or member.th.isascii()


def test_shared_values_keep_their_own_labels() -> None:
    assert codes.Sector.NGO.th == "องค์กรพัฒนาเอกชน"
    assert codes.IntakeChannel.NGO.th == "NGO"
    assert codes.ActionStatus.OPEN.th == "ยังไม่ดำเนินการ"
    assert codes.CaseOutcome.OPEN.th == "อยู่ระหว่างดำเนินการ"
    assert codes.Measure.PROTECTION.th == "คุ้มครองช่วยเหลือ"
    assert codes.CaseStage.PROTECTION.th == "คุ้มครอง/ช่วยเหลือ"
    assert codes.Sex.UNKNOWN.en == "Unknown" and codes.IdStatus.UNKNOWN.th == "ไม่ทราบ"
    assert codes.AgendaKind.OTHER.th == "เรื่องอื่น ๆ"
    assert codes.CaseType.OTHER.th == "อื่น ๆ"
