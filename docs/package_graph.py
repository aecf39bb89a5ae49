"""Draw docs/package-graph.svg: the parts of mdt_desktop and which imports which, from the source itself.

Run from the top of the checkout with Graphviz installed (``apt-get install graphviz``):

    .venv/bin/python docs/package_graph.py

The imports are read the same way tests/test_layers.py checks them (every import, including those inside
functions), so the picture and the layering test cannot disagree. An arrow A → B means "A imports B"; its
label counts the import statements. Layers are drawn top to bottom in the order data flows.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_layers import PACKAGE_ROOT, dependencies, part_of  # noqa: E402

# What each part owns, in a few words, and the rank it is drawn at (entry points on top, foundations at the bottom).
PARTS = {
    "qt_platform": ("start-up check before Qt", 0),
    "cli": ("headless command line", 0),
    "__main__": ("python -m mdt_desktop", 0),
    "gui": ("Qt only, by feature", 1),
    "bench": ("benchmark", 1),
    "demo": ("invented demo data", 2),
    "services": ("use cases", 3),
    "exports": ("data documents, pure writers", 4),
    "storage": ("SQLCipher, keys, migrations", 4),
    "domain": ("rules and code lists", 5),
    "thai": ("Buddhist-Era dates, digits", 6),
    "refusal": ("typed refusal, th + en", 7),
    "paths": ("bundled files", 7),
    "logging_setup": ("log files", 7),
}


def graph_source() -> str:
    edges: Counter[tuple[str, str]] = Counter()
    for module, imported_modules in dependencies(PACKAGE_ROOT).items():
        source = part_of(module, PACKAGE_ROOT)
        for imported in imported_modules:
            target = part_of(imported, PACKAGE_ROOT)
            if target != source and target in PARTS and source in PARTS:
                edges[source, target] += 1
    lines = [
        "digraph mdt_desktop {",
        '  graph [rankdir=TB, fontname="Sarabun", nodesep=0.35, ranksep=0.55];',
        '  node [shape=box, style="rounded,filled", fillcolor="#eef3fb", fontname="Sarabun", fontsize=11];',
        '  edge [color="#5b6b84", fontname="Sarabun", fontsize=9, arrowsize=0.7];',
    ]
    for part, (what, _rank) in PARTS.items():
        lines.append(f'  "{part}" [label=<<b>{part}</b><br/><font point-size="9">{what}</font>>];')
    for rank in sorted({rank for _what, rank in PARTS.values()}):
        same = " ".join(f'"{part}";' for part, (_what, r) in PARTS.items() if r == rank)
        lines.append(f"  {{ rank=same; {same} }}")
    for (source, target), count in sorted(edges.items()):
        lines.append(f'  "{source}" -> "{target}" [label="{count}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    svg = subprocess.run(
        ["dot", "-Tsvg"], input=graph_source(), capture_output=True, text=True, check=True
    ).stdout
    (ROOT / "docs" / "package-graph.svg").write_text(svg, encoding="utf-8")


if __name__ == "__main__":
    main()
