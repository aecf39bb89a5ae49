"""``python -m mdt_desktop``: the same commands as ``mdt``."""

from mdt_desktop.cli import main

raise SystemExit(main())
