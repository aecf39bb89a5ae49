"""The checked-in form modules are what pyside6-uic makes of ui/*.ui today: a form edited in Qt Designer without
regenerating (``python -m mdt_desktop.gui.forms``) would otherwise ship its old layout."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from mdt_desktop.gui import forms
from mdt_desktop.paths import forms_dir

FORMS = sorted(forms_dir().glob("*.ui"))


def test_there_are_forms_to_check() -> None:
    assert len(FORMS) > 10


@pytest.mark.parametrize("form", FORMS, ids=[form.stem for form in FORMS])
def test_every_form_compiles_to_exactly_its_checked_in_module(form: Path) -> None:
    module = forms.module_path(form)
    assert module.is_file(), f"{form.name} has no generated module: run python -m mdt_desktop.gui.forms"
    checked_in = module.read_text(encoding="utf-8")
    generated = forms.generate(form)
    difference = "".join(
        difflib.unified_diff(
            checked_in.splitlines(keepends=True),
            generated.splitlines(keepends=True),
            "checked in",
            "from .ui",
            n=1,
        )
    )
    assert checked_in == generated, f"{module.name} is out of step with {form.name}:\n{difference[:3000]}"


def test_every_generated_module_has_its_form() -> None:
    modules = sorted(forms.FORMS_PACKAGE.glob("ui_*.py"))
    assert modules
    orphans = [m.name for m in modules if not (forms_dir() / f"{m.stem.removeprefix('ui_')}.ui").is_file()]
    assert orphans == []
