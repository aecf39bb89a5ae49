"""Pack the Linux bundle (``pyinstaller packaging/mdt-desktop.spec``) as a Debian package an office installs:

    python packaging/build_deb.py DIST/mdt-desktop OUTPUT_FOLDER

The program goes to /opt/mdt-desktop with ``mdt-desktop`` and ``mdt`` linked into /usr/bin; the desktop entry, the
AppStream metadata, the icon and the database's file type (``*.mdt``, opened by a double click) go where the
desktop finds them. Both metadata files are checked with the distribution's validators first
(``desktop-file-validate``, ``appstreamcli validate``); a failing check stops the build. Run on Debian or Ubuntu
with ``dpkg-deb``; it writes ``mdt-desktop_VERSION_ARCH.deb`` and prints its path.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DESKTOP_FILE = PACKAGING / "mdt-desktop.desktop"
METAINFO = PACKAGING / "io.github.mdt_desktop.metainfo.xml"
MIME = PACKAGING / "mdt-desktop-mime.xml"
ICON = ROOT / "resources" / "icons" / "mdt-desktop.svg"
# What the bundle does not carry itself: the C library, and the X11 libraries Qt's xcb platform loads (the
# README's apt-get line for running from source names the same).
DEPENDS = "libc6 (>= 2.36), libxcb-cursor0, libxkbcommon-x11-0, libegl1, libfontconfig1, libdbus-1-3"


def version() -> str:
    about = (ROOT / "mdt_desktop" / "__init__.py").read_text(encoding="utf-8")
    return next(line.split('"')[1] for line in about.splitlines() if line.startswith("__version__"))


def validate() -> None:
    """The distribution's own checks of the two metadata files; a failure is printed and ends the build."""
    for command in (
        ["desktop-file-validate", str(DESKTOP_FILE)],
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.exit(f"{command[0]} refused {Path(command[-1]).name}:\n{done.stdout}{done.stderr}")


def build(bundle: Path, output: Path) -> Path:
    if not (bundle / "mdt-desktop").is_file() or not (bundle / "mdt").is_file():
        sys.exit(f"{bundle} is not the bundle (no mdt-desktop and mdt in it): run pyinstaller first")
    validate()
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as folder:
        stage = Path(folder) / "stage"
        shutil.copytree(bundle, stage / "opt" / "mdt-desktop", symlinks=True)
        binaries = stage / "usr" / "bin"
        binaries.mkdir(parents=True)
        for program in ("mdt-desktop", "mdt"):
            (binaries / program).symlink_to(f"../../opt/mdt-desktop/{program}")
        share = stage / "usr" / "share"
        for source, target in (
            (DESKTOP_FILE, share / "applications" / "mdt-desktop.desktop"),
            (METAINFO, share / "metainfo" / METAINFO.name),
            (MIME, share / "mime" / "packages" / "mdt-desktop.xml"),
            (ICON, share / "icons" / "hicolor" / "scalable" / "apps" / "mdt-desktop.svg"),
        ):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        # Links counted once: the bundle links some libraries to each other.
        size_kb = (
            sum(p.lstat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        )
        control = stage / "DEBIAN" / "control"
        control.parent.mkdir()
        control.write_text(
            "\n".join(
                [
                    "Package: mdt-desktop",
                    f"Version: {version()}",
                    f"Architecture: {architecture}",
                    "Maintainer: mdt-desktop developers <mdt-desktop@users.noreply.github.com>",
                    f"Installed-Size: {size_kb}",
                    f"Depends: {DEPENDS}",
                    "Section: misc",
                    "Priority: optional",
                    "Description: minutes of Thai multidisciplinary team case conferences",
                    " mdt-desktop helps Thai multidisciplinary teams (anti-trafficking, violence against women, child",
                    " protection) minute their case conferences, assign and follow up actions and keep case records,",
                    " in an encrypted database on the computer. Thai first, English second.",
                    "",
                ]
            ),
            encoding="utf-8",
        )
        # Refresh the desktop's caches of file types and applications after installing or removing.
        for script in ("postinst", "postrm"):
            path = stage / "DEBIAN" / script
            path.write_text(
                "#!/bin/sh\nset -e\n"
                "command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true\n"
                "command -v update-desktop-database >/dev/null && update-desktop-database -q || true\n",
                encoding="utf-8",
            )
            path.chmod(0o755)
        output.mkdir(parents=True, exist_ok=True)
        package = output / f"mdt-desktop_{version()}_{architecture}.deb"
        subprocess.run(
            # zstd: a few seconds where dpkg-deb's default xz takes minutes over 250 MB, for a package a little larger.
            ["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(stage), str(package)],
            check=True,
            capture_output=True,
        )
    return package


def main() -> None:
    parser = argparse.ArgumentParser(description="Pack the PyInstaller bundle as a .deb")
    parser.add_argument("bundle", type=Path, help="the bundle folder (DIST/mdt-desktop)")
    parser.add_argument("output", type=Path, help="where to write the .deb")
    args = parser.parse_args()
    print(build(args.bundle, args.output))


if __name__ == "__main__":
    main()
