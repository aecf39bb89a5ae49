"""Use cases the GUI and the CLI share: running a meeting (``meetings``), the register of bodies, members and
areas (``bodies``), agencies, cases, search, the team's settings, the audit log and the exports.

A service takes a ``Database`` and plain values and returns plain values; it never imports Qt. What the user
can act on is refused with ``mdt_desktop.refusal.Refusal``; problems of the environment are ``StorageError``.
"""
