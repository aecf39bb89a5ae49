"""The one-folder bundle an office installs (packaging/mdt-desktop.spec), built here with PyInstaller and then run
from the bundle alone, as an office would: no source tree, no virtual environment, a home folder of its own.

It shows the version, builds the demo and checks it, exports minutes as Word and PDF, signs an action record and
verifies it against the office's certificate, and opens the window offscreen to the meeting list.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from mdt_desktop import __version__
from tests.e2e.test_cli import STRONG

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    work = tmp_path_factory.mktemp("bundle")
    built = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
            str(ROOT / "packaging" / "mdt-desktop.spec"),
        ],
        capture_output=True, text=True, timeout=1200, check=False, cwd=work,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-3000:]
    yield work / "dist" / "mdt-desktop"


@pytest.fixture
def office(tmp_path: Path) -> dict[str, str]:
    """An environment with nothing of the source tree or the test's Python in it."""
    home = tmp_path / "home"
    home.mkdir()
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(tmp_path),
    }


def run(
    bundle: Path, program: str, *args: str, env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / program), *args],
        input=STRONG + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_the_bundled_programs_do_an_offices_work(
    bundle: Path, office: dict[str, str], tmp_path: Path
) -> None:
    def mdt(*args: str) -> str:
        done = run(bundle, "mdt", *args, env=office, cwd=tmp_path)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    assert mdt("--version").strip() == f"mdt {__version__}"
    database = str(tmp_path / "ทีมสหวิชาชีพ.mdt")
    mdt("demo", database, "--passphrase-stdin")
    checked = run(bundle, "mdt", "check", database, "--passphrase-stdin", env=office, cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    rows = [line.split("\t") for line in mdt("meetings", database, "--passphrase-stdin").splitlines()]
    meeting = max(rows, key=lambda row: int(row[5]))[0]
    mdt("export", "minutes", database, meeting, "--format", "docx", "-o", str(tmp_path / "minutes.docx"),
        "--passphrase-stdin")  # fmt: skip
    mdt("export", "minutes", database, meeting, "--format", "pdf", "-o", str(tmp_path / "minutes.pdf"),
        "--passphrase-stdin")  # fmt: skip
    assert (tmp_path / "minutes.docx").read_bytes()[:2] == b"PK"
    text = PdfReader(tmp_path / "minutes.pdf").pages[0].extract_text()
    assert "รายงานการประชุม" in text  # Thai set by the bundled fonts, shaping and word lists

    records = tmp_path / "records"
    records.mkdir()
    mdt("export", "actions", database, meeting, "--sign", "-o", str(records), "--passphrase-stdin")
    mdt("export", "certificate", database, "-o", str(tmp_path / "office.pem"), "--passphrase-stdin")
    signed = sorted(records.glob("*.pdf"))[0]
    verified = run(bundle, "mdt", "verify", str(signed), "--trust", str(tmp_path / "office.pem"), env=office,
                   cwd=tmp_path)  # fmt: skip
    assert verified.returncode == 0, verified.stdout + verified.stderr

    shown = run(bundle, "mdt-desktop", "--demo", "--quit-when-shown", env=office, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr[-2000:]


def test_the_debian_package_installs_the_bundle_with_its_desktop_files(bundle: Path, tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_deb.py"), str(bundle), str(tmp_path / "out")],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-2000:]
    package = Path(built.stdout.strip())
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    assert package.name == f"mdt-desktop_{__version__}_{architecture.stdout.strip()}.deb"
    info = subprocess.run(["dpkg-deb", "--field", str(package), "Package", "Version"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "Package: mdt-desktop" in info and f"Version: {__version__}" in info
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(package), str(root)], check=True)
    for name in ("mdt", "mdt-desktop"):
        link = root / "usr" / "bin" / name
        assert link.is_symlink() and link.resolve() == (root / "opt" / "mdt-desktop" / name).resolve()
    desktop = (root / "usr/share/applications/mdt-desktop.desktop").read_text(encoding="utf-8")
    assert "Exec=mdt-desktop %f" in desktop and "MimeType=application/x-mdt-database;" in desktop
    assert "Name[th]=บันทึกการประชุมทีมสหวิชาชีพ" in desktop
    assert (root / "usr/share/metainfo/io.github.mdt_desktop.metainfo.xml").is_file()
    assert '<glob pattern="*.mdt"/>' in (root / "usr/share/mime/packages/mdt-desktop.xml").read_text()
    installed = subprocess.run([str(root / "opt/mdt-desktop/mdt"), "--version"], capture_output=True, text=True,
                               env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, check=False)  # fmt: skip
    assert installed.stdout.strip() == f"mdt {__version__}"


def test_the_desktop_metadata_passes_the_distributions_validators() -> None:
    for command in (
        ["desktop-file-validate", str(ROOT / "packaging" / "mdt-desktop.desktop")],
        [
            "appstreamcli",
            "validate",
            "--no-net",
            "--pedantic",
            str(ROOT / "packaging" / "io.github.mdt_desktop.metainfo.xml"),
        ],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_bundle_holds_no_source_tree_and_no_test_tools(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "mdt_desktop" / "resources" / "fonts").is_dir()
    assert (internal / "mdt_desktop" / "db" / "versions").is_dir()
    assert not list(internal.glob("pytest*")) and not list(internal.glob("tests"))
    assert os.access(bundle / "mdt", os.X_OK) and os.access(bundle / "mdt-desktop", os.X_OK)
