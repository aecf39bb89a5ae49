"""Instrument files: the shipped ones hold, a malformed one is named with its problem and left out, and an
imported instrument is never changed in place."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mdt_desktop.domain.risk import parse_instrument
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, risk
from mdt_desktop.storage.database import Database

SHIPPED = risk.instruments_dir()


def definition(key: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SHIPPED / f"{key}.json").read_text(encoding="utf-8"))
    return loaded


def test_three_instruments_ship_and_all_hold(database: Database) -> None:
    catalogue = risk.list_instruments(database)
    assert catalogue.problems == ()
    assert {i.key for i in catalogue.latest()} == {
        "domestic_abuse_checklist",
        "trafficking_indicators",
        "child_protection_screen",
    }
    assert (SHIPPED / "README.md").is_file()


def problem_of(data: object) -> str:
    with pytest.raises(Refusal) as caught:
        parse_instrument(data, "office.json")
    assert "office.json" in caught.value.message("th")
    return caught.value.message("en")


def changed(key: str, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(definition(key))
    change(data)
    return data


@pytest.mark.parametrize(
    ("key", "change", "named"),
    [
        ("domestic_abuse_checklist", lambda d: d.pop("judgement"), "the field judgement is missing"),
        ("domestic_abuse_checklist", lambda d: d["questions"][3]["text"].pop("en"), "questions[3].text.en"),
        (
            "domestic_abuse_checklist",
            lambda d: d["questions"][2].update(type="scale"),
            "unknown answer type scale",
        ),
        (
            "domestic_abuse_checklist",
            lambda d: d["questions"][5].update(id=d["questions"][4]["id"]),
            "low_mood is used twice",
        ),
        (
            "domestic_abuse_checklist",
            lambda d: d["rule"]["thresholds"][1].update(max=14),
            "thresholds of medium and high overlap",
        ),
        (
            "domestic_abuse_checklist",
            lambda d: d["rule"]["thresholds"][1].update(min=11),
            "a score of 10 falls under no threshold",
        ),
        (
            "domestic_abuse_checklist",
            lambda d: d["rule"].update(kind="sum"),
            "the scoring rule sum is unknown",
        ),
        ("domestic_abuse_checklist", lambda d: d["rule"]["thresholds"][2].update(level="severe"), "severe"),
        ("domestic_abuse_checklist", lambda d: d.update(version="2"), "version must be a whole number"),
        (
            "child_protection_screen",
            lambda d: d["rule"].update(safety_question="safe_now"),
            "refers to question safe_now, which does not exist",
        ),
        (
            "child_protection_screen",
            lambda d: d["rule"].update(unsafe_answers=["danger"]),
            "the choice danger, which question immediate_safety",
        ),
        ("trafficking_indicators", lambda d: d["questions"][0].update(group="travel"), "the group travel"),
        ("trafficking_indicators", lambda d: d["questions"][0].pop("strength"), "marked strong or medium"),
        ("trafficking_indicators", lambda d: d.update(questions=[]), "it has no questions"),
    ],
)
def test_each_problem_of_a_definition_is_named(
    key: str, change: Callable[[dict[str, Any]], None], named: str
) -> None:
    assert named in problem_of(changed(key, change))


def test_a_definition_that_is_not_an_object_is_named() -> None:
    assert "not a JSON object" in problem_of([1, 2])


def test_a_malformed_file_is_left_out_and_reported_by_name(database: Database, tmp_path: Path) -> None:
    for path in SHIPPED.glob("*.json"):
        shutil.copy(path, tmp_path)
    (tmp_path / "broken.json").write_text('{"key": "broken",', encoding="utf-8")
    bad = changed("domestic_abuse_checklist", lambda d: d.update(key="no_rule", rule={}))
    (tmp_path / "no_rule.json").write_text(json.dumps(bad), encoding="utf-8")
    catalogue = risk.list_instruments(database, tmp_path)
    assert len(catalogue.instruments) == 3
    texts = sorted(problem.en for problem in catalogue.problems)
    assert len(texts) == 2
    assert "broken.json" in texts[0] and "not valid JSON (line 1" in texts[0]
    assert "no_rule.json" in texts[1] and "rule.kind is missing" in texts[1]
    assert all(problem.th for problem in catalogue.problems)


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_adds_a_new_version_and_never_changes_one_stored(database: Database, tmp_path: Path) -> None:
    office = changed("domestic_abuse_checklist", lambda d: d.update(key="office_checklist"))
    risk.import_instrument(database, write(tmp_path / "office.json", office), "ผู้ดูแลระบบ")
    # The same file again changes nothing.
    risk.import_instrument(database, write(tmp_path / "again.json", office), "ผู้ดูแลระบบ")
    # The same key and version with a question reworded is refused, and the stored text stays.
    office["questions"][0]["text"]["en"] = "Reworded"
    with pytest.raises(Refusal) as caught:
        risk.import_instrument(database, write(tmp_path / "reworded.json", office), "ผู้ดูแลระบบ")
    assert "office_checklist version 1 already exists" in caught.value.message("en")
    # As version 2 it is added beside version 1.
    office["version"] = 2
    risk.import_instrument(database, write(tmp_path / "v2.json", office), "ผู้ดูแลระบบ")
    catalogue = risk.list_instruments(database)
    versions = {
        (i.version, i.questions[0].text.en) for i in catalogue.instruments if i.key == "office_checklist"
    }
    assert versions == {(1, "Was she hurt in this incident?"), (2, "Reworded")}
    assert next(i for i in catalogue.latest() if i.key == "office_checklist").version == 2
    assert [e.event for e in audit.list_entries(database)].count("instrument_imported") == 2


def test_a_shipped_version_cannot_be_overwritten_by_import(database: Database, tmp_path: Path) -> None:
    shipped = changed("trafficking_indicators", lambda d: d["questions"][0]["text"].update(en="Changed"))
    with pytest.raises(Refusal, match="trafficking_indicators version 1 already exists"):
        risk.import_instrument(database, write(tmp_path / "t.json", shipped), "ผู้ดูแลระบบ")


def test_a_malformed_import_is_refused_with_the_file_name(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "ของสำนักงาน.json"
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(Refusal) as caught:
        risk.import_instrument(database, path, "ผู้ดูแลระบบ")
    assert "ของสำนักงาน.json" in caught.value.message("th")
    assert risk.list_instruments(database).problems == ()
