"""The program's frame: the front door (flags, QApplication, start-up), the unlock screen, the first-run wizard, the main window and its pages, search across pages, and the crash path."""
