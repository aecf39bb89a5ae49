"""Pack the Linux bundle (``pyinstaller packaging/mdt-desktop.spec``) as a Debian package an office installs:

    python packaging/build_deb.py DIST/mdt-desktop OUTPUT_FOLDER

The program goes to /opt/mdt-desktop with ``mdt-desktop`` and ``mdt`` linked into /usr/bin; the desktop entry, the
AppStream metadata, the icon and the database's file type (``*.mdt``, opened by a double click) go where the
desktop finds them. Both metadata files are checked with the distribution's validators first
(``desktop-file-validate``, ``appstreamcli validate``); a failing check stops the build. Run on Debian or Ubuntu
with ``dpkg-deb``; it writes ``mdt-desktop_VERSION_ARCH.deb`` and prints its path.

The bundle leaves the distribution's own libraries (X11, GLib, fontconfig, OpenSSL...) to the distribution
(packaging/mdt-desktop.spec), so the package depends on the packages that hold them: for each library that a
program or library of the bundle links (``readelf``) and that the dynamic linker finds outside the bundle (``ldd``),
``dpkg-query -S`` names the package holding it, on the machine that builds the package (Debian 12 here: the
package is for Debian 12 and later). apt brings what those packages need in turn.
"""

from __future__ import annotations

import argparse
import os
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
# The C library the bundle was built against (Debian 12's); the other packages are found from the bundle's files.
C_LIBRARY = "libc6 (>= 2.36)"
# Loaded at run time by name, so no file of the bundle lists it: Qt finds where Thai words end with libthai.
LOADED_AT_RUN_TIME = ("libthai0",)
# Qt's Wayland platform and the libraries only it loads: where the machine has no Wayland client libraries Qt passes
# over it and draws through X11, so what these lack is no dependency of the package.
OPTIONAL_WAYLAND_FILES = ("wayland", "Wayland", "WlShell")
# What those need beyond libwayland-client0, recommended so that apt brings them by default on a Wayland desktop.
RECOMMENDS = "libwayland-cursor0, libwayland-egl1"
ELF_MAGIC = b"\x7fELF"


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


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def linked(path: Path) -> set[str]:
    """The libraries a program or library names itself (ELF ``NEEDED``), not those they bring in turn."""
    listed = subprocess.run(
        ["readelf", "--dynamic", "--wide", str(path)], capture_output=True, text=True
    ).stdout
    return {line.split("[", 1)[1].rstrip("]") for line in listed.splitlines() if "(NEEDED)" in line}


def libraries_outside(bundle: Path) -> tuple[set[str], dict[str, set[str]]]:
    """The files outside the bundle that its programs and libraries link directly (apt brings what those need in
    turn), and what the linker could not find (soname -> the bundle's files that ask for it, directly or not), each
    as ``ldd`` resolves them on this machine."""
    inside = {path.name for path in bundle.rglob("*")}
    outside: set[str] = set()
    unresolved: dict[str, set[str]] = {}
    for path in elf_files(bundle):
        direct = linked(path)
        listed = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"}
        ).stdout
        for line in listed.splitlines():
            name, arrow, found = line.strip().partition(" => ")
            if not arrow:
                continue
            if found.startswith("not found"):
                if name not in inside:
                    unresolved.setdefault(name, set()).add(str(path.relative_to(bundle)))
            elif name in direct and not found.startswith(str(bundle)):
                outside.add(found.split(" (")[0])
    return outside, unresolved


def packages_holding(files: set[str]) -> set[str]:
    """The installed packages that hold these files. dpkg records a library under /lib or /usr/lib and under its
    link name or its real name as the package shipped it, so each spelling is asked for."""
    spellings: dict[str, str] = {}
    for file in files:
        for name in {file, os.path.realpath(file)}:
            spellings[name] = file
            other = name.removeprefix("/usr") if name.startswith("/usr/") else "/usr" + name
            spellings[other] = file
    listed = subprocess.run(
        ["dpkg-query", "-S", *sorted(spellings)], capture_output=True, text=True, check=False
    ).stdout
    packages: set[str] = set()
    held: set[str] = set()
    for line in listed.splitlines():
        package, _colon, path = line.partition(": ")
        if path in spellings:
            packages.update(name.strip().split(":")[0] for name in package.split(","))
            held.add(spellings[path])
    if held != files:
        sys.exit(f"no installed package holds {', '.join(sorted(files - held))}")
    return packages


def depends(bundle: Path) -> str:
    """The package's Depends: the C library's version, then every package holding a library the bundle loads."""
    outside, unresolved = libraries_outside(bundle)
    required = {
        name: users
        for name, users in unresolved.items()
        if not all(any(part in user for part in OPTIONAL_WAYLAND_FILES) for user in users)
    }
    if required:
        sys.exit("the bundle needs libraries this machine lacks: " + ", ".join(sorted(required)))
    packages = (packages_holding(outside) | set(LOADED_AT_RUN_TIME)) - {"libc6"}
    return ", ".join([C_LIBRARY, *sorted(packages)])


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
                    f"Depends: {depends(bundle)}",
                    f"Recommends: {RECOMMENDS}",
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
