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


class IdentityPurpose(LabelledEnum):
    """Why a case's identifying details are opened: chosen before they open, and kept in the read's audit entry."""

    SAFETY_PLANNING = "safety_planning"
    REFERRAL = "referral"
    PROSECUTION = "prosecution"
    CONTACT_SURVIVOR = "contact_survivor"
    VERIFY_DETAILS = "verify_details"
    RESTRICTED_ANNEX = "restricted_annex"  # the case annex of a meeting's minutes, not offered to a person


PURPOSES_TO_CHOOSE = tuple(
    purpose for purpose in IdentityPurpose if purpose is not IdentityPurpose.RESTRICTED_ANNEX
)


class IdStatus(LabelledEnum):
    THAI_ID = "thai_id"
    FOREIGN_PASSPORT = "foreign_passport"
    PINK_CARD = "pink_card"
    STATELESS = "stateless"
    UNKNOWN = "unknown"


class RiskLevel(LabelledEnum):
    """A case's risk, as an instrument's rule computes it or as professional judgement sets it. The order of the
    members is the order of gravity (``rank``)."""

    STANDARD = "standard"
    MEDIUM = "medium"
    HIGH = "high"
    IMMEDIATE_DANGER = "immediate_danger"

    @property
    def rank(self) -> int:
        return list(RiskLevel).index(self)


class Service(LabelledEnum):
    """The services an action, a safety plan or a referral can name (UN Essential Services Package, plus an
    interpreter and the two returns, which need a recorded safety check)."""

    HEALTH_IDENTIFICATION = "health_identification"
    FIRST_LINE_SUPPORT = "first_line_support"
    INJURY_CARE = "injury_care"
    SEXUAL_ASSAULT_CARE = "sexual_assault_care"
    MENTAL_HEALTH = "mental_health"
    MEDICO_LEGAL = "medico_legal"
    JUSTICE_INITIAL_CONTACT = "justice_initial_contact"
    INVESTIGATION = "investigation"
    PRE_TRIAL = "pre_trial"
    TRIAL = "trial"
    PERPETRATOR_ACCOUNTABILITY = "perpetrator_accountability"
    POST_TRIAL = "post_trial"
    SAFETY_PROTECTION = "safety_protection"
    JUSTICE_ASSISTANCE = "justice_assistance"
    JUSTICE_INFORMATION = "justice_information"
    JUSTICE_COORDINATION = "justice_coordination"
    CRISIS_INFORMATION = "crisis_information"
    CRISIS_COUNSELLING = "crisis_counselling"
    HELPLINE = "helpline"
    SAFE_ACCOMMODATION = "safe_accommodation"
    MATERIAL_AID = "material_aid"
    IDENTITY_DOCUMENTS = "identity_documents"
    LEGAL_REPRESENTATION = "legal_representation"
    PSYCHOSOCIAL_SUPPORT = "psychosocial_support"
    WOMEN_CENTRED_SUPPORT = "women_centred_support"
    CHILDRENS_SERVICES = "childrens_services"
    COMMUNITY_OUTREACH = "community_outreach"
    ECONOMIC_RECOVERY = "economic_recovery"
    INTERPRETER = "interpreter"
    RETURN_HOME = "return_home"
    RETURN_TO_COUNTRY = "return_to_country"

    @property
    def needs_safety_check(self) -> bool:
        """A return is only done once someone has checked it is safe (DOMAIN.md: safety before reunification)."""
        return self in (Service.RETURN_HOME, Service.RETURN_TO_COUNTRY)


class ServiceStatus(LabelledEnum):
    """A service of a safety plan."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DECLINED = "declined"  # the survivor chose not to take it


class ReturnChoice(LabelledEnum):
    """What the survivor chose about going back."""

    UNDECIDED = "undecided"
    STAY = "stay"
    RETURN_HOME = "return_home"
    RETURN_TO_COUNTRY = "return_to_country"


class ReferralStatus(LabelledEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    COMPLETED = "completed"


class HighRiskResponse(LabelledEnum):
    """What the body agreed when a case's risk rose to high."""

    URGENT_MEETING = "urgent_meeting"
    NAMED_ACTIONS = "named_actions"
    ALREADY_IN_HAND = "already_in_hand"


class NationalityGroup(LabelledEnum):
    """Nationality as the statistics and the exchange package carry it: a fixed list, never the typed text."""

    THAI = "thai"
    MYANMAR = "myanmar"
    LAO = "lao"
    CAMBODIAN = "cambodian"
    VIETNAMESE = "vietnamese"
    CHINESE = "chinese"
    STATELESS = "stateless"
    OTHER = "other"
    UNKNOWN = "unknown"


class MinutesShared(LabelledEnum):
    """How much of each meeting's minutes a district puts in its package for the centre."""

    HEADER = "header"  # number, date, kind and status only
    RESOLUTIONS = "resolutions"  # and each item's title and resolution
    FULL = "full"  # and each item's minutes


class CentreDecisionKind(LabelledEnum):
    """What the provincial centre decided on an escalated case: the centre's own record."""

    TAKEN_UP = "taken_up"
    PROVINCIAL_AGENCY = "provincial_agency"
    RETURNED_WITH_ADVICE = "returned_with_advice"
    CLOSED = "closed"


# Written as member: labels for reading, but keyed by (enum class, value): members of different lists share
# values ("ngo", "open", "other", ...) and a StrEnum member hashes like its string, so they would collide.
_LABELS_BY_MEMBER: list[tuple[LabelledEnum, tuple[str, str]]] = [
    (RiskLevel.STANDARD, ("ความเสี่ยงปกติ", "Standard risk")),
    (RiskLevel.MEDIUM, ("ความเสี่ยงปานกลาง", "Medium risk")),
    (RiskLevel.HIGH, ("ความเสี่ยงสูง", "High risk")),
    (RiskLevel.IMMEDIATE_DANGER, ("อันตรายเร่งด่วน", "Immediate danger")),
    (Service.HEALTH_IDENTIFICATION, ("คัดกรองและระบุปัญหาสุขภาพ", "Health: identification and assessment")),
    (Service.FIRST_LINE_SUPPORT, ("การช่วยเหลือเบื้องต้น", "First-line support")),
    (Service.INJURY_CARE, ("รักษาการบาดเจ็บ", "Care of injuries")),
    (Service.SEXUAL_ASSAULT_CARE, ("ดูแลผู้ถูกกระทำทางเพศ", "Care after sexual assault")),
    (Service.MENTAL_HEALTH, ("สุขภาพจิต", "Mental health")),
    (Service.MEDICO_LEGAL, ("ตรวจและบันทึกทางนิติเวช", "Medico-legal documentation")),
    (Service.JUSTICE_INITIAL_CONTACT, ("รับแจ้งความ/ติดต่อเบื้องต้น", "Justice: initial contact")),
    (Service.INVESTIGATION, ("สอบสวน", "Investigation")),
    (Service.PRE_TRIAL, ("ก่อนการพิจารณาคดี", "Pre-trial")),
    (Service.TRIAL, ("การพิจารณาคดี", "Trial")),
    (
        Service.PERPETRATOR_ACCOUNTABILITY,
        ("ความรับผิดของผู้กระทำและการเยียวยา", "Perpetrator accountability and reparation"),
    ),
    (Service.POST_TRIAL, ("หลังการพิจารณาคดี", "Post-trial")),
    (Service.SAFETY_PROTECTION, ("ความปลอดภัยและการคุ้มครอง", "Safety and protection")),
    (Service.JUSTICE_ASSISTANCE, ("ช่วยเหลือในกระบวนการยุติธรรม", "Assistance and support in justice")),
    (Service.JUSTICE_INFORMATION, ("ข้อมูลกระบวนการยุติธรรม", "Communication and information in justice")),
    (Service.JUSTICE_COORDINATION, ("ประสานงานกระบวนการยุติธรรม", "Justice sector coordination")),
    (Service.CRISIS_INFORMATION, ("ข้อมูลในภาวะวิกฤต", "Crisis information")),
    (Service.CRISIS_COUNSELLING, ("ให้คำปรึกษาในภาวะวิกฤต", "Crisis counselling")),
    (Service.HELPLINE, ("สายด่วน", "Helpline")),
    (Service.SAFE_ACCOMMODATION, ("ที่พักปลอดภัย", "Safe accommodation")),
    (Service.MATERIAL_AID, ("ความช่วยเหลือด้านวัตถุและการเงิน", "Material and financial aid")),
    (Service.IDENTITY_DOCUMENTS, ("เอกสารประจำตัว", "Identity documents")),
    (Service.LEGAL_REPRESENTATION, ("ข้อมูลกฎหมายและทนายความ", "Legal information and representation")),
    (Service.PSYCHOSOCIAL_SUPPORT, ("ฟื้นฟูจิตใจและสังคม", "Psychosocial support")),
    (Service.WOMEN_CENTRED_SUPPORT, ("การช่วยเหลือที่เน้นผู้หญิงเป็นศูนย์กลาง", "Women-centred support")),
    (Service.CHILDRENS_SERVICES, ("บริการสำหรับเด็ก", "Children's services")),
    (Service.COMMUNITY_OUTREACH, ("งานชุมชน", "Community outreach")),
    (Service.ECONOMIC_RECOVERY, ("ฟื้นฟูอาชีพและรายได้", "Economic recovery")),
    (Service.INTERPRETER, ("ล่าม", "Interpreter")),
    (Service.RETURN_HOME, ("ส่งกลับภูมิลำเนา", "Return home")),
    (Service.RETURN_TO_COUNTRY, ("ส่งกลับประเทศเดิม", "Return to the country of origin")),
    (ServiceStatus.PLANNED, ("วางแผนแล้ว", "Planned")),
    (ServiceStatus.IN_PROGRESS, ("กำลังดำเนินการ", "In progress")),
    (ServiceStatus.DONE, ("ดำเนินการแล้ว", "Done")),
    (ServiceStatus.DECLINED, ("ผู้เสียหายไม่ประสงค์รับ", "Declined by the survivor")),
    (ReturnChoice.UNDECIDED, ("ยังไม่ตัดสินใจ", "Undecided")),
    (ReturnChoice.STAY, ("ไม่กลับ", "Not returning")),
    (ReturnChoice.RETURN_HOME, ("กลับภูมิลำเนา", "Return home")),
    (ReturnChoice.RETURN_TO_COUNTRY, ("กลับประเทศเดิม", "Return to the country of origin")),
    (ReferralStatus.SENT, ("ส่งต่อแล้ว รอตอบรับ", "Sent, awaiting an answer")),
    (ReferralStatus.ACCEPTED, ("รับเรื่องแล้ว", "Accepted")),
    (ReferralStatus.REFUSED, ("ปฏิเสธ", "Refused")),
    (ReferralStatus.COMPLETED, ("ดำเนินการเสร็จ", "Completed")),
    (HighRiskResponse.URGENT_MEETING, ("เรียกประชุมเร่งด่วน", "An urgent meeting")),
    (HighRiskResponse.NAMED_ACTIONS, ("มอบหมายงานเฉพาะ", "Named actions")),
    (HighRiskResponse.ALREADY_IN_HAND, ("มีมาตรการรองรับอยู่แล้ว", "Already in hand")),
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
    (IdentityPurpose.SAFETY_PLANNING, ("วางแผนความปลอดภัย", "Safety planning")),
    (IdentityPurpose.REFERRAL, ("ส่งต่อ", "Referral")),
    (IdentityPurpose.PROSECUTION, ("ดำเนินคดี/ศาล", "Prosecution / court")),
    (IdentityPurpose.CONTACT_SURVIVOR, ("ติดต่อผู้เสียหาย", "Contacting the survivor")),
    (IdentityPurpose.VERIFY_DETAILS, ("ตรวจสอบข้อมูล", "Checking the details")),
    (
        IdentityPurpose.RESTRICTED_ANNEX,
        ("เอกสารแนบท้ายรายงานการประชุม (ลับ)", "Restricted case annex of the minutes"),
    ),
    (NationalityGroup.THAI, ("ไทย", "Thai")),
    (NationalityGroup.MYANMAR, ("เมียนมา", "Myanmar")),
    (NationalityGroup.LAO, ("ลาว", "Lao")),
    (NationalityGroup.CAMBODIAN, ("กัมพูชา", "Cambodian")),
    (NationalityGroup.VIETNAMESE, ("เวียดนาม", "Vietnamese")),
    (NationalityGroup.CHINESE, ("จีน", "Chinese")),
    (NationalityGroup.STATELESS, ("ไร้สัญชาติ", "Stateless")),
    (NationalityGroup.OTHER, ("สัญชาติอื่น", "Other nationality")),
    (NationalityGroup.UNKNOWN, ("ไม่ทราบ", "Unknown")),
    (MinutesShared.HEADER, ("เฉพาะข้อมูลการประชุม", "Meeting details only")),
    (MinutesShared.RESOLUTIONS, ("ระเบียบวาระและมติที่ประชุม", "Agenda items and resolutions")),
    (MinutesShared.FULL, ("รายงานการประชุมทั้งหมด", "The whole minutes")),
    (CentreDecisionKind.TAKEN_UP, ("ศูนย์ฯ จังหวัดรับดำเนินการ", "Taken up by the provincial centre")),
    (CentreDecisionKind.PROVINCIAL_AGENCY, ("ส่งหน่วยงานระดับจังหวัด", "Passed to a provincial agency")),
    (
        CentreDecisionKind.RETURNED_WITH_ADVICE,
        ("ส่งคืนอำเภอพร้อมคำแนะนำ", "Returned to the district with advice"),
    ),
    (CentreDecisionKind.CLOSED, ("ยุติเรื่อง", "Closed")),
]

_LABELS: dict[tuple[type[LabelledEnum], str], tuple[str, str]] = {
    (type(member), member.value): labels for member, labels in _LABELS_BY_MEMBER
}
