"""Regenerate the form modules from ui/*.ui."""

from mdt_desktop.gui.forms import regenerate

for path in regenerate():
    print(path)
