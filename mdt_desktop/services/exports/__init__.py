"""Every document the program exports, by one road: a module per document builds it from the database as a plain
data document (``exports``' data classes), lays it out with a pure writer from ``exports``, writes it whole or
not at all (``destination``) and audits it. The GUI and the CLI call these functions and nothing below them.

- ``minutes``: the general minutes (DOCX/PDF) and their in-memory preview;
- ``annex``: the restricted case annex (DOCX/PDF);
- ``action_records``: one signed PDF per agency;
- ``signing``: the office's signing identity, signing, and the check of a signed file;
- ``destination``: writing a file atomically and the one ``Refusal`` for a destination that cannot take it.
"""
