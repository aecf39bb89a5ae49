"""`mdt bench` measures every figure docs/benchmarks.md reports, on a scratch demo, and asserts no timing.

What a developer would notice is a benchmark that stops half-way (a storage change it did not follow) or a
figure that silently goes missing; how fast anything is stays in docs/benchmarks.md, never in a test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIGURES = (
    "start ratio unlock window / bare window",
    "start: remembered key to the meeting list shown",
    "open the largest meeting (load_meeting)",
    "register: overdue actions of one agency",
    "case view: the case with the longest history",
    "assess a case: compute and store (24 questions)",
    "SQLCipher overhead (encrypted / plain reads)",
    "minutes DOCX, 40-item meeting",
    "minutes PDF, 40-item meeting",
    "one signed action record (PAdES)",
    "LibreOffice: our DOCX to PDF (yardstick)",
    "exchange: seal one district's package (build, sign, encrypt)",
    "exchange: import it at a new centre",
    "statistics: the same year at the centre, from the imported package",
)


@pytest.mark.slow
def test_the_benchmark_runs_to_the_end_and_reports_every_figure(tmp_path: Path) -> None:
    environment = {**os.environ, "HOME": str(tmp_path), "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "mdt_desktop", "bench", "--scale", "small", "--runs", "1", "--json"],
        capture_output=True,
        text=True,
        timeout=900,
        env=environment,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # The start-up children open and close the demo many times without a whole-file backup at each close.
    assert not list(tmp_path.rglob("*-at-close.mdt"))
    results = {result["name"]: result for result in json.loads(done.stdout)["results"]}
    for figure in FIGURES:
        assert figure in results, f"{figure} is missing"
        assert isinstance(results[figure]["value"], int | float) and results[figure]["value"] > 0, figure
        assert "failed" not in results[figure]["note"], results[figure]["note"]
    assert any(name.startswith("statistics: the province, fiscal year ") for name in results)
