"""The Qt interface, arranged by feature: shell, meeting, cases, register, team, settings; common and widgets are shared.

Only this package imports Qt. It reads and writes through ``services`` and never through ``storage.models``.
"""
