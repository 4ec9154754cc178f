"""Reading a file the user names (a decision input, a scenario file, a rule pack) safely.

Only a regular file is read, and only up to ``MAX_INPUT_BYTES`` (``/dev/zero``, a FIFO or a
folder is refused before it is read, so nothing hangs or fills the memory). Text may be UTF-8,
UTF-8 with a BOM, or UTF-16 with a BOM (what Windows PowerShell writes). JSON and TOML nested
deeper than ``MAX_DEPTH`` are refused before they are parsed.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from decimal import Decimal
from pathlib import Path

from core.limits import MAX_DEPTH, MAX_INPUT_BYTES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_TOML_SKIP = re.compile(
    r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*', re.DOTALL
)
_OPEN = {"[": 1, "{": 1, "]": -1, "}": -1}


class InputFileError(ValueError):
    """A file or a text that cannot be used; ``message`` says why in one sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_bytes(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; InputFileError otherwise."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputFileError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputFileError("is not a regular file (a device, a pipe or a socket)")
        if info.st_size > limit:
            raise InputFileError(f"is too large ({info.st_size:,} bytes; at most {limit:,})")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # replaced meanwhile
                raise InputFileError("is not a regular file (a device, a pipe or a socket)")
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputFileError(f"cannot be read: {exc.strerror or exc}") from None
    except ValueError as exc:  # a NUL character in the path
        if isinstance(exc, InputFileError):
            raise
        raise InputFileError(f"cannot be read: {exc}") from None
    if len(data) > limit:
        raise InputFileError(f"is too large (more than {limit:,} bytes)")
    return data


def decode(data: bytes) -> str:
    """Text from UTF-8 (with or without a BOM) or UTF-16/32 with a BOM."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputFileError(
            "is not text in UTF-8 or UTF-16 (save it as UTF-8 and try again)"
        ) from None


def read_text(path: str | Path, limit: int = MAX_INPUT_BYTES) -> str:
    """The text of a regular file the user named (see ``read_bytes`` and ``decode``)."""
    return decode(read_bytes(path, limit))


def _refuse_constant(name: str) -> object:
    raise InputFileError(f"{name} is not a number the app accepts")


def _depth(text: str, skip: re.Pattern[str]) -> int:
    deepest = depth = 0
    for match in re.finditer(r"[\[\]{}]", skip.sub("", text)):
        depth += _OPEN[match.group()]
        deepest = max(deepest, depth)
    return deepest


def check_depth(text: str, kind: str = "json") -> None:
    """Refuse JSON (``kind="json"``) or TOML nested deeper than ``MAX_DEPTH``."""
    skip = _JSON_STRING if kind == "json" else _TOML_SKIP
    if len(text) > MAX_DEPTH * 2 and _depth(text, skip) > MAX_DEPTH:
        raise InputFileError(f"is nested more than {MAX_DEPTH} levels deep")


def loads_json(text: str) -> object:
    """JSON with decimals as Decimal; NaN, Infinity and too deep nesting are refused."""
    check_depth(text, "json")
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise InputFileError(
            f"is not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:  # a guard: check_depth refuses this first
        raise InputFileError(f"is nested more than {MAX_DEPTH} levels deep") from None
    except InputFileError:
        raise
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise InputFileError(f"is not usable JSON: {exc}") from None
