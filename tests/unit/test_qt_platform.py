"""The check before Qt starts: a missing shared library of the xcb plugin, or no display, is told in Thai and
English with the apt-get line, and ``mdt-desktop`` exits 2 instead of letting Qt abort.

The end-to-end tests run the ``mdt-desktop`` entry point in a child process against a copy of the real
``libqxcb.so`` whose list of needed libraries names one that exists nowhere, so the real ``ldd`` really fails to
find it: system libraries cannot be hidden from the dynamic linker, but the plugin Qt loads can be chosen with Qt's
own ``QT_QPA_PLATFORM_PLUGIN_PATH``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from mdt_desktop import qt_platform
from mdt_desktop.qt_platform import DEBIAN_PACKAGES, NO_DISPLAY, NO_X_SERVER

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check runs only on Linux")

LDD_ON_A_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd0b3f5000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f1e5c2a1000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f1e5c1c0000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibglib-2.0.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibgthread-2.0.so.0 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f1e5c3a0000)
"""


def test_the_missing_libraries_are_read_from_ldd_once_each_in_order() -> None:
    assert qt_platform.not_found_in(LDD_ON_A_FRESH_DEBIAN) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libglib-2.0.so.0",
        "libgthread-2.0.so.0",
    ]


def test_the_message_names_each_library_and_one_apt_line_with_their_packages() -> None:
    missing = qt_platform.not_found_in(LDD_ON_A_FRESH_DEBIAN)
    english = qt_platform.missing_libraries_message(missing, "en")
    thai = qt_platform.missing_libraries_message(missing, "th")
    line = "apt-get install libglib2.0-0 libxcb-icccm4 libxcb-keysyms1"
    for text in (english, thai):
        assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libglib-2.0.so.0, libgthread-2.0.so.0" in text
        assert text.count("apt-get install") == 1
        assert line in text
    assert "cannot open a window" in english
    assert "เปิดหน้าต่างไม่ได้" in thai


def test_a_library_without_a_known_package_is_named_with_how_to_find_it() -> None:
    text = qt_platform.missing_libraries_message(["libxcb-icccm.so.4", "libfuture.so.9"], "en")
    assert "apt-get install libxcb-icccm4\n" in text + "\n"
    assert "No package known for libfuture.so.9" in text


def test_the_readme_apt_line_installs_what_a_fresh_debian_12_lacked() -> None:
    """Found in a clean bookworm chroot with the README's first six packages (docs/fresh-machine.md)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [command] = [
        line for line in readme.replace("\\\n", " ").splitlines() if "apt-get install python3-venv" in line
    ]
    packages = set(command.split("apt-get install", 1)[1].split()) - {"python3-venv"}
    assert {"libglib2.0-0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-cursor0"} <= packages
    assert "libthai0" in packages  # Qt's Thai word breaking, loaded at run time
    assert packages - {"libthai0"} <= set(DEBIAN_PACKAGES.values())


@linux_only
def test_without_libthai_the_program_starts_and_says_thai_wraps_only_at_spaces(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(qt_platform, "problems", lambda environ: [])
    monkeypatch.setattr(qt_platform.ctypes.util, "find_library", lambda name: None)
    qt_platform.exit_unless_qt_can_start({"DISPLAY": ":0"})  # no SystemExit: a note, not a refusal
    told = capsys.readouterr().err
    assert "Thai text on screen wraps only at spaces" in told
    assert "ตัดบรรทัดได้เฉพาะที่เว้นวรรค" in told
    assert "apt-get install libthai0" in told
    monkeypatch.setattr(qt_platform.ctypes.util, "find_library", lambda name: f"lib{name}.so.0")
    qt_platform.exit_unless_qt_can_start({"DISPLAY": ":0"})
    assert capsys.readouterr().err == ""


@linux_only
def test_nothing_is_checked_when_qt_is_not_going_to_use_x11() -> None:
    assert qt_platform.problems({"QT_QPA_PLATFORM": "offscreen"}) == []
    assert qt_platform.problems({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}) == []
    assert qt_platform.problems({"WAYLAND_DISPLAY": "wayland-0"}) == []


def test_off_linux_the_check_is_a_no_op(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert qt_platform.problems({}) == []


def _unused_display() -> int:
    number = 900 + os.getpid() % 90
    while qt_platform.local_display_reachable(f":{number}"):
        number += 1
    return number


@linux_only
def test_a_display_with_no_x_server_behind_it_is_told_instead_of_qts_abort(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(qt_platform, "missing_libraries", lambda plugin: [])
    number = _unused_display()
    told = qt_platform.problems({"DISPLAY": f":{number}"})
    assert told == [
        f"{NO_X_SERVER.text('th', display=f':{number}')}\n\n{NO_X_SERVER.text('en', display=f':{number}')}"
    ]
    assert f"the display :{number} cannot be reached (no X server runs there)" in told[0]


@linux_only
def test_a_display_whose_x_server_listens_lets_qt_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qt_platform, "missing_libraries", lambda plugin: [])
    number = _unused_display()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:  # where an X server listens
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen(1)
        assert qt_platform.problems({"DISPLAY": f":{number}.0"}) == []
    # A display on another computer is Qt's to reach: nothing here can tell.
    assert qt_platform.local_display_reachable("office-pc:0") is None


def _plugin_needing_a_library_that_is_nowhere(tmp_path: Path) -> tuple[Path, str]:
    """A copy of the installed libqxcb.so whose needed-library list names ``libxcb-icccm.so.9`` instead of .4."""
    real = qt_platform.xcb_plugin({})
    assert real is not None, "PySide6's xcb plugin is not installed"
    data = real.read_bytes()
    needed, absent = b"libxcb-icccm.so.4\0", b"libxcb-icccm.so.9\0"
    assert data.count(needed) == 1
    qt = tmp_path / "Qt"
    platforms = qt / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / qt_platform.XCB_PLUGIN).write_bytes(data.replace(needed, absent))
    (qt / "lib").symlink_to(
        real.parents[2] / "lib"
    )  # the plugin finds Qt's own libraries at $ORIGIN/../../lib
    return platforms, absent.rstrip(b"\0").decode()


@linux_only
def test_mdt_desktop_names_a_missing_library_and_exits_2_before_qt_starts(tmp_path: Path) -> None:
    platforms, absent = _plugin_needing_a_library_that_is_nowhere(tmp_path)
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND_"))}
    environment |= {"DISPLAY": ":97", "QT_QPA_PLATFORM_PLUGIN_PATH": str(platforms)}
    result = subprocess.run(
        [sys.executable, "-c", _entry_point_script(), "--demo"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment | {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")},
        check=False,
    )
    assert result.returncode == qt_platform.EXIT_CANNOT_START, result.stderr
    assert absent in result.stderr
    assert f"No package known for {absent}" in result.stderr  # a made-up name: no package to offer
    assert "เปิดหน้าต่างไม่ได้" in result.stderr
    assert "cannot open a window" in result.stderr
    assert "qt.qpa" not in result.stderr  # the explanation is ours, not Qt's abort
    assert not (tmp_path / "data").exists()  # stopped before the program did anything


@linux_only
def test_mdt_desktop_without_any_display_says_so_and_exits_2(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND_", "DISPLAY"))}
    result = subprocess.run(
        [sys.executable, "-c", _entry_point_script(), "--demo"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment | {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")},
        check=False,
    )
    assert result.returncode == qt_platform.EXIT_CANNOT_START, result.stderr
    assert NO_DISPLAY.en in result.stderr
    assert NO_DISPLAY.th in result.stderr
    assert "qt.qpa" not in result.stderr


def _entry_point_script() -> str:
    """Python that runs the ``mdt-desktop`` command as pyproject.toml declares it."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    module, function = declared["project"]["gui-scripts"]["mdt-desktop"].split(":")
    return f"import sys, {module}; sys.argv[0] = 'mdt-desktop'; sys.exit({module}.{function}())"
