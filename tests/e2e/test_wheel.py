"""The built wheel works on its own: installed into a clean virtual environment, away from the source tree, it
creates a demo database (migrations, seed and resources found inside the package) and checks it.

Slow: it builds the wheel and installs the dependencies from the package index.
"""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
import venv
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
DEMO_PASSPHRASE = "mdt-demo-2569"  # demo.DEMO_PASSPHRASE, written out: the installed copy is under test


def _run(command: list[str], *, cwd: Path, env: dict[str, str], stdin: str = "", timeout: int = 900):  # type: ignore[no-untyped-def]
    result = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    return result


@pytest.mark.slow
def test_the_installed_wheel_builds_and_checks_a_demo_database(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    # Downloads may reuse the user's pip cache; the program's own folders stay the test's private ones.
    env["PIP_CACHE_DIR"] = str(Path(pwd.getpwuid(os.getuid()).pw_dir) / ".cache" / "pip")
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"

    dist = tmp_path / "dist"
    built = _run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(PROJECT)], cwd=tmp_path, env=env
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    [wheel] = dist.glob("mdt_desktop-*.whl")

    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False, clear=True).create(environment)
    bin_dir = environment / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    installed = _run([str(python), "-m", "pip", "install", str(wheel)], cwd=tmp_path, env=env)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]

    work = tmp_path / "elsewhere"  # not the source tree: only the installed package can be imported
    work.mkdir()
    where = _run(
        [str(python), "-c", "import mdt_desktop.paths as p; print(p.__file__); print(p.migrations_dir())"],
        cwd=work,
        env=env,
    )
    assert where.returncode == 0, where.stderr
    module_file, migrations_dir = where.stdout.splitlines()
    assert Path(module_file).is_relative_to(environment)
    assert Path(migrations_dir).is_relative_to(environment) and (Path(migrations_dir) / "env.py").is_file()

    mdt = str(bin_dir / "mdt")
    database = work / "demo.mdt"
    demo = _run(
        [mdt, "demo", str(database), "--scale", "small", "--passphrase-stdin"],
        cwd=work,
        env=env,
        stdin=DEMO_PASSPHRASE + "\n",
    )
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert "meeting\t" in demo.stdout

    check = _run(
        [mdt, "check", str(database), "--passphrase-stdin"], cwd=work, env=env, stdin=DEMO_PASSPHRASE + "\n"
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "cipher_integrity_check: ok" in check.stdout and "no problems found" in check.stdout

    meetings = _run(
        [str(python), "-m", "mdt_desktop", "meetings", str(database), "--passphrase-stdin"],
        cwd=work,
        env=env,
        stdin=DEMO_PASSPHRASE + "\n",
    )
    assert meetings.returncode == 0, meetings.stderr
    lines = meetings.stdout.splitlines()
    assert lines and all(len(line.split("\t")) == 6 for line in lines)
