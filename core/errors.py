"""Errors that core raises for the user to read: bad input and bad rule packs."""

from __future__ import annotations


class ValidationError(ValueError):
    """An input the engine refuses, with the field it concerns and a plain message.

    ``code`` is a stable identifier a GUI can translate; ``message`` is English text that
    names the field and what was understood, for the command line and logs.
    """

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.code = code
        self.message = message


class RulePackError(ValueError):
    """A rule pack that cannot be used: names the file, the key and the line."""

    def __init__(
        self, path: str, message: str, key: str | None = None, line: int | None = None
    ) -> None:
        where = path
        if line is not None:
            where += f", line {line}"
        if key:
            where += f", key {key!r}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.key = key
        self.line = line
        self.message = message


class NotCoveredError(ValidationError):
    """The rule pack has no rule for the date asked (too early, or past its last period)."""
