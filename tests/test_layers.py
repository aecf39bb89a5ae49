"""The layering of the package, written down so that it can fail.

Data flows one way: gui → services → domain + storage, and exports hold plain data documents and pure writers
that the services hand their data to. The rules, checked on the source (every import, including those inside
functions, because a lazy import is still a dependency) and, for Qt, on what a real import loads:

- nothing below the GUI loads Qt (the CLI, the benchmark and the tests use those layers without a screen);
- nothing under ``exports/`` imports ``services`` or ``storage`` (a writer that queries is a second road);
- nothing under ``gui/`` imports ``storage.models`` (the GUI asks the services, it does not write SQL);
- no import cycles between the parts of the program.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[1] / "mdt_desktop"


def imports_of(source_file: Path, module: str) -> Iterator[str]:
    """Every module of the same package that ``source_file`` (the module ``module``) imports, as dotted names."""
    package = module.split(".")[0]
    tree = ast.parse(source_file.read_text(encoding="utf-8"), filename=str(source_file))
    # Relative imports count from the package the module sits in (a package's __init__ is that package).
    here = module.split(".") if source_file.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.split(".")[0] == package)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = here[: len(here) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            if base.split(".")[0] == package:
                yield from (base if alias.name == "*" else f"{base}.{alias.name}" for alias in node.names)


def part_of(module: str, root: Path) -> str:
    """The part of the program a module belongs to: ``mdt_desktop.services.meetings.views`` → ``services``.

    A name imported from the package itself (``from mdt_desktop import __version__``) belongs to no part."""
    pieces = module.split(".")
    if len(pieces) > 1 and ((root / pieces[1]).is_dir() or (root / f"{pieces[1]}.py").is_file()):
        return pieces[1]
    return pieces[0]


def dependencies(root: Path) -> dict[str, set[str]]:
    """For each source module under ``root``: the modules of the same package it imports."""
    found: dict[str, set[str]] = {}
    for source_file in sorted(root.rglob("*.py")):
        parts = source_file.relative_to(root.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[module] = set(imports_of(source_file, module))
    return found


def violations(root: Path) -> list[str]:
    """The broken rules, one line each, naming the importing module and what it imported."""
    package = root.name
    found = []
    edges: dict[str, set[str]] = {}
    for module, imported_modules in dependencies(root).items():
        source = part_of(module, root)
        for imported in sorted(imported_modules):
            target = part_of(imported, root)
            if source == "exports" and target in ("services", "storage"):
                found.append(f"{module} imports {imported}: exports must not reach into {target}")
            if source == "gui" and imported.startswith(f"{package}.storage.models"):
                found.append(f"{module} imports {imported}: the GUI reads and writes through services")
            if target not in (source, package):
                edges.setdefault(source, set()).add(target)
    found.extend(f"import cycle: {' → '.join(cycle)}" for cycle in cycles(edges))
    return found


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One closed path for each group of parts that import each other (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append([*sorted(group), sorted(group)[0]])

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def test_the_program_keeps_its_layers() -> None:
    assert violations(PACKAGE_ROOT) == []


def _fake_package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "mdt_desktop"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def test_the_layer_check_sees_a_writer_that_queries_and_a_gui_that_writes_sql(tmp_path: Path) -> None:
    root = _fake_package(
        tmp_path,
        {
            "__init__.py": "",
            "exports/__init__.py": "",
            "exports/annex.py": """
                def build(db):
                    from mdt_desktop.storage.models import CaseFile  # a lazy import is still a dependency
                    return CaseFile
            """,
            "exports/record.py": "from ..services import audit\n",
            "gui/__init__.py": "",
            "gui/page.py": "from mdt_desktop.storage import models\nfrom mdt_desktop.storage.models import Body\n",
            "services/__init__.py": "from . import audit\n",
            "services/audit.py": "",
            "storage/__init__.py": "",
            "storage/models.py": "",
        },
    )
    found = violations(root)
    assert (
        "mdt_desktop.exports.annex imports mdt_desktop.storage.models.CaseFile: exports must not reach into storage"
        in found
    )
    assert (
        "mdt_desktop.exports.record imports mdt_desktop.services.audit: exports must not reach into services"
        in found
    )
    assert (
        "mdt_desktop.gui.page imports mdt_desktop.storage.models.Body: the GUI reads and writes through services"
        in found
    )
    # ``from mdt_desktop.storage import models`` is the same thing spelled differently.
    assert (
        "mdt_desktop.gui.page imports mdt_desktop.storage.models: the GUI reads and writes through services"
        in found
    )


def test_the_layer_check_sees_a_cycle_between_parts(tmp_path: Path) -> None:
    root = _fake_package(
        tmp_path,
        {
            "__init__.py": "",
            "domain/__init__.py": "",
            "domain/rules.py": "from mdt_desktop.thai.dates import to_be\n",
            "thai/__init__.py": "",
            "thai/dates.py": "from mdt_desktop.services.meetings import load\n",
            "services/__init__.py": "",
            "services/meetings.py": "from mdt_desktop.domain import rules\n",
        },
    )
    assert violations(root) == ["import cycle: domain → services → thai → domain"]


_IMPORT_ALL = """
import importlib, json, pkgutil, sys
import mdt_desktop
names = []
for package in ("domain", "storage", "services", "exports", "thai", "demo"):
    module = importlib.import_module(f"mdt_desktop.{package}")
    names.append(module.__name__)
    for info in pkgutil.walk_packages(module.__path__, prefix=f"{module.__name__}."):
        importlib.import_module(info.name)
        names.append(info.name)
for name in ("mdt_desktop.cli", "mdt_desktop.paths", "mdt_desktop.logging_setup", "mdt_desktop.refusal"):
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
