"""The one typed refusal: invalid input, a rule of the domain, a missing consent, a destination that cannot be used.

A refusal carries its message in Thai and English, written side by side where it is raised (``Message``), so
a reader and the translations test see both; ``collect_messages`` finds every ``Message`` constant of a module.
The GUI and the CLI catch only ``Refusal`` and show ``message(language)``; every other exception is a bug and
takes the crash path. Messages name what to do and never carry case data (names, stories, identity).
"""

from __future__ import annotations

from types import ModuleType
from typing import NamedTuple


class Message(NamedTuple):
    """One user-facing message in both languages; ``{placeholders}`` are filled by ``Refusal``'s arguments.

    A value that is itself a ``Message`` (a hint, a reason) is filled in the same language as the message."""

    th: str
    en: str

    def text(self, language: str = "th", **values: object) -> str:
        template = self.th if language == "th" else self.en
        if not values:
            return template
        filled = {
            key: value.text(language) if isinstance(value, Message) else value
            for key, value in values.items()
        }
        return template.format(**filled)


class Refusal(Exception):
    """The program declines to do something, for a reason the user can act on."""

    def __init__(self, message: Message, **values: object) -> None:
        super().__init__(message.text("en", **values))
        self.reason = message
        self.values = values

    def message(self, language: str = "th") -> str:
        return self.reason.text(language, **self.values)


def collect_messages(module: ModuleType) -> dict[str, Message]:
    """Every module-level ``Message`` constant, by name: what the translations test checks."""
    return {name: value for name, value in vars(module).items() if isinstance(value, Message)}
