"""The layers below the GUI never load Qt: the CLI, the benchmark and the tests use them without a screen."""

from __future__ import annotations

import json
import subprocess
import sys

_IMPORT_ALL = """
import importlib, json, pkgutil, sys
import mdt_desktop
names = []
for package in ("domain", "storage", "services", "exports", "thai"):
    module = importlib.import_module(f"mdt_desktop.{package}")
    names.append(module.__name__)
    for info in pkgutil.walk_packages(module.__path__, prefix=f"{module.__name__}."):
        importlib.import_module(info.name)
        names.append(info.name)
for name in ("mdt_desktop.cli", "mdt_desktop.paths", "mdt_desktop.logging_setup"):
    importlib.import_module(name)
    names.append(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_no_layer_below_the_gui_imports_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "mdt_desktop.storage.database" in report["imported"]
    assert "mdt_desktop.domain.codes" in report["imported"]
    assert report["qt"] == []
