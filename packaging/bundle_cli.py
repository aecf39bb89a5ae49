"""The bundle's mdt executable: what the installed ``mdt`` command runs (pyproject scripts)."""

import sys

from mdt_desktop.cli import main

sys.exit(main())
