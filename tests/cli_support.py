"""Running ``mdt`` in the test's own process, as a person types it: arguments, a line on standard input, and what
it printed."""

from __future__ import annotations

import io
import sys

import pytest

from mdt_desktop import cli


def run_mdt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    """The exit status, standard output and standard error of ``mdt ARGS`` with ``stdin`` as its input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    status = cli.main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err
