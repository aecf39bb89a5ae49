"""Run the bundled programs as an office would, from the bundle alone, and stop at the first step that fails:

    python packaging/smoke_bundle.py DIST/mdt-desktop

In a new folder and a home folder of its own, with nothing of the source tree or of this Python on the path: the
version; the demo built and checked; the minutes of its busiest meeting as Word and as PDF; that meeting's action
records signed and verified against the office's certificate; the window opened offscreen on the demo and closed
once the meeting list is shown. The same on Linux and on Windows (the CI workflow of each runs it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "ลำปาง-น้ำใจ-2569"  # a demo passphrase strong enough for the program's check
EXE = ".exe" if sys.platform == "win32" else ""


class SmokeFailed(Exception):
    """A step of the smoke test failed; the message says which and what the program printed."""


def _environment(home: Path) -> dict[str, str]:
    windows = os.environ.get("SYSTEMROOT", r"C:\Windows")
    system_path = windows + r"\System32" if sys.platform == "win32" else "/usr/bin:/bin"
    environment = {
        "HOME": str(home),
        "USERPROFILE": str(home),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "XDG_RUNTIME_DIR": str(home),
        "PATH": system_path,
        "LANG": "C.UTF-8",
        "PYTHONUTF8": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    if sys.platform == "win32":
        environment["SYSTEMROOT"] = windows
    return environment


def smoke(bundle: Path, work: Path) -> list[str]:
    """Every step in order; the lines it says of each. ``SmokeFailed`` at the first one that fails."""
    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    environment = _environment(home)
    said: list[str] = []

    def run(program: str, *args: str, expect: int = 0) -> str:
        done = subprocess.run(
            [str(bundle / f"{program}{EXE}"), *args],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=600,
            env=environment,
            cwd=work,
            check=False,
        )
        step = " ".join([program, *args[:2]])
        if done.returncode != expect:
            raise SmokeFailed(f"{step}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
        said.append(f"ok  {step}")
        return done.stdout

    version = run("mdt", "--version").strip()
    if not version.startswith("mdt "):
        raise SmokeFailed(f"mdt --version printed {version!r}")
    database = str(work / "ทีมสหวิชาชีพ.mdt")
    run("mdt", "demo", database, "--passphrase-stdin")
    run("mdt", "check", database, "--passphrase-stdin")
    rows = [line.split("\t") for line in run("mdt", "meetings", database, "--passphrase-stdin").splitlines()]
    meeting = max(rows, key=lambda row: int(row[5]))[0]
    for fmt in ("docx", "pdf"):
        target = work / f"minutes.{fmt}"
        run(
            "mdt",
            "export",
            "minutes",
            database,
            meeting,
            "--format",
            fmt,
            "-o",
            str(target),
            "--passphrase-stdin",
        )
        if not target.is_file() or target.stat().st_size < 1000:
            raise SmokeFailed(f"the {fmt} minutes were not written")
    records = work / "records"
    records.mkdir(exist_ok=True)
    run("mdt", "export", "actions", database, meeting, "--sign", "-o", str(records), "--passphrase-stdin")
    run("mdt", "export", "certificate", database, "-o", str(work / "office.pem"), "--passphrase-stdin")
    signed = sorted(records.glob("*.pdf"))
    if not signed:
        raise SmokeFailed("no signed action record was written")
    run("mdt", "verify", str(signed[0]), "--trust", str(work / "office.pem"))
    run("mdt-desktop", "--demo", "--quit-when-shown")
    return said


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory(prefix="mdt-smoke-") as folder:
        try:
            for line in smoke(Path(sys.argv[1]).resolve(), Path(folder)):
                print(line)
        except SmokeFailed as failure:
            print(f"FAILED {failure}", file=sys.stderr)
            return 1
    print("the bundle works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
