"""The demonstration databases: a fictional province or district, built for trying the program and for the
benchmarks. It fills the database directly (it is not a use case of the program), so it lives beside the
services rather than among them; ``build`` writes the rows, ``text`` holds the invented words.
"""

from __future__ import annotations

from mdt_desktop.demo.build import (
    DEMO_END,
    DEMO_PASSPHRASE,
    DEMO_PROFILE_NAME,
    DemoSummary,
    Scale,
    build_demo,
    is_demo,
)

__all__ = [
    "DEMO_END",
    "DEMO_PASSPHRASE",
    "DEMO_PROFILE_NAME",
    "DemoSummary",
    "Scale",
    "build_demo",
    "is_demo",
]
