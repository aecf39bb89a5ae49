"""The name detector: names after a Thai title, Thai ID numbers with their check digit, phones and addresses are
found; ordinary minutes text (positions, agencies, case codes, dates, numbers, money, times) is left alone."""

from __future__ import annotations

import pytest

from mdt_desktop.domain.typed_names import MASK, IdentifyingKind, find_identifying, mask_identifying

NAME = IdentifyingKind.PERSON_NAME
THAI_ID = IdentifyingKind.THAI_ID
PHONE = IdentifyingKind.PHONE
ADDRESS = IdentifyingKind.ADDRESS


def found(text: str) -> list[tuple[IdentifyingKind, str]]:
    return [(finding.kind, finding.text) for finding in find_identifying(text)]


def test_published_check_digit_rule_gives_the_ids_used_below() -> None:
    # The rule as the Department of Provincial Administration publishes it, worked by hand:
    # 1 2 3 4 5 6 7 8 9 0 1 2 weighted 13..2: 13+24+33+40+45+48+49+48+45+0+3+4 = 352; 352 mod 11 = 0;
    # (11 - 0) mod 10 = 1, so 1-2345-67890-12-1.
    assert (13 + 24 + 33 + 40 + 45 + 48 + 49 + 48 + 45 + 0 + 3 + 4) % 11 == 0
    # 3 1 0 0 5 0 0 1 2 3 4 5 weighted 13..2: 39+12+0+0+45+0+0+6+10+12+12+10 = 146; 146 mod 11 = 3;
    # 11 - 3 = 8, so 3-1005-00123-45-8.
    assert (39 + 12 + 45 + 6 + 10 + 12 + 12 + 10) % 11 == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("นายสมชาย ใจดี ได้รับการช่วยเหลือแล้ว", "นายสมชาย ใจดี"),
        ("ส่งต่อเด็กหญิงมาลีไปบ้านพักเด็ก", "เด็กหญิงมาลี"),
        ("ด.ญ.กานดา มีสุข อายุ 12 ปี", "ด.ญ.กานดา มีสุข"),
        ("ด.ช. ต้นกล้า ใจงาม ไปโรงเรียน", "ด.ช. ต้นกล้า ใจงาม"),
        ("น.ส.สุดา รักไทย มาร่วมประชุม", "น.ส.สุดา รักไทย"),
        ("นางสาวมณีรัตน์ศรีสุขแจ้งว่าจะย้ายบ้าน", "นางสาวมณีรัตน์ศรีสุข"),
        ("ได้พบนางสมศรีที่บ้าน", "นางสมศรี"),
        ("เด็กชายภูมิ ทองคำ", "เด็กชายภูมิ ทองคำ"),
        ("Mr. Aung Kyaw was referred to the shelter", "Mr. Aung Kyaw"),
    ],
)
def test_a_name_after_a_title_is_found_with_its_surname(text: str, expected: str) -> None:
    assert found(text) == [(NAME, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "เลขประจำตัวประชาชน 1-2345-67890-12-1",
        "เลขประจำตัวประชาชน 1234567890121",
        "เลขประจำตัว 1 2345 67890 12 1",
        "เลขประจำตัว ๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑",
        "เลขประจำตัว 3-1005-00123-45-8 ตรวจแล้ว",
    ],
)
def test_a_thai_id_with_a_good_check_digit_is_found(text: str) -> None:
    kinds = [kind for kind, _ in found(text)]
    assert kinds == [THAI_ID]


@pytest.mark.parametrize(
    "text",
    ["เลข 1-2345-67890-12-2", "เลข 1234567890120", "เลข 3-1005-00123-45-7", "เลข ๑๒๓๔๕๖๗๘๙๐๑๒๙"],
)
def test_thirteen_digits_with_a_wrong_check_digit_are_not_an_id(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ติดต่อที่ 081-234-5678 ได้ตลอด", "081-234-5678"),
        ("โทร 0912345678", "0912345678"),
        ("โทร 061 234 5678", "061 234 5678"),
        ("สำนักงาน 02-123-4567", "02-123-4567"),
        ("บ้าน 053-123-456", "053-123-456"),
        ("call +66 81 234 5678", "+66 81 234 5678"),
        ("call +66-2-123-4567", "+66-2-123-4567"),
        ("โทร ๐๘๑-๒๓๔-๕๖๗๘", "๐๘๑-๒๓๔-๕๖๗๘"),
        ("โทร 08-1234-5678 หรือ", "08-1234-5678"),
        ("สำนักงาน 0-2123-4567 ต่อ 12", "0-2123-4567"),
        ("call +66 (0) 81 234 5678", "+66 (0) 81 234 5678"),
    ],
)
def test_a_thai_phone_number_is_found(text: str, expected: str) -> None:
    assert found(text) == [(PHONE, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("อาศัยอยู่บ้านเลขที่ 12/3 หมู่ 5 ต.ในเมือง", "บ้านเลขที่ 12/3 หมู่ 5"),
        ("พักที่เลขที่ 45 ม.7 ตำบลนาดี", "เลขที่ 45 ม.7"),
        ("ย้ายไป 99/1 ม. 4 ต.ในเมือง", "99/1 ม. 4"),
        ("ห้องเช่าในซอย 12 ใกล้ตลาด", "ซอย 12"),
        ("ซอยลาดพร้าว 101 แยก 3", "ซอยลาดพร้าว 101"),
        ("ร้านอยู่ ถ.พหลโยธิน 45", "ถ.พหลโยธิน 45"),
    ],
)
def test_a_house_address_is_found(text: str, expected: str) -> None:
    assert found(text) == [(ADDRESS, expected)]


ORDINARY_MINUTES = [
    "นายอำเภอเมืองเป็นประธานที่ประชุม",
    "นายก อบต.นาดี รายงานความคืบหน้า",
    "ปลัดอำเภอรับไปประสานงาน",
    "นายกเทศมนตรีกล่าวเปิดประชุม",
    "นางพยาบาลประจำ รพ.สต.บ้านนา แจ้งผลการตรวจ",
    "สภ.เมือง พมจ. และ รพ.สต. รับไปดำเนินการ",
    "กรณี MKM-2569-0033 ที่ประชุมมีมติให้ส่งต่อ",
    "ประชุมเมื่อวันที่ 12 มีนาคม 2569 เวลา 09.30 น.",
    "การประชุมครั้งที่ 6/2569 ระเบียบวาระที่ 3.2",
    "ค่าใช้จ่าย 1,500,000 บาท และ 15000 บาท",
    "ประชุม 09.30-12.00 น. ณ ห้องประชุมชั้น 2",
    "เด็กหญิงอายุ 12 ปี ได้รับการช่วยเหลือ",
    "เด็กชายทั้งสองคนกลับบ้านแล้ว",
    "นายจ้างไม่จ่ายค่าจ้างสามเดือน",
    "นายหน้าพาไปทำงานที่ประมง",
    "นายตำรวจเจ้าของสำนวนรับทราบ",
    "นักเรียนชั้น ม.5 ของโรงเรียน",
    "หนังสือเลขที่ 0033/2569 ลงวันที่ 5 ม.ค. 2569",
    "เจ้านายสั่งให้ทำงานล่วงเวลา",
    "ลงพื้นที่ 3 หมู่บ้าน",
    "ที่ มท 0307.3/ว 1234 และสายด่วน 1300",
    "ผู้เสียหาย 2 ราย อายุ 15 และ 17 ปี",
    "นาย ก และ นาง ข เป็นพยาน",
    "เด็กหญิง ค ได้รับการช่วยเหลือ",
    "นายร้อยเวรรับแจ้งความ",
    "เด็กชายวัย 14 ปี และเด็กหญิงชาวเมียนมา",
    "ปี 2569-2570 อายุ 13 ปี 6 เดือน เลขคดีที่ 123/2569",
    "ประชุมวันที่ 08 10 2569 เวลา 09 30",
]


@pytest.mark.parametrize("text", ORDINARY_MINUTES)
def test_ordinary_minutes_text_does_not_trigger(text: str) -> None:
    assert found(text) == []


def test_several_findings_come_in_order_with_their_positions() -> None:
    text = "นายสมชาย ใจดี โทร 081-234-5678 บ้านเลขที่ 7 หมู่ 2"
    findings = find_identifying(text)
    assert [f.kind for f in findings] == [NAME, PHONE, ADDRESS]
    assert [text[f.start : f.end] for f in findings] == ["นายสมชาย ใจดี", "081-234-5678", "บ้านเลขที่ 7 หมู่ 2"]


def test_mask_hides_every_finding_and_keeps_the_rest() -> None:
    text = "MKM-2569-0033: นายสมชาย ใจดี ได้รับการช่วยเหลือ โทร 081-234-5678"
    assert mask_identifying(text) == f"MKM-2569-0033: {MASK} ได้รับการช่วยเหลือ โทร {MASK}"
    assert mask_identifying("นายอำเภอเป็นประธาน") == "นายอำเภอเป็นประธาน"
