"""eventwire's errors: each has a code and a message that tells the user how to fix the problem.

Library code raises these; the CLI turns them into one line on stderr and an exit code.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class. ``code`` is stable (documented in docs/errors.md); ``fix`` says what to do."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} Fix: {self.fix}" if self.fix else text


class ConfigError(EventwireError):
    """A setting has a value eventwire cannot use."""

    code = "E001"
    exit_code = 2


class ModelNotFound(EventwireError):
    """The configured spaCy model is not installed."""

    code = "E002"


class StoreError(EventwireError):
    """The database cannot be opened or is of a newer schema than this eventwire knows."""

    code = "E003"


class ExportError(EventwireError):
    """An export was asked for in a form its data cannot take."""

    code = "E004"
    exit_code = 2


class InputError(EventwireError):
    """Input that cannot be read at all (not a per-item rejection, which is recorded instead)."""

    code = "E005"
    exit_code = 2
