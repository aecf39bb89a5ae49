"""The bundle's mdt-desktop executable: what the installed ``mdt-desktop`` command runs (pyproject gui-scripts)."""

import sys

from mdt_desktop.qt_platform import launch

sys.exit(launch())
