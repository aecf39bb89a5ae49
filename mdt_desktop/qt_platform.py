"""Before Qt starts on Linux: can it reach a screen, and can its X11 (xcb) platform plugin load?

Qt aborts when its platform plugin cannot load, with a message that can name the wrong library (it blames
``libxcb-cursor0`` even when that one is installed) and a core dump. A newcomer on a fresh Debian machine cannot go
on from there. So the ``mdt-desktop`` command first asks the dynamic linker (``ldd``) which shared libraries of the
plugin are missing, and before any Qt library is loaded: Qt's own libraries need some of them too (GLib), and
importing PySide6 would then fail before our code could say anything. When something is missing, it says in Thai
and English which libraries and the one ``apt-get install`` line that adds them, and exits with status 2.

The soname → Debian package table comes from a clean Debian 12 (bookworm) chroot: ``docs/fresh-machine.md`` says
how to repeat it. The one ``ldd`` run takes 10 to 20 ms. Off Linux this is a no-op.
"""

from __future__ import annotations

import ctypes.util
import os
import re
import socket
import subprocess
import sys
from collections.abc import Mapping
from importlib.util import find_spec
from pathlib import Path

from mdt_desktop.refusal import Message

EXIT_CANNOT_START = 2
XCB_PLUGIN = "libqxcb.so"

# Every library outside PySide6 that `ldd libqxcb.so` lists on Debian 12 (PySide6 6.11), with its package.
DEBIAN_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbsd.so.0": "libbsd0",
    "libcap.so.2": "libcap2",
    "libdbus-1.so.3": "libdbus-1-3",
    "libexpat.so.1": "libexpat1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libgcrypt.so.20": "libgcrypt20",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgpg-error.so.0": "libgpg-error0",
    "liblz4.so.1": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "libmd.so.0": "libmd0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libpng16.so.16": "libpng16-16",
    "libsystemd.so.0": "libsystemd0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}

MISSING_LIBRARIES = Message(
    th="mdt-desktop เปิดหน้าต่างไม่ได้: เครื่องนี้ยังไม่มีไลบรารีที่ Qt ใช้แสดงผล: {libraries}",
    en="mdt-desktop cannot open a window: this computer lacks shared libraries Qt needs to draw: {libraries}",
)
INSTALL_PACKAGES = Message(
    th="ติดตั้งด้วยคำสั่งนี้ แล้วเปิดโปรแกรมอีกครั้ง:\n  {command}",
    en="Install them with this command, then start the program again:\n  {command}",
)
UNKNOWN_PACKAGE = Message(
    th="ไม่ทราบชื่อแพ็กเกจของ {libraries}: ค้นด้วย apt-file search ชื่อไลบรารี",
    en="No package known for {libraries}: look it up with apt-file search LIBRARY",
)
NO_DISPLAY = Message(
    th="mdt-desktop เปิดหน้าต่างไม่ได้: ไม่พบจอแสดงผล (ไม่มี DISPLAY หรือ WAYLAND_DISPLAY)\n"
    "เปิดโปรแกรมจากหน้าจอเดสก์ท็อป หรือใช้คำสั่ง mdt ซึ่งทำงานได้โดยไม่ต้องมีจอ",
    en="mdt-desktop cannot open a window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "Start it from a desktop session, or use the mdt command, which works without a screen.",
)

NO_X_SERVER = Message(
    th="mdt-desktop เปิดหน้าต่างไม่ได้: ติดต่อจอแสดงผล {display} ไม่ได้ (ไม่มี X server ทำงานอยู่ที่นั่น)\n"
    "เปิดโปรแกรมจากหน้าจอเดสก์ท็อป หรือตรวจค่า DISPLAY",
    en="mdt-desktop cannot open a window: the display {display} cannot be reached (no X server runs there).\n"
    "Start it from a desktop session, or check DISPLAY.",
)
THAI_WORD_BREAKS = Message(
    th="หมายเหตุ: เครื่องนี้ไม่มีไลบรารี libthai ข้อความภาษาไทยบนหน้าจอจึงตัดบรรทัดได้เฉพาะที่เว้นวรรค\n"
    "ติดตั้งด้วยคำสั่งนี้ แล้วเปิดโปรแกรมอีกครั้ง:\n  {command}",
    en="Note: this computer lacks the libthai library, so Thai text on screen wraps only at spaces.\n"
    "Install it with this command, then start the program again:\n  {command}",
)
# Qt loads libthai at run time (it is not linked, so ldd cannot see it) to find where Thai words end: without it
# Thai wraps only at spaces in every text box and list, and Ctrl+arrow jumps whole phrases.
THAI_WORD_BREAK_PACKAGE = "libthai0"
# ":0", ":1.0", "unix:0": a display on this computer, reached through a local socket.
_LOCAL_DISPLAY = re.compile(r"(?:unix)?:(\d+)(?:\.\d+)?")


def xcb_plugin(environ: Mapping[str, str]) -> Path | None:
    """The xcb plugin Qt would load: from ``QT_QPA_PLATFORM_PLUGIN_PATH`` first, as Qt does, else PySide6's."""
    override = environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if override and (Path(override) / XCB_PLUGIN).is_file():
        return Path(override) / XCB_PLUGIN
    spec = find_spec("PySide6")  # finds the package without importing it, so no Qt library is loaded
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / XCB_PLUGIN
    return plugin if plugin.is_file() else None


def missing_libraries(plugin: Path) -> list[str]:
    """Sonames the dynamic linker cannot find for the plugin and everything it loads, in ldd's order."""
    try:
        result = subprocess.run(
            ["ldd", str(plugin)],
            capture_output=True,
            text=True,
            env={**os.environ, "LC_ALL": "C"},
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return []  # without ldd there is nothing to tell before Qt tries for itself
    return not_found_in(result.stdout)


def not_found_in(ldd_output: str) -> list[str]:
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, _arrow, found = line.strip().partition(" => ")
        if found.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def missing_libraries_message(missing: list[str], language: str) -> str:
    packages = sorted({DEBIAN_PACKAGES[name] for name in missing if name in DEBIAN_PACKAGES})
    unknown = [name for name in missing if name not in DEBIAN_PACKAGES]
    lines = [MISSING_LIBRARIES.text(language, libraries=", ".join(missing))]
    if packages:
        apt = "apt-get install " if os.geteuid() == 0 else "sudo apt-get install "
        lines.append(INSTALL_PACKAGES.text(language, command=apt + " ".join(packages)))
    if unknown:
        lines.append(UNKNOWN_PACKAGE.text(language, libraries=", ".join(unknown)))
    return "\n".join(lines)


def local_display_reachable(display: str) -> bool | None:
    """Whether an X server listens for a display on this computer; None when the display is elsewhere.

    X servers on Linux listen on an abstract socket and on a socket file; either will do (a container may share
    only one of them), and connecting is all it takes to know, without loading any X library."""
    match = _LOCAL_DISPLAY.fullmatch(display.strip())
    if match is None:
        return None
    path = f"/tmp/.X11-unix/X{match.group(1)}"
    for address in ("\0" + path, path):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(2)
            try:
                connection.connect(address)
            except OSError:
                continue
            return True
    return False


def _uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will start on X11: asked for xcb, or asked for nothing outside a Wayland session."""
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def problems(environ: Mapping[str, str]) -> list[str]:
    """What stops Qt from opening a window here, each in Thai then English; empty when it can start."""
    if not sys.platform.startswith("linux") or not _uses_xcb(environ):
        return []
    found: list[str] = []
    plugin = xcb_plugin(environ)
    missing = missing_libraries(plugin) if plugin is not None else []
    if missing:
        found.append(
            f"{missing_libraries_message(missing, 'th')}\n\n{missing_libraries_message(missing, 'en')}"
        )
    display = environ.get("DISPLAY", "")
    if not display:
        found.append(f"{NO_DISPLAY.th}\n\n{NO_DISPLAY.en}")
    elif local_display_reachable(display) is False:
        found.append(
            f"{NO_X_SERVER.text('th', display=display)}\n\n{NO_X_SERVER.text('en', display=display)}"
        )
    return found


def notes(environ: Mapping[str, str]) -> list[str]:
    """What works less well here without stopping Qt, each in Thai then English."""
    if not sys.platform.startswith("linux") or not _uses_xcb(environ) or ctypes.util.find_library("thai"):
        return []
    command = ("apt-get install " if os.geteuid() == 0 else "sudo apt-get install ") + THAI_WORD_BREAK_PACKAGE
    return [
        f"{THAI_WORD_BREAKS.text('th', command=command)}\n\n{THAI_WORD_BREAKS.text('en', command=command)}"
    ]


def exit_unless_qt_can_start(environ: Mapping[str, str] | None = None) -> None:
    environ = os.environ if environ is None else environ
    found = problems(environ)
    if found:
        print("\n\n".join(found), file=sys.stderr)
        raise SystemExit(EXIT_CANNOT_START)
    for note in notes(environ):
        print(note, file=sys.stderr)


def launch() -> int:
    """The ``mdt-desktop`` command: check first, then import the GUI (importing Qt is what would fail)."""
    exit_unless_qt_can_start()
    from mdt_desktop.gui.shell.app import main

    return main()
