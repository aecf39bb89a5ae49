"""Risk instruments as data: the definition model, its validation, the scoring rules and the review rule.

An instrument is a JSON document (format in ``resources/instruments/README.md``): questions with their answer
type, and one scoring rule named by its kind with parameters, never code. Three kinds exist:

- ``count_yes``: the number of "yes" answers, levelled by non-overlapping thresholds (the domestic-abuse
  checklist: 14 or more high, 10 to 13 medium, fewer standard). "Not known" is not "yes" and counts as
  unanswered.
- ``indicators``: yes/no indicators, each in a group and marked strong or medium. One strong indicator, or medium
  indicators in at least two different groups, suggest the result (for trafficking: "likely victim", stored as
  high risk); any indicator short of that gives the partial level. The result names the answers that led there.
- ``child_screen``: points for the answers chosen (age bands, kind of harm, the caregiver's capacity to protect)
  levelled by thresholds, except that an unsafe answer to the immediate-safety question is immediate danger
  whatever the score.

Everything here is pure: no I/O, no database, no Qt. A definition that does not hold is refused with a message
naming the file and the problem; answers that do not fit the questions are refused the same way.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import pairwise
from typing import Any

from mdt_desktop.domain.codes import RiskLevel
from mdt_desktop.refusal import Message, Refusal

YES = "yes"
NO = "no"
NOT_KNOWN = "not_known"
YES_NO_ANSWERS = (YES, NO, NOT_KNOWN)

Answer = str | int
Answers = Mapping[str, Answer]


class AnswerType(StrEnum):
    YES_NO = "yes_no"  # yes / no / not known
    CHOICE = "choice"  # one of a list
    NUMBER = "number"  # a whole number such as an age


class RuleKind(StrEnum):
    COUNT_YES = "count_yes"
    INDICATORS = "indicators"
    CHILD_SCREEN = "child_screen"


class Strength(StrEnum):
    STRONG = "strong"
    MEDIUM = "medium"


INSTRUMENT_INVALID = Message(
    th="แบบประเมิน {file} ใช้ไม่ได้: {problem}",
    en="The instrument {file} cannot be used: {problem}",
)
NOT_AN_OBJECT = Message(th="ไม่ใช่ข้อมูลแบบ JSON object", en="it is not a JSON object")
MISSING_FIELD = Message(th="ไม่มีช่อง {field}", en="the field {field} is missing")
WRONG_TYPE = Message(th="ช่อง {field} ต้องเป็น{expected}", en="the field {field} must be {expected}")
UNKNOWN_ANSWER_TYPE = Message(
    th="คำถาม {question} มีชนิดคำตอบ {value} ที่ไม่รู้จัก (ใช้ได้: yes_no, choice, number)",
    en="question {question} has an unknown answer type {value} (known: yes_no, choice, number)",
)
UNKNOWN_RULE_KIND = Message(
    th="กฎการให้คะแนน {value} ไม่รู้จัก (ใช้ได้: count_yes, indicators, child_screen)",
    en="the scoring rule {value} is unknown (known: count_yes, indicators, child_screen)",
)
UNKNOWN_LEVEL = Message(th="ระดับความเสี่ยง {value} ไม่รู้จัก", en="the risk level {value} is unknown")
DUPLICATE_QUESTION = Message(th="รหัสคำถาม {question} ซ้ำกัน", en="the question id {question} is used twice")
NO_QUESTIONS = Message(th="ไม่มีคำถาม", en="it has no questions")
NO_CHOICES = Message(th="คำถาม {question} ไม่มีตัวเลือก", en="question {question} has no choices")
THRESHOLD_OVERLAP = Message(
    th="เกณฑ์ของระดับ {first} และ {second} ซ้อนทับกัน", en="the thresholds of {first} and {second} overlap"
)
THRESHOLD_GAP = Message(
    th="คะแนน {score} ไม่อยู่ในเกณฑ์ระดับใดเลย", en="a score of {score} falls under no threshold"
)
THRESHOLD_EMPTY = Message(
    th="เกณฑ์ของระดับ {level} มีค่าต่ำสุดมากกว่าค่าสูงสุด", en="the threshold of {level} has its min above its max"
)
RULE_UNKNOWN_QUESTION = Message(
    th="กฎการให้คะแนนอ้างถึงคำถาม {question} ซึ่งไม่มีอยู่",
    en="the scoring rule refers to question {question}, which does not exist",
)
RULE_WRONG_QUESTION_TYPE = Message(
    th="กฎ {rule} ใช้ได้กับคำถามชนิด {expected} เท่านั้น แต่คำถาม {question} เป็นชนิดอื่น",
    en="the rule {rule} needs questions of type {expected}, and question {question} is not",
)
UNKNOWN_GROUP = Message(
    th="คำถาม {question} อยู่ในกลุ่ม {group} ซึ่งกฎไม่ได้กำหนดไว้",
    en="question {question} is in the group {group}, which the rule does not list",
)
UNKNOWN_STRENGTH = Message(
    th="คำถาม {question} ต้องระบุน้ำหนัก strong หรือ medium",
    en="question {question} must be marked strong or medium",
)
UNKNOWN_CHOICE_REFERENCE = Message(
    th="กฎอ้างถึงตัวเลือก {value} ซึ่งไม่มีในคำถาม {question}",
    en="the rule refers to the choice {value}, which question {question} does not offer",
)

ANSWER_UNKNOWN_QUESTION = Message(
    th="คำตอบอ้างถึงคำถาม {question} ซึ่งไม่มีในแบบประเมินนี้",
    en="an answer refers to question {question}, which this instrument does not have",
)
ANSWER_NOT_ALLOWED = Message(
    th="คำตอบของคำถาม {question} ไม่ตรงกับตัวเลือกที่มี", en="the answer to question {question} is not one it offers"
)
ANSWER_OUT_OF_RANGE = Message(
    th="คำตอบของคำถาม {question} ต้องเป็นตัวเลขระหว่าง {minimum} ถึง {maximum}",
    en="the answer to question {question} must be a number from {minimum} to {maximum}",
)

# Reasons of a result: general (no answers, no case data), in both languages.
REASON_COUNT_YES = Message(
    th="ตอบ \u201cใช่\u201d {yes} ข้อ จาก {total} ข้อ (ไม่ได้ตอบหรือไม่ทราบ {unanswered} ข้อ): {level}",
    en="{yes} \u201cyes\u201d of {total} ({unanswered} unanswered or not known): {level}",
)
REASON_STRONG_INDICATOR = Message(th="พบตัวบ่งชี้ที่มีน้ำหนักมาก {count} ข้อ", en="{count} strong indicator(s) present")
REASON_MEDIUM_GROUPS = Message(
    th="พบตัวบ่งชี้น้ำหนักปานกลางใน {groups} กลุ่มที่ต่างกัน",
    en="medium indicators present in {groups} different groups",
)
REASON_SOME_INDICATORS = Message(
    th="พบตัวบ่งชี้ {count} ข้อ แต่ยังไม่ถึงเกณฑ์ (ตัวบ่งชี้น้ำหนักมาก 1 ข้อ หรือน้ำหนักปานกลางจาก 2 กลุ่ม)",
    en="{count} indicator(s) present, short of the rule (one strong, or medium ones in two groups)",
)
REASON_NO_INDICATORS = Message(th="ไม่พบตัวบ่งชี้", en="no indicator present")
REASON_UNSAFE_NOW = Message(
    th="ระบุว่าไม่ปลอดภัยในขณะนี้: อันตรายเร่งด่วนไม่ว่าคะแนนเท่าใด",
    en="not safe now: immediate danger whatever the score",
)
REASON_POINTS = Message(th="คะแนนรวม {score}: {level}", en="{score} points: {level}")

STRONG_OR_MEDIUM = Message(th="strong หรือ medium", en="strong or medium")
A_TEXT = Message(th="ข้อความ", en="a text")
A_NUMBER = Message(th="จำนวนเต็ม", en="a whole number")
A_LIST = Message(th="รายการ", en="a list")
AN_OBJECT = Message(th="กลุ่มข้อมูล (object)", en="an object")


def filled(message: Message, **values: object) -> Message:
    """A message with its placeholders filled in both languages (a Message value in its own language)."""
    return Message(message.text("th", **values), message.text("en", **values))


@dataclass(frozen=True)
class Choice:
    value: str
    text: Message
    points: int = 0


@dataclass(frozen=True)
class Question:
    id: str
    text: Message
    help: Message
    answer_type: AnswerType
    choices: tuple[Choice, ...] = ()
    group: str = ""
    strength: Strength | None = None
    minimum: int = 0
    maximum: int = 150

    def choice(self, value: str) -> Choice | None:
        return next((choice for choice in self.choices if choice.value == value), None)


@dataclass(frozen=True)
class Threshold:
    level: RiskLevel
    minimum: int
    maximum: int | None  # None: no upper bound

    def holds(self, score: int) -> bool:
        return score >= self.minimum and (self.maximum is None or score <= self.maximum)


@dataclass(frozen=True)
class AgeBand:
    maximum: int  # ages up to and including this
    points: int


@dataclass(frozen=True)
class IndicatorGroup:
    key: str
    title: Message


@dataclass(frozen=True)
class CountYesRule:
    thresholds: tuple[Threshold, ...]
    kind: RuleKind = RuleKind.COUNT_YES


@dataclass(frozen=True)
class IndicatorsRule:
    groups: tuple[IndicatorGroup, ...]
    level: RiskLevel  # what the rule suggests when it holds
    label: Message  # the result's name, such as "likely victim"
    partial_level: RiskLevel  # some indicators, short of the rule
    kind: RuleKind = RuleKind.INDICATORS


@dataclass(frozen=True)
class ChildScreenRule:
    thresholds: tuple[Threshold, ...]
    age_question: str
    age_bands: tuple[AgeBand, ...]
    safety_question: str
    unsafe_answers: tuple[str, ...]
    kind: RuleKind = RuleKind.CHILD_SCREEN


Rule = CountYesRule | IndicatorsRule | ChildScreenRule


@dataclass(frozen=True)
class Instrument:
    key: str
    version: int
    title: Message
    purpose: Message
    source: str
    licence: str
    judgement: Message  # "supports and never replaces professional judgement"
    questions: tuple[Question, ...]
    rule: Rule

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def group_title(self, group: str) -> Message | None:
        if isinstance(self.rule, IndicatorsRule):
            return next((g.title for g in self.rule.groups if g.key == group), None)
        return None


@dataclass(frozen=True)
class RiskResult:
    """What a rule computed. ``decisive`` are the question ids whose answers led to the level; ``label`` names
    a result the level alone does not say (e.g. "likely victim")."""

    score: int
    level: RiskLevel
    reason: Message
    decisive: tuple[str, ...]
    unanswered: int
    label: Message | None = None
    details: tuple[Message, ...] = field(default=())


# --- reading a definition -------------------------------------------------------------------------------------


class _Reader:
    """Reads one definition, refusing with the file's name and the first problem met."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, problem: Message, **values: object) -> Refusal:
        return Refusal(INSTRUMENT_INVALID, file=self.file, problem=filled(problem, **values))

    def obj(self, data: object, where: str) -> Mapping[str, Any]:
        if not isinstance(data, Mapping):
            raise self.fail(WRONG_TYPE, field=where, expected=AN_OBJECT)
        return data

    def get(self, data: Mapping[str, Any], name: str, where: str = "") -> Any:
        if name not in data:
            raise self.fail(MISSING_FIELD, field=f"{where}{name}")
        return data[name]

    def text(self, data: Mapping[str, Any], name: str, where: str = "") -> str:
        value = self.get(data, name, where)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(WRONG_TYPE, field=f"{where}{name}", expected=A_TEXT)
        return value.strip()

    def integer(self, data: Mapping[str, Any], name: str, where: str = "") -> int:
        value = self.get(data, name, where)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(WRONG_TYPE, field=f"{where}{name}", expected=A_NUMBER)
        return value

    def optional_int(
        self, data: Mapping[str, Any], name: str, default: int | None, where: str = ""
    ) -> int | None:
        if name not in data or data[name] is None:
            return default
        return self.integer(data, name, where)

    def items(self, data: Mapping[str, Any], name: str, where: str = "") -> list[Any]:
        value = self.get(data, name, where)
        if not isinstance(value, list):
            raise self.fail(WRONG_TYPE, field=f"{where}{name}", expected=A_LIST)
        return value

    def bilingual(
        self, data: Mapping[str, Any], name: str, where: str = "", required: bool = True
    ) -> Message:
        if not required and name not in data:
            return Message("", "")
        pair = self.obj(self.get(data, name, where), f"{where}{name}")
        return Message(self.text(pair, "th", f"{where}{name}."), self.text(pair, "en", f"{where}{name}."))

    def level(self, value: object) -> RiskLevel:
        try:
            return RiskLevel(str(value))
        except ValueError:
            raise self.fail(UNKNOWN_LEVEL, value=value) from None


def parse_instrument(data: object, file: str) -> Instrument:
    """The instrument a decoded JSON document defines; Refusal(INSTRUMENT_INVALID) naming ``file`` otherwise."""
    read = _Reader(file)
    if not isinstance(data, Mapping):
        raise read.fail(NOT_AN_OBJECT)
    version = read.integer(data, "version")
    if version < 1:
        raise read.fail(WRONG_TYPE, field="version", expected=A_NUMBER)
    questions = tuple(_question(read, raw, index) for index, raw in enumerate(read.items(data, "questions")))
    if not questions:
        raise read.fail(NO_QUESTIONS)
    seen: set[str] = set()
    for question in questions:
        if question.id in seen:
            raise read.fail(DUPLICATE_QUESTION, question=question.id)
        seen.add(question.id)
    instrument = Instrument(
        key=read.text(data, "key"),
        version=version,
        title=read.bilingual(data, "title"),
        purpose=read.bilingual(data, "purpose"),
        source=read.text(data, "source"),
        licence=read.text(data, "licence"),
        judgement=read.bilingual(data, "judgement"),
        questions=questions,
        rule=_rule(read, read.obj(read.get(data, "rule"), "rule"), questions),
    )
    return instrument


def _question(read: _Reader, raw: object, index: int) -> Question:
    where = f"questions[{index}]."
    data = read.obj(raw, where.rstrip("."))
    question_id = read.text(data, "id", where)
    type_value = read.text(data, "type", where)
    try:
        answer_type = AnswerType(type_value)
    except ValueError:
        raise read.fail(UNKNOWN_ANSWER_TYPE, question=question_id, value=type_value) from None
    choices: tuple[Choice, ...] = ()
    if answer_type is AnswerType.CHOICE:
        choices = tuple(
            Choice(
                value=read.text(read.obj(c, f"{where}choices[{i}]"), "value", f"{where}choices[{i}]."),
                text=read.bilingual(c, "text", f"{where}choices[{i}]."),
                points=read.optional_int(c, "points", 0, f"{where}choices[{i}].") or 0,
            )
            for i, c in enumerate(read.items(data, "choices", where))
        )
        if not choices:
            raise read.fail(NO_CHOICES, question=question_id)
    strength: Strength | None = None
    if "strength" in data:
        try:
            strength = Strength(str(data["strength"]))
        except ValueError:
            raise read.fail(UNKNOWN_STRENGTH, question=question_id) from None
    return Question(
        id=question_id,
        text=read.bilingual(data, "text", where),
        help=read.bilingual(data, "help", where, required=False),
        answer_type=answer_type,
        choices=choices,
        group=str(data.get("group", "")),
        strength=strength,
        minimum=read.optional_int(data, "min", 0, where) or 0,
        maximum=read.optional_int(data, "max", 150, where) or 0,
    )


def _thresholds(read: _Reader, rule: Mapping[str, Any], lowest: int, highest: int) -> tuple[Threshold, ...]:
    """Thresholds that neither overlap nor leave a score from ``lowest`` to ``highest`` without a level."""
    thresholds = []
    for index, raw in enumerate(read.items(rule, "thresholds", "rule.")):
        where = f"rule.thresholds[{index}]."
        data = read.obj(raw, where.rstrip("."))
        level = read.level(read.get(data, "level", where))
        minimum = read.integer(data, "min", where)
        maximum = read.optional_int(data, "max", None, where)
        if maximum is not None and maximum < minimum:
            raise read.fail(THRESHOLD_EMPTY, level=level.value)
        thresholds.append(Threshold(level, minimum, maximum))
    ordered = sorted(thresholds, key=lambda t: t.minimum)
    for lower, upper in pairwise(ordered):
        if lower.maximum is None or lower.maximum >= upper.minimum:
            raise read.fail(THRESHOLD_OVERLAP, first=lower.level.value, second=upper.level.value)
    for score in range(lowest, highest + 1):
        if not any(t.holds(score) for t in ordered):
            raise read.fail(THRESHOLD_GAP, score=score)
    return tuple(ordered)


def _referred(read: _Reader, questions: tuple[Question, ...], question_id: str) -> Question:
    question = next((q for q in questions if q.id == question_id), None)
    if question is None:
        raise read.fail(RULE_UNKNOWN_QUESTION, question=question_id)
    return question


def _rule(read: _Reader, rule: Mapping[str, Any], questions: tuple[Question, ...]) -> Rule:
    kind_value = read.text(rule, "kind", "rule.")
    try:
        kind = RuleKind(kind_value)
    except ValueError:
        raise read.fail(UNKNOWN_RULE_KIND, value=kind_value) from None
    if kind is RuleKind.COUNT_YES:
        for question in questions:
            if question.answer_type is not AnswerType.YES_NO:
                raise read.fail(
                    RULE_WRONG_QUESTION_TYPE, rule=kind.value, expected="yes_no", question=question.id
                )
        return CountYesRule(_thresholds(read, rule, 0, len(questions)))
    if kind is RuleKind.INDICATORS:
        groups = tuple(
            IndicatorGroup(
                key=read.text(read.obj(g, f"rule.groups[{i}]"), "key", f"rule.groups[{i}]."),
                title=read.bilingual(g, "title", f"rule.groups[{i}]."),
            )
            for i, g in enumerate(read.items(rule, "groups", "rule."))
        )
        keys = {group.key for group in groups}
        for question in questions:
            if question.answer_type is not AnswerType.YES_NO:
                raise read.fail(
                    RULE_WRONG_QUESTION_TYPE, rule=kind.value, expected="yes_no", question=question.id
                )
            if question.group not in keys:
                raise read.fail(UNKNOWN_GROUP, question=question.id, group=question.group or "-")
            if question.strength is None:
                raise read.fail(UNKNOWN_STRENGTH, question=question.id)
        return IndicatorsRule(
            groups=groups,
            level=read.level(read.get(rule, "level", "rule.")),
            label=read.bilingual(rule, "label", "rule."),
            partial_level=read.level(read.get(rule, "partial_level", "rule.")),
        )
    age = _referred(read, questions, read.text(rule, "age_question", "rule."))
    if age.answer_type is not AnswerType.NUMBER:
        raise read.fail(RULE_WRONG_QUESTION_TYPE, rule=kind.value, expected="number", question=age.id)
    safety = _referred(read, questions, read.text(rule, "safety_question", "rule."))
    if safety.answer_type is not AnswerType.CHOICE:
        raise read.fail(RULE_WRONG_QUESTION_TYPE, rule=kind.value, expected="choice", question=safety.id)
    unsafe = tuple(str(value) for value in read.items(rule, "unsafe_answers", "rule."))
    for value in unsafe:
        if safety.choice(value) is None:
            raise read.fail(UNKNOWN_CHOICE_REFERENCE, value=value, question=safety.id)
    bands = tuple(
        AgeBand(
            maximum=read.integer(read.obj(b, f"rule.age_bands[{i}]"), "max", f"rule.age_bands[{i}]."),
            points=read.integer(b, "points", f"rule.age_bands[{i}]."),
        )
        for i, b in enumerate(read.items(rule, "age_bands", "rule."))
    )
    most = max((band.points for band in bands), default=0) + sum(
        max((choice.points for choice in q.choices), default=0) for q in questions
    )
    return ChildScreenRule(
        thresholds=_thresholds(read, rule, 0, most),
        age_question=age.id,
        age_bands=tuple(sorted(bands, key=lambda band: band.maximum)),
        safety_question=safety.id,
        unsafe_answers=unsafe,
    )


# --- scoring --------------------------------------------------------------------------------------------------


def check_answers(instrument: Instrument, answers: Answers) -> None:
    """Refuse answers to questions the instrument lacks, or answers a question does not offer."""
    for question_id, answer in answers.items():
        question = instrument.question(question_id)
        if question is None:
            raise Refusal(ANSWER_UNKNOWN_QUESTION, question=question_id)
        if question.answer_type is AnswerType.NUMBER:
            if isinstance(answer, bool) or not isinstance(answer, int):
                raise Refusal(ANSWER_NOT_ALLOWED, question=question_id)
            if not question.minimum <= answer <= question.maximum:
                raise Refusal(
                    ANSWER_OUT_OF_RANGE,
                    question=question_id,
                    minimum=question.minimum,
                    maximum=question.maximum,
                )
        elif question.answer_type is AnswerType.YES_NO:
            if answer not in YES_NO_ANSWERS:
                raise Refusal(ANSWER_NOT_ALLOWED, question=question_id)
        elif not isinstance(answer, str) or question.choice(answer) is None:
            raise Refusal(ANSWER_NOT_ALLOWED, question=question_id)


def is_answered(question: Question, answers: Answers) -> bool:
    """An answer given, and for a yes/no question one other than "not known"."""
    answer = answers.get(question.id)
    return answer is not None and not (question.answer_type is AnswerType.YES_NO and answer == NOT_KNOWN)


def compute(instrument: Instrument, answers: Answers) -> RiskResult:
    """The score and level the instrument's rule gives these answers (checked first)."""
    check_answers(instrument, answers)
    unanswered = sum(1 for question in instrument.questions if not is_answered(question, answers))
    rule = instrument.rule
    if isinstance(rule, CountYesRule):
        return _count_yes(instrument, rule, answers, unanswered)
    if isinstance(rule, IndicatorsRule):
        return _indicators(instrument, rule, answers, unanswered)
    return _child_screen(instrument, rule, answers, unanswered)


def _level_of(thresholds: tuple[Threshold, ...], score: int) -> RiskLevel:
    for threshold in thresholds:
        if threshold.holds(score):
            return threshold.level
    # Validation covers every score a rule can reach; beyond it, the gravest level is the safe reading.
    return max((t.level for t in thresholds), key=lambda level: level.rank)


def _count_yes(instrument: Instrument, rule: CountYesRule, answers: Answers, unanswered: int) -> RiskResult:
    yes = tuple(q.id for q in instrument.questions if answers.get(q.id) == YES)
    level = _level_of(rule.thresholds, len(yes))
    reason = filled(
        REASON_COUNT_YES,
        yes=len(yes),
        total=len(instrument.questions),
        unanswered=unanswered,
        level=_label(level),
    )
    return RiskResult(len(yes), level, reason, yes, unanswered)


def _indicators(
    instrument: Instrument, rule: IndicatorsRule, answers: Answers, unanswered: int
) -> RiskResult:
    present = [q for q in instrument.questions if answers.get(q.id) == YES]
    strong = [q for q in present if q.strength is Strength.STRONG]
    medium = [q for q in present if q.strength is Strength.MEDIUM]
    medium_groups = {q.group for q in medium}
    details = tuple(
        filled(Message("{group}: {question}", "{group}: {question}"), group=title, question=q.text)
        for q in present
        if (title := instrument.group_title(q.group)) is not None
    )
    if strong or len(medium_groups) >= 2:
        reasons = []
        if strong:
            reasons.append(filled(REASON_STRONG_INDICATOR, count=len(strong)))
        if len(medium_groups) >= 2:
            reasons.append(filled(REASON_MEDIUM_GROUPS, groups=len(medium_groups)))
        reason = Message("; ".join(r.th for r in reasons), "; ".join(r.en for r in reasons))
        decisive = tuple(q.id for q in strong) + (
            tuple(q.id for q in medium) if len(medium_groups) >= 2 else ()
        )
        return RiskResult(len(present), rule.level, reason, decisive, unanswered, rule.label, details)
    if present:
        reason = filled(REASON_SOME_INDICATORS, count=len(present))
        return RiskResult(
            len(present), rule.partial_level, reason, tuple(q.id for q in present), unanswered, None, details
        )
    return RiskResult(0, RiskLevel.STANDARD, REASON_NO_INDICATORS, (), unanswered)


def _child_screen(
    instrument: Instrument, rule: ChildScreenRule, answers: Answers, unanswered: int
) -> RiskResult:
    score = 0
    counted: list[str] = []
    for question in instrument.questions:
        answer = answers.get(question.id)
        if question.id == rule.age_question and isinstance(answer, int):
            band = next((b for b in rule.age_bands if answer <= b.maximum), None)
            if band is not None and band.points:
                score += band.points
                counted.append(question.id)
        elif question.answer_type is AnswerType.CHOICE and isinstance(answer, str):
            choice = question.choice(answer)
            if choice is not None and choice.points:
                score += choice.points
                counted.append(question.id)
    if answers.get(rule.safety_question) in rule.unsafe_answers:
        return RiskResult(
            score, RiskLevel.IMMEDIATE_DANGER, REASON_UNSAFE_NOW, (rule.safety_question,), unanswered
        )
    level = _level_of(rule.thresholds, score)
    return RiskResult(
        score, level, filled(REASON_POINTS, score=score, level=_label(level)), tuple(counted), unanswered
    )


def _label(level: RiskLevel) -> Message:
    return Message(level.label("th"), level.label("en"))


# --- reviews --------------------------------------------------------------------------------------------------

REVIEW_DAYS_HIGH = 14


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it is shorter (31 Jan + 1 month: 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_review_date(level: RiskLevel, assessed_on: dt.date) -> dt.date:
    """The review date the program proposes: high risk or immediate danger in 2 weeks, medium in 1 month,
    standard in 3 months (the assessor may set another)."""
    if level.rank >= RiskLevel.HIGH.rank:
        return assessed_on + dt.timedelta(days=REVIEW_DAYS_HIGH)
    if level is RiskLevel.MEDIUM:
        return add_months(assessed_on, 1)
    return add_months(assessed_on, 3)


def rose_to_high(previous: RiskLevel | None, current: RiskLevel) -> bool:
    """The level is high (or graver) now and was not before: the moment the body must say what it agreed."""
    high = RiskLevel.HIGH.rank
    return current.rank >= high and (previous is None or previous.rank < high)
