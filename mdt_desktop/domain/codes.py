"""Code lists of the field (DOMAIN.md): the values stored in the database and their Thai and English labels.

Values are short stable ASCII identifiers so that the database and exchange files do not depend on spelling;
labels are what people see. Provinces spell things differently, so labels for the editable lists (agencies,
bodies) live in the database, while these fixed vocabularies live here.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A code whose members carry a Thai and an English label."""

    @property
    def th(self) -> str:
        return _LABELS[(type(self), self.value)][0]

    @property
    def en(self) -> str:
        return _LABELS[(type(self), self.value)][1]

    def label(self, language: str = "th") -> str:
        return self.th if language == "th" else self.en


class Level(LabelledEnum):
    VILLAGE = "village"
    SUBDISTRICT = "subdistrict"
    DISTRICT = "district"
    PROVINCE = "province"
    NATIONAL = "national"


class Sector(LabelledEnum):
    GOVERNMENT = "government"
    LOCAL_GOVERNMENT = "local_government"
    PRIVATE = "private"
    NGO = "ngo"
    CIVIL_SOCIETY = "civil_society"
    INTERNATIONAL = "international"
    INDEPENDENT = "independent"


class BodyKind(LabelledEnum):
    MDT = "mdt"
    OPERATION_CENTRE = "operation_centre"
    COMMITTEE = "committee"
    SUBCOMMITTEE = "subcommittee"
    CHILD_PROTECTION = "child_protection"
    WORKING_GROUP = "working_group"
    CSO_COMMITTEE = "cso_committee"


class MemberRole(LabelledEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    ASSISTANT_SECRETARY = "assistant_secretary"


class MeetingKind(LabelledEnum):
    REGULAR = "regular"
    URGENT_CASE = "urgent_case"
    CASE_REVIEW = "case_review"
    LESSONS_LEARNED = "lessons_learned"
    PLANNING = "planning"


class RecordingLevel(LabelledEnum):
    """The three levels of recording allowed by the Regulation on Correspondence B.E. 2526."""

    VERBATIM = "verbatim"
    REASONS_AND_RESOLUTION = "reasons_and_resolution"
    RESOLUTION_ONLY = "resolution_only"


class MeetingStatus(LabelledEnum):
    DRAFT = "draft"
    HELD = "held"
    APPROVED = "approved"


class AttendanceCategory(LabelledEnum):
    PRESENT = "present"
    STAND_IN = "stand_in"
    ABSENT = "absent"
    ATTENDEE = "attendee"
    OBSERVER = "observer"
    INTERPRETER = "interpreter"


class AgendaKind(LabelledEnum):
    ANNOUNCEMENTS = "announcements"
    APPROVE_MINUTES = "approve_minutes"
    MATTERS_ARISING = "matters_arising"
    FOR_CONSIDERATION = "for_consideration"
    FOR_INFORMATION = "for_information"
    OTHER = "other"
    CASE = "case"
    SUB_ITEM = "sub_item"


class Measure(LabelledEnum):
    """The five measures (มาตรการ 5 ด้าน)."""

    POLICY = "policy"
    PREVENTION = "prevention"
    PROTECTION = "protection"
    PROSECUTION = "prosecution"
    COOPERATION = "cooperation"


class CaseType(LabelledEnum):
    TRAFFICKING_LABOUR = "trafficking_labour"
    TRAFFICKING_SEXUAL = "trafficking_sexual"
    TRAFFICKING_BEGGING = "trafficking_begging"
    TRAFFICKING_FORCED_MARRIAGE = "trafficking_forced_marriage"
    TRAFFICKING_OTHER = "trafficking_other"
    DOMESTIC_VIOLENCE = "domestic_violence"
    SEXUAL_VIOLENCE = "sexual_violence"
    CHILD_SEXUAL_ABUSE = "child_sexual_abuse"
    CHILD_EXPLOITATION = "child_exploitation"
    NEGLECT = "neglect"
    STATUS_NATIONALITY = "status_nationality"
    OTHER = "other"


class ChildStatus(LabelledEnum):
    AT_RISK = "at_risk"
    VICTIM = "victim"


class CaseStage(LabelledEnum):
    INTAKE = "intake"
    SCREENING = "screening"
    PROTECTION = "protection"
    REHABILITATION = "rehabilitation"
    PROSECUTION = "prosecution"
    RETURN = "return"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class CaseOutcome(LabelledEnum):
    OPEN = "open"
    ESCALATED = "escalated"
    RESOLVED_DISTRICT = "resolved_district"


class IntakeChannel(LabelledEnum):
    VOLUNTEER = "volunteer"
    COMMUNITY_LEADER = "community_leader"
    HOTLINE_1300 = "hotline_1300"
    POLICE = "police"
    HOSPITAL = "hospital"
    SCHOOL = "school"
    NGO = "ngo"
    DIRECT = "direct"


class ActionStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CIRCUMSTANCES_CHANGED = "circumstances_changed"
    NOT_DONE_BY_AGENCY = "not_done_by_agency"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class Sex(LabelledEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class IdStatus(LabelledEnum):
    THAI_ID = "thai_id"
    FOREIGN_PASSPORT = "foreign_passport"
    PINK_CARD = "pink_card"
    STATELESS = "stateless"
    UNKNOWN = "unknown"


# Written as member: labels for reading, but keyed by (enum class, value): members of different lists share
# values ("ngo", "open", "other", ...) and a StrEnum member hashes like its string, so they would collide.
_LABELS_BY_MEMBER: list[tuple[LabelledEnum, tuple[str, str]]] = [
    (Level.VILLAGE, ("หมู่บ้าน", "Village")),
    (Level.SUBDISTRICT, ("ตำบล", "Sub-district")),
    (Level.DISTRICT, ("อำเภอ", "District")),
    (Level.PROVINCE, ("จังหวัด", "Province")),
    (Level.NATIONAL, ("ประเทศ", "National")),
    (Sector.GOVERNMENT, ("ภาครัฐ", "Government")),
    (Sector.LOCAL_GOVERNMENT, ("องค์กรปกครองส่วนท้องถิ่น", "Local government")),
    (Sector.PRIVATE, ("ภาคเอกชน", "Private sector")),
    (Sector.NGO, ("องค์กรพัฒนาเอกชน", "NGO")),
    (Sector.CIVIL_SOCIETY, ("ภาคประชาสังคม", "Civil society")),
    (Sector.INTERNATIONAL, ("องค์การระหว่างประเทศ", "International organisation")),
    (Sector.INDEPENDENT, ("องค์กรอิสระ", "Independent body")),
    (BodyKind.MDT, ("ทีมสหวิชาชีพ", "Multidisciplinary team")),
    (BodyKind.OPERATION_CENTRE, ("ศูนย์ปฏิบัติการ", "Operation centre")),
    (BodyKind.COMMITTEE, ("คณะกรรมการ", "Committee")),
    (BodyKind.SUBCOMMITTEE, ("คณะอนุกรรมการ", "Sub-committee")),
    (BodyKind.CHILD_PROTECTION, ("คณะกรรมการคุ้มครองเด็ก", "Child protection committee")),
    (BodyKind.WORKING_GROUP, ("คณะทำงาน", "Working group")),
    (BodyKind.CSO_COMMITTEE, ("คณะกรรมการประสานงานภาคประชาสังคม", "Civil-society coordination committee")),
    (MemberRole.CHAIR, ("ประธาน", "Chair")),
    (MemberRole.VICE_CHAIR, ("รองประธาน", "Vice-chair")),
    (MemberRole.MEMBER, ("กรรมการ", "Member")),
    (MemberRole.SECRETARY, ("กรรมการและเลขานุการ", "Secretary")),
    (MemberRole.ASSISTANT_SECRETARY, ("กรรมการและผู้ช่วยเลขานุการ", "Assistant secretary")),
    (MeetingKind.REGULAR, ("ประชุมประจำ", "Regular meeting")),
    (MeetingKind.URGENT_CASE, ("ประชุมเร่งด่วนเมื่อเกิดกรณี", "Urgent case meeting")),
    (MeetingKind.CASE_REVIEW, ("ประชุมทบทวนเคส", "Case review")),
    (MeetingKind.LESSONS_LEARNED, ("ประชุมถอดบทเรียน", "Lessons learned")),
    (MeetingKind.PLANNING, ("ประชุมวางแผน/ติดตามรายไตรมาส", "Planning and follow-up")),
    (RecordingLevel.VERBATIM, ("จดทุกคำพูด", "Everything said")),
    (RecordingLevel.REASONS_AND_RESOLUTION, ("จดย่อเหตุผลและมติ", "Reasons in brief and resolution")),
    (RecordingLevel.RESOLUTION_ONLY, ("จดเฉพาะมติ", "Resolution only")),
    (MeetingStatus.DRAFT, ("ร่าง", "Draft")),
    (MeetingStatus.HELD, ("ประชุมแล้ว", "Held")),
    (MeetingStatus.APPROVED, ("รับรองรายงานแล้ว", "Minutes approved")),
    (AttendanceCategory.PRESENT, ("ผู้มาประชุม", "Present")),
    (AttendanceCategory.STAND_IN, ("ผู้มาประชุมแทน", "Stand-in")),
    (AttendanceCategory.ABSENT, ("ผู้ไม่มาประชุม", "Absent")),
    (AttendanceCategory.ATTENDEE, ("ผู้เข้าร่วมประชุม", "Attending non-member")),
    (AttendanceCategory.OBSERVER, ("ผู้สังเกตการณ์", "Observer")),
    (AttendanceCategory.INTERPRETER, ("ล่าม", "Interpreter")),
    (AgendaKind.ANNOUNCEMENTS, ("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "Announcements by the chair")),
    (AgendaKind.APPROVE_MINUTES, ("เรื่องรับรองรายงานการประชุมครั้งที่แล้ว", "Approval of the last minutes")),
    (AgendaKind.MATTERS_ARISING, ("เรื่องสืบเนื่อง", "Matters arising")),
    (AgendaKind.FOR_CONSIDERATION, ("เรื่องเสนอเพื่อพิจารณา", "For consideration")),
    (AgendaKind.FOR_INFORMATION, ("เรื่องเพื่อทราบ", "For information")),
    (AgendaKind.OTHER, ("เรื่องอื่น ๆ", "Other business")),
    (AgendaKind.CASE, ("กรณี", "Case")),
    (AgendaKind.SUB_ITEM, ("เรื่องย่อย", "Sub-item")),
    (Measure.POLICY, ("นโยบาย", "Policy")),
    (Measure.PREVENTION, ("ป้องกัน", "Prevention")),
    (Measure.PROTECTION, ("คุ้มครองช่วยเหลือ", "Protection and assistance")),
    (Measure.PROSECUTION, ("ดำเนินคดี", "Prosecution")),
    (Measure.COOPERATION, ("ความร่วมมือ", "Cooperation")),
    (CaseType.TRAFFICKING_LABOUR, ("ค้ามนุษย์ - แรงงาน", "Trafficking - labour")),
    (CaseType.TRAFFICKING_SEXUAL, ("ค้ามนุษย์ - ทางเพศ", "Trafficking - sexual")),
    (CaseType.TRAFFICKING_BEGGING, ("ค้ามนุษย์ - ขอทาน", "Trafficking - begging")),
    (CaseType.TRAFFICKING_FORCED_MARRIAGE, ("ค้ามนุษย์ - บังคับแต่งงาน", "Trafficking - forced marriage")),
    (CaseType.TRAFFICKING_OTHER, ("ค้ามนุษย์ - อื่น ๆ", "Trafficking - other")),
    (CaseType.DOMESTIC_VIOLENCE, ("ความรุนแรงในครอบครัว", "Domestic violence")),
    (CaseType.SEXUAL_VIOLENCE, ("ความรุนแรงทางเพศ", "Sexual violence")),
    (CaseType.CHILD_SEXUAL_ABUSE, ("การล่วงละเมิดทางเพศเด็ก", "Child sexual abuse")),
    (CaseType.CHILD_EXPLOITATION, ("การแสวงหาประโยชน์จากเด็ก", "Child exploitation")),
    (CaseType.NEGLECT, ("การละเลยทอดทิ้ง", "Neglect")),
    (CaseType.STATUS_NATIONALITY, ("สถานะบุคคล/สัญชาติ", "Personal status / nationality")),
    (CaseType.OTHER, ("อื่น ๆ", "Other")),
    (ChildStatus.AT_RISK, ("กลุ่มเสี่ยง", "At risk")),
    (ChildStatus.VICTIM, ("ผู้เสียหาย", "Victim")),
    (CaseStage.INTAKE, ("รับแจ้ง", "Intake")),
    (CaseStage.SCREENING, ("คัดแยกผู้เสียหาย", "Victim screening")),
    (CaseStage.PROTECTION, ("คุ้มครอง/ช่วยเหลือ", "Protection / assistance")),
    (CaseStage.REHABILITATION, ("ฟื้นฟู", "Rehabilitation")),
    (CaseStage.PROSECUTION, ("ดำเนินคดี", "Prosecution")),
    (CaseStage.RETURN, ("ส่งกลับ/คืนสู่สังคม", "Return / reintegration")),
    (CaseStage.FOLLOW_UP, ("ติดตาม", "Follow-up")),
    (CaseStage.CLOSED, ("ปิด", "Closed")),
    (CaseOutcome.OPEN, ("อยู่ระหว่างดำเนินการ", "Open")),
    (CaseOutcome.ESCALATED, ("ส่งต่อศูนย์ฯ จังหวัด", "Escalated to the province")),
    (CaseOutcome.RESOLVED_DISTRICT, ("ยุติในระดับอำเภอ", "Resolved at district level")),
    (IntakeChannel.VOLUNTEER, ("อาสาสมัครเฝ้าระวัง", "Watch volunteer")),
    (IntakeChannel.COMMUNITY_LEADER, ("ผู้นำชุมชน", "Community leader")),
    (IntakeChannel.HOTLINE_1300, ("สายด่วน 1300", "Hotline 1300")),
    (IntakeChannel.POLICE, ("ตำรวจ", "Police")),
    (IntakeChannel.HOSPITAL, ("โรงพยาบาล/OSCC", "Hospital / OSCC")),
    (IntakeChannel.SCHOOL, ("โรงเรียน", "School")),
    (IntakeChannel.NGO, ("NGO", "NGO")),
    (IntakeChannel.DIRECT, ("ร้องเรียนโดยตรง", "Direct complaint")),
    (ActionStatus.OPEN, ("ยังไม่ดำเนินการ", "Open")),
    (ActionStatus.IN_PROGRESS, ("อยู่ระหว่างดำเนินการ", "In progress")),
    (ActionStatus.DONE, ("ดำเนินการแล้ว", "Done")),
    (
        ActionStatus.CIRCUMSTANCES_CHANGED,
        ("ดำเนินการไม่ได้เนื่องจากสถานการณ์เปลี่ยน", "Could not be done: circumstances changed"),
    ),
    (ActionStatus.NOT_DONE_BY_AGENCY, ("หน่วยงานไม่ได้ดำเนินการ", "Not done by the agency")),
    (Sex.FEMALE, ("หญิง", "Female")),
    (Sex.MALE, ("ชาย", "Male")),
    (Sex.OTHER, ("อื่น ๆ", "Other")),
    (Sex.UNKNOWN, ("ไม่ทราบ", "Unknown")),
    (IdStatus.THAI_ID, ("มีบัตรประชาชนไทย", "Thai ID card")),
    (IdStatus.FOREIGN_PASSPORT, ("หนังสือเดินทางต่างประเทศ", "Foreign passport")),
    (IdStatus.PINK_CARD, ("บัตรสีชมพู", "Pink card (migrant worker)")),
    (IdStatus.STATELESS, ("ไร้สถานะ", "Stateless")),
    (IdStatus.UNKNOWN, ("ไม่ทราบ", "Unknown")),
]

_LABELS: dict[tuple[type[LabelledEnum], str], tuple[str, str]] = {
    (type(member), member.value): labels for member, labels in _LABELS_BY_MEMBER
}
