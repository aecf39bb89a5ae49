"""The lines the GUI prints for ``mdt bench``: no Qt here, so the benchmark reads them without loading Qt.

With ``--quit-when-unlock-shown`` the GUI prints UNLOCK_SHOWN_MARK on stdout once the unlock window is shown;
with ``--timings`` it prints on stderr one line per measure: TIMING_MARK, the measure's name, milliseconds.
"""

UNLOCK_SHOWN_MARK = "mdt-desktop: unlock window shown"
TIMING_MARK = "mdt-desktop timing:"
