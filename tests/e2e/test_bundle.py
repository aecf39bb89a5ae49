"""The one-folder bundle an office installs (packaging/mdt-desktop.spec), built here with PyInstaller and then run
from the bundle alone, as an office would: no source tree, no virtual environment, a home folder of its own.

It shows the version, builds the demo and checks it, exports minutes as Word and PDF, signs an action record and
verifies it against the office's certificate, and opens the window offscreen to the meeting list. The bundle keeps
to issue 13's size budget, and the Debian package depends on the distribution's libraries the bundle leaves out.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mdt_desktop import __version__

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


def test_the_bundled_programs_do_an_offices_work(bundle: Path) -> None:
    """packaging/smoke_bundle.py's steps (the Windows workflow runs the same script): version, demo, check, DOCX and
    PDF minutes, a signed action record verified against the office's certificate, the window to the meeting list."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke_bundle.py"), str(bundle)],
        capture_output=True, text=True, encoding="utf-8", timeout=1800, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    steps = [line.split()[1:3] for line in done.stdout.splitlines()[:-1]]
    assert [" ".join(step) for step in steps] == [
        "mdt --version",
        "mdt demo",
        "mdt check",
        "mdt meetings",
        "mdt export",
        "mdt export",
        "mdt export",
        "mdt export",
        "mdt verify",
        "mdt-desktop --demo",
    ]
    assert done.stdout.splitlines()[-1] == "the bundle works"


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
    depends = subprocess.run(["dpkg-deb", "--field", str(package), "Depends"], capture_output=True, text=True,
                             check=True).stdout.strip().split(", ")  # fmt: skip
    # The libraries of X11, GLib, fontconfig and OpenSSL come from the distribution, and libthai, which Qt loads by
    # name to break Thai lines, though no file of the bundle names it.
    assert depends[0] == "libc6 (>= 2.36)"
    for needed in ("libx11-6", "libxcb-cursor0", "libglib2.0-0", "libfontconfig1", "libssl3", "libthai0"):
        assert needed in depends
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


def test_the_bundle_keeps_to_its_size_budget_and_leaves_the_distributions_libraries_out(bundle: Path) -> None:
    """Issue 13: at most 200 MB unpacked (counted as ``du -sb`` does: links as links). The X11 and GLib libraries
    are the distribution's (the .deb depends on them); Python's and Qt's own stay; the two commands share one
    program, so the archive of Python modules is there once."""
    size = sum(path.lstat().st_size for path in bundle.rglob("*"))
    assert size <= 200_000_000, f"{size / 1e6:.1f} MB"
    internal = bundle / "_internal"
    for system_library in ("libX11.so.6", "libglib-2.0.so.0", "libfontconfig.so.1", "libcrypto.so.3"):
        assert not (internal / system_library).exists()
    assert (internal / "libpython3.11.so.1.0").is_file()
    assert (internal / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").is_file()
    assert (bundle / "mdt").is_symlink() and (bundle / "mdt").resolve() == (bundle / "mdt-desktop").resolve()


def test_the_windows_icon_is_drawn_from_the_svg_at_every_size(tmp_path: Path) -> None:
    """packaging/make_icon.py, which the spec runs on Windows: one .ico with each size Explorer and the Start menu
    ask for, each drawn (the page of the icon is white in its middle, its corner transparent)."""
    from PIL import Image

    icon = tmp_path / "mdt-desktop.ico"
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icon.py"), str(icon)],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Image.open(icon) as picture:
        assert picture.format == "ICO"
        assert picture.info["sizes"] == {(size, size) for size in (16, 20, 24, 32, 40, 48, 64, 128, 256)}
        for size in (16, 48, 256):
            picture.size = (size, size)
            drawn = picture.convert("RGBA")
            assert drawn.size == (size, size)
            assert drawn.getpixel((0, 0))[3] == 0  # the rounded corner
            assert drawn.getpixel((size // 2, size // 3))[:3] == (255, 255, 255)  # the page
