"""The bundle's one program, started as ``mdt-desktop`` (the window) or as ``mdt`` (the command line).

Both names run this script over one archive of the Python modules, so the bundle carries that archive once: on
Linux ``mdt`` is a link to ``mdt-desktop``; on Windows the two executables (a window program and a console program)
are built from this script. The name started decides, as the installed package's two commands do
(pyproject scripts and gui-scripts).
"""

import sys
from pathlib import Path

if Path(sys.argv[0]).stem.lower() == "mdt":
    from mdt_desktop.cli import main
else:
    from mdt_desktop.qt_platform import launch as main

sys.exit(main())
