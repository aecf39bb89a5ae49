"""Item models of the register and editor pages: the logic behind the tables, testable without a window."""
