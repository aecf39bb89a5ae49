"""With CI=true a skipped test fails with its reason, so a machine that lacks a tool cannot give a green run;
without it, a skip still skips. Runs pytest in a child process on small test files, with tests/conftest.py loaded
as a plugin (the files live outside the checkout, where no conftest would find them)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TESTS = """
import shutil
import pytest

def test_that_passes():
    assert True

@pytest.mark.skipif(shutil.which("no-such-tool-anywhere") is None, reason="no-such-tool-anywhere is not installed")
def test_that_needs_a_tool():
    assert True

def test_that_skips_itself():
    pytest.skip("the reference file is not here")

@pytest.mark.xfail(reason="a known bug", strict=True)
def test_that_is_expected_to_fail():
    assert False
"""

SKIPPED_MODULE = """
import pytest
pytest.importorskip("no_such_module_anywhere")

def test_never_collected():
    assert True
"""


def _pytest(folder: Path, ci: bool, *files: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    if ci:
        environment["CI"] = "true"
    options = ["-p", "tests.conftest", "-p", "no:cacheprovider", "--rootdir", str(folder)]
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            *options,
            "-c",
            str(folder / "pytest.ini"),
            *(str(folder / f) for f in files),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=300,
        check=False,
    )


def _counts(result: subprocess.CompletedProcess[str]) -> dict[str, int]:
    """pytest's last line, e.g. '== 2 failed, 1 passed, 1 xfailed in 0.5s ==', as {'failed': 2, ...}."""
    found = re.findall(r"(\d+) (passed|failed|skipped|xfailed|errors?)\b", result.stdout.splitlines()[-1])
    return {word: int(number) for number, word in found}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_tools.py").write_text(TESTS, encoding="utf-8")
    (tmp_path / "test_optional_module.py").write_text(SKIPPED_MODULE, encoding="utf-8")
    return tmp_path


def test_under_ci_a_skipped_test_fails_and_says_why(folder: Path) -> None:
    result = _pytest(folder, True, "test_tools.py")
    assert result.returncode == 1, result.stdout
    # A skipif mark skips while setting up, so pytest counts that failure as an error.
    assert _counts(result) == {"failed": 1, "error": 1, "passed": 1, "xfailed": 1}
    assert "CI=true does not allow: no-such-tool-anywhere is not installed" in result.stdout
    assert "CI=true does not allow: the reference file is not here" in result.stdout


def test_under_ci_a_skipped_module_stops_the_run(folder: Path) -> None:
    result = _pytest(folder, True, "test_optional_module.py")
    assert result.returncode != 0, result.stdout
    assert _counts(result) == {"error": 1}
    assert "CI=true does not allow" in result.stdout and "no_such_module_anywhere" in result.stdout


def test_outside_ci_a_skip_still_skips(folder: Path) -> None:
    result = _pytest(folder, False, "test_tools.py", "test_optional_module.py")
    assert result.returncode == 0, result.stdout
    assert _counts(result) == {"passed": 1, "skipped": 3, "xfailed": 1}
