"""One error type that every layer raises for problems a user must understand.

The CLI prints `message` on one line and exits with `exit_code`; the UI shows
`title` and `message`. Messages are already translated when raised, and never
contain identifying data (names, notes, free text), because they may be shown
on a screen others can see.
"""

from __future__ import annotations


class CaseAssistError(Exception):
    """A failure the user can act on, with a calm one-line explanation."""

    exit_code: int = 1

    def __init__(self, message: str, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.title = title or message

    def __str__(self) -> str:
        return self.message


class InvalidInput(CaseAssistError):
    """Input that cannot be used as given (a bad scenario, file or argument)."""

    exit_code = 2
