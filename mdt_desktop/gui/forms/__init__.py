"""Python modules generated from the Qt Designer forms in ``ui/`` by ``pyside6-uic``.

Qt advises against loading .ui files at run time, so each ``ui/NAME.ui`` becomes ``ui_NAME.py`` here, checked in
and marked generated. Regenerate after editing a form with ``python -m mdt_desktop.gui.forms``; a test fails when
a generated module is out of step with its form.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from mdt_desktop.paths import forms_dir

GENERATED_HEADER = (
    "# Generated from ui/{name}.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.\n"
)
FORMS_PACKAGE = Path(__file__).resolve().parent


def _uic() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-uic")
    return str(beside_python) if beside_python.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def generate(form: Path) -> str:
    """The module text for one form, exactly as it is checked in."""
    completed = subprocess.run(
        [_uic(), "--generator", "python", "--from-imports", str(form)],
        check=True,
        capture_output=True,
        text=True,
    )
    body = "\n".join(line for line in completed.stdout.splitlines() if not line.startswith("## Created by"))
    return GENERATED_HEADER.format(name=form.stem) + body.rstrip() + "\n"


def module_path(form: Path) -> Path:
    return FORMS_PACKAGE / f"ui_{form.stem}.py"


def regenerate() -> list[Path]:
    written = []
    for form in sorted(forms_dir().glob("*.ui")):
        target = module_path(form)
        target.write_text(generate(form), encoding="utf-8")
        written.append(target)
    return written
