"""The documents as plain data and the pure writers that lay them out: minutes, case annex and action records as
DOCX/PDF, Thai typesetting, page previews, the PAdES signing primitive (given key and certificate bytes) and the
check of a signed file. Nothing here reads the database or calls a service: ``services.exports`` builds the
documents, hands them to these writers and writes the result to its destination.
"""
