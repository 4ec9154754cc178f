"""Errors that core raises for the user to read: bad input and bad rule packs."""

from __future__ import annotations

from collections.abc import Mapping


class PortableError(Exception):
    """An error that reaches another process as it was raised (a batch of documents is made in
    a pool of processes): pickled with its attributes, not made again through ``__init__``,
    whose arguments differ from ``args``."""

    def __reduce__(self) -> tuple:
        return (_same_error, (type(self), self.args), self.__dict__)


def _same_error(kind: type[BaseException], args: tuple) -> BaseException:
    return kind.__new__(kind, *args)


class ValidationError(PortableError, ValueError):
    """An input the engine refuses, with the field it concerns and a plain message.

    ``code`` is a stable identifier a GUI can translate; ``message`` is English text that
    names the field and what was understood, for the command line and logs. ``params`` are
    the values the message speaks of (dates, amounts, what was typed), so that a translated
    text (``core.texts.error_text``) can say the same.
    """

    def __init__(
        self, field: str, code: str, message: str, params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.code = code
        self.message = message
        self.params = dict(params or {})


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
    """The rule pack has no rule for the date asked (too early, or past its last period).

    Its params are ``on`` (the date asked), ``covers_from`` and ``covers_to`` (the launch
    dates the pack covers; ``covers_to`` is None for a pack with no end).
    """
