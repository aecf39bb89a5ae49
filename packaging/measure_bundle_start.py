"""How long the bundled program takes to show its unlock window, against the same program run from source:

    python packaging/measure_bundle_start.py DIST/mdt-desktop DATABASE.mdt [--runs 7]

Both are started with ``--open DATABASE --quit-when-unlock-shown`` in a clean environment (offscreen, a home of
their own) and timed from launch to the mark the window prints once shown (gui/shell/bench_marks.py); one warm-up
run each, then the runs in turns (source, bundle, source...), so that a machine busier at one moment than at
another weighs on both alike; the medians and their ratio. Issue 13's budget: the bundle within 1.5× of the source.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mdt_desktop.gui.shell.bench_marks import UNLOCK_SHOWN_MARK

FROM_SOURCE = "import sys\nfrom mdt_desktop.qt_platform import launch\nsys.exit(launch())\n"


def shown_after(command: list[str], environment: dict[str, str]) -> float:
    """Milliseconds from launch to the unlock window's mark."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if UNLOCK_SHOWN_MARK in line:
            elapsed = (time.perf_counter() - started) * 1000
            break
    process.wait(timeout=60)
    if elapsed is None:
        raise SystemExit(f"{command[0]} never showed its unlock window")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="mdt-start-")
    environment = {"HOME": home, "XDG_RUNTIME_DIR": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    tail = ["--open", str(args.database), "--quit-when-unlock-shown"]
    source = [sys.executable, "-c", FROM_SOURCE, *tail]
    bundled = [str(args.bundle / "mdt-desktop"), *tail]
    for command in (source, bundled):
        shown_after(command, environment)  # warm-up: the files in the page cache
    source_runs: list[float] = []
    bundle_runs: list[float] = []
    for _ in range(args.runs):
        source_runs.append(shown_after(source, environment))
        bundle_runs.append(shown_after(bundled, environment))
    from_source = statistics.median(source_runs)
    from_bundle = statistics.median(bundle_runs)
    print(f"from source {from_source:.1f} ms, bundled {from_bundle:.1f} ms: {from_bundle / from_source:.2f}x")


if __name__ == "__main__":
    main()
